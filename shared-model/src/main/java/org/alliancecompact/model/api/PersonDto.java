package org.alliancecompact.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;

/**
 * A person attached to a member organisation, in the REST contract.
 *
 * @param userKey the Confluence user key the person is linked to; written by coordinators, shown only to
 *     coordinators (left out of the JSON when null)
 */
public record PersonDto(
        String email,
        String name,
        PersonRole role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String userKey) {

    public PersonDto(String email, String name, PersonRole role) {
        this(email, name, role, null);
    }

    public static PersonDto from(Person person) {
        return new PersonDto(person.email(), person.name(), person.role(), person.userKey());
    }

    /** The same entry without its user key (what people other than coordinators are shown). */
    public PersonDto withoutUserKey() {
        return userKey == null ? this : new PersonDto(email, name, role, null);
    }

    /** The domain record; IllegalArgumentException naming the field when a value is bad. */
    public Person toDomain() {
        return new Person(email, name, role, userKey);
    }
}
