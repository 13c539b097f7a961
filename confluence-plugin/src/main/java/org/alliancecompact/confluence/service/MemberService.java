package org.alliancecompact.confluence.service;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.rest.ApiException;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.member.Member;

/** Member organisations: anyone in the alliance reads them, coordinators create and change them. */
public final class MemberService {

    private final CompactStore store;

    public MemberService(CompactStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Reading the member list needs a place in the alliance: a member's person, a coordinator or the bot. */
    public void requireInAlliance(Caller caller) {
        if (caller.coordinator() || caller.integration()) {
            return;
        }
        boolean listed = store.members().stream().anyMatch(m -> m.hasPerson(caller.email()));
        if (!listed) {
            throw ApiException.forbidden(caller.email() + " is not listed for any member organisation.");
        }
    }

    public List<Member> members() {
        return store.members();
    }

    public Member member(String id) {
        return store.member(id).orElseThrow(() -> ApiException.notFound("No member " + id + ".", "id"));
    }

    public Member create(MemberDto body) {
        Member member = toDomain(body, null);
        store.createMember(member);
        return member;
    }

    public Member update(String id, MemberDto body) {
        Member member = toDomain(body, id);
        return store.inTransaction(() -> {
            try {
                store.updateMember(member);
            } catch (NoSuchElementException e) {
                throw ApiException.notFound("No member " + id + ".", "id");
            }
            return member;
        });
    }

    private static Member toDomain(MemberDto body, String pathId) {
        if (body == null) {
            throw ApiException.badRequest("Send the member as JSON.", "id");
        }
        MemberDto dto = body;
        if (pathId != null) {
            if (body.id() != null && !body.id().equals(pathId)) {
                throw ApiException.badRequest("The id in the body (" + body.id() + ") differs from the path.", "id");
            }
            dto = new MemberDto(
                    pathId, body.name(), body.kind(), body.phase(), body.state(), body.joinedOn(), body.people());
        }
        try {
            return dto.toDomain();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e);
        }
    }
}
