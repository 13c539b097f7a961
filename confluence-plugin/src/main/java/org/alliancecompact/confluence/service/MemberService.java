package org.alliancecompact.confluence.service;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.member.Affiliations;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MemberStanding;

/**
 * Member organisations: the people of current members read them, coordinators create and change them.
 * Former members' people read nothing here ({@link MemberStanding}: a former member keeps only its own
 * register history).
 */
public final class MemberService {

    private final CompactStore store;
    private final MouService mou;

    public MemberService(CompactStore store, MouService mou) {
        this.store = Objects.requireNonNull(store, "store");
        this.mou = Objects.requireNonNull(mou, "mou");
    }

    /**
     * Reading the member list needs a place in the alliance: a person of a current member, a coordinator or
     * the bot; {@link NotAllowed} otherwise.
     */
    public void requireInAlliance(Caller caller) {
        if (caller.coordinator() || caller.integration()) {
            return;
        }
        Affiliations affiliations = mou.affiliations(caller);
        if (!affiliations.anyCurrent()) {
            throw new NotAllowed(
                    affiliations.isEmpty()
                            ? "You are not listed for any member organisation."
                            : "Your organisation is no longer a member of the alliance.");
        }
    }

    public List<Member> members() {
        return store.members();
    }

    public Member member(String id) {
        return store.member(id).orElseThrow(() -> new NotFound("No member " + id + ".", "id"));
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
                throw new NotFound("No member " + id + ".", "id");
            }
            return member;
        });
    }

    private static Member toDomain(MemberDto body, String pathId) {
        if (body == null) {
            throw new InvalidInput("Send the member as JSON.", "id");
        }
        MemberDto dto = body;
        if (pathId != null) {
            if (body.id() != null && !body.id().equals(pathId)) {
                throw new InvalidInput("The id in the body (" + body.id() + ") differs from the path.", "id");
            }
            dto = new MemberDto(
                    pathId, body.name(), body.kind(), body.phase(), body.state(), body.joinedOn(), body.people());
        }
        try {
            return dto.toDomain();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(e);
        }
    }
}
