package org.alliancecompact.model.api;

import java.time.LocalDate;
import java.util.List;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Phase;

/** A member organisation with its people, in the REST contract ({@code joinedOn} as 2026-09-01). */
public record MemberDto(
        String id,
        String name,
        OrganisationKind kind,
        Phase phase,
        MembershipState state,
        @IsoTime.AsDate LocalDate joinedOn,
        List<PersonDto> people) {

    public MemberDto {
        people = people == null ? List.of() : List.copyOf(people);
    }

    public static MemberDto from(Member member) {
        return new MemberDto(
                member.id(),
                member.name(),
                member.kind(),
                member.phase(),
                member.state(),
                member.joinedOn(),
                member.people().stream().map(PersonDto::from).toList());
    }

    /** The domain record; IllegalArgumentException naming the field when a value is bad. */
    public Member toDomain() {
        return new Member(
                id,
                name,
                kind,
                phase,
                state,
                joinedOn,
                people.stream().map(PersonDto::toDomain).toList());
    }
}
