package org.alliancecompact.model.member;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member of the alliance: an organisation, never an individual (Leeds MOU footnote 1). People are
 * attached to it by role.
 *
 * <p>An organisation has at most one head, one chair and one data contact (Oldham data-sharing 3.2
 * names "a named person"); it may have several deputies. The same person may hold several roles.
 *
 * @param id stable key, such as "smithills-school"
 * @param joinedOn when it joined; associate membership runs from this date
 */
public record Member(
        String id,
        String name,
        OrganisationKind kind,
        Phase phase,
        MembershipState state,
        LocalDate joinedOn,
        List<Person> people) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * The most people one organisation may list. An organisation has one head, one chair, one data contact
     * and a few deputies; 50 leaves room for a large trust while keeping pages, invitations (one Slack
     * look-up each) and the stored row bounded (issue 15: 40,000 people made a 15 MB page).
     */
    public static final int MAX_PEOPLE = 50;

    /** Roles an organisation may fill only once. */
    private static final Set<PersonRole> SINGLE_HOLDER =
            Set.of(PersonRole.HEAD, PersonRole.CHAIR, PersonRole.DATA_CONTACT);

    public Member {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 1-64 lower-case letters, digits or hyphens: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("name must be at most 200 characters");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (phase == null) {
            throw new IllegalArgumentException("phase is required");
        }
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        if (joinedOn == null) {
            throw new IllegalArgumentException("joinedOn is required");
        }
        people = people == null ? List.of() : List.copyOf(people);
        if (people.size() > MAX_PEOPLE) {
            throw new IllegalArgumentException("people: an organisation may list at most " + MAX_PEOPLE
                    + " people (this one lists " + people.size() + ")");
        }
        Map<PersonRole, Integer> holders = new EnumMap<>(PersonRole.class);
        Set<String> emailAndRole = new HashSet<>();
        for (Person p : people) {
            if (!emailAndRole.add(p.email() + "|" + p.role())) {
                throw new IllegalArgumentException("people lists " + p.email() + " as " + p.role() + " twice");
            }
            int count = holders.merge(p.role(), 1, Integer::sum);
            if (count > 1 && SINGLE_HOLDER.contains(p.role())) {
                throw new IllegalArgumentException("people may have at most one " + p.role() + " for " + id
                        + " (found a second: " + p.email() + ")");
            }
        }
    }

    /** Everyone attached in {@code role}. */
    public List<Person> people(PersonRole role) {
        return people.stream().filter(p -> p.role() == role).toList();
    }

    /** The single holder of a single-holder role (head, chair, data contact), if any. */
    public Optional<Person> holder(PersonRole role) {
        return people(role).stream().findFirst();
    }

    /** Whether {@code email} is attached to this organisation in {@code role}. */
    public boolean hasPerson(String email, PersonRole role) {
        return people.stream().anyMatch(p -> p.role() == role && p.hasEmail(email));
    }

    /** Whether {@code email} is attached to this organisation in any role. */
    public boolean hasPerson(String email) {
        return people.stream().anyMatch(p -> p.hasEmail(email));
    }
}
