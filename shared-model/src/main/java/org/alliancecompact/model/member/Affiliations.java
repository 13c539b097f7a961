package org.alliancecompact.model.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which organisations a person acts for, in which roles: the one rule the plugin and the bot use to decide
 * "is this person the head of that school". There is deliberately no "the person's organisation": an
 * executive head leads two schools, a chair may govern several (issue 15), so every action names the
 * organisation it is for and is checked with {@link #holds} for that organisation.
 *
 * @param all every organisation the person is attached to, current and former, in the order given
 */
public record Affiliations(List<Affiliation> all) {

    public Affiliations {
        all = List.copyOf(all);
    }

    /** The affiliations of {@code who} among {@code members}, with each organisation's standing on {@code date}. */
    public static Affiliations of(Identity who, Collection<Member> members, Membership membership, LocalDate date) {
        List<Affiliation> found = new ArrayList<>();
        for (Member member : members) {
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            for (Person p : member.people()) {
                if (who.is(p)) {
                    roles.add(p.role());
                }
            }
            if (!roles.isEmpty()) {
                found.add(new Affiliation(member, roles, MemberStanding.of(member, membership, date)));
            }
        }
        return new Affiliations(found);
    }

    /** The organisations the person acts for as a current member. */
    public List<Affiliation> current() {
        return all.stream().filter(Affiliation::current).toList();
    }

    /** The affiliation with {@code memberId}, current or former. */
    public Optional<Affiliation> at(String memberId) {
        return all.stream().filter(a -> a.memberId().equals(memberId)).findFirst();
    }

    /** Whether the person holds {@code role} at {@code memberId} and that organisation is a current member. */
    public boolean holds(String memberId, PersonRole role) {
        return at(memberId).filter(Affiliation::current).map(a -> a.holds(role)).orElse(false);
    }

    /** Whether the person holds any role at a current member. */
    public boolean anyCurrent() {
        return all.stream().anyMatch(Affiliation::current);
    }

    /** Whether the person is attached to {@code memberId} in any role, current or former. */
    public boolean attachedTo(String memberId) {
        return at(memberId).isPresent();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
