package org.alliancecompact.model.api;

import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;

/** A person attached to a member organisation, in the REST contract. */
public record PersonDto(String email, String name, PersonRole role) {

    public static PersonDto from(Person person) {
        return new PersonDto(person.email(), person.name(), person.role());
    }

    /** The domain record; IllegalArgumentException naming the field when a value is bad. */
    public Person toDomain() {
        return new Person(email, name, role);
    }
}
