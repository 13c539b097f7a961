package org.alliancecompact.model.mou;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;

/** A small Bolton-like MOU and one member, shared by the MOU tests. */
final class MouFixtures {

    static final Person HEAD = new Person("head@smithills.example.org", "Ann Head", PersonRole.HEAD);
    static final Person CHAIR = new Person("chair@smithills.example.org", "Bob Chair", PersonRole.CHAIR);
    static final Person DEPUTY = new Person("deputy@smithills.example.org", "Cat Deputy", PersonRole.DEPUTY);
    static final List<PersonRole> HEAD_AND_CHAIR = List.of(PersonRole.HEAD, PersonRole.CHAIR);

    static final Member SMITHILLS = new Member(
            "smithills",
            "Smithills School",
            OrganisationKind.SCHOOL,
            Phase.SECONDARY,
            MembershipState.FULL,
            LocalDate.of(2020, 9, 1),
            List.of(HEAD, CHAIR, DEPUTY));

    static final MouTemplate TEMPLATE = new MouTemplate(
            "Bolton Learning Alliance Working Protocols",
            List.of(
                    new MouTemplate.Section(
                            "Strategy",
                            List.of(
                                    new MouTemplate.Clause("1", "We are committed to supporting each other."),
                                    new MouTemplate.Clause("2", "We will actively support the BLA."))),
                    new MouTemplate.Section(
                            "Operation",
                            List.of(new MouTemplate.Clause(
                                    "21", "We will commit a minimum of 9 days of staff time each academic year.")))));

    static final MouEdition EDITION_1 =
            MouEdition.first("bla-1", TEMPLATE, LocalDate.of(2026, 9, 1), Period.ofYears(1));

    private MouFixtures() {}

    static Signature signature(String id, MouEdition edition, Person person, String at) {
        return new Signature(
                id,
                edition.id(),
                edition.fingerprint(),
                SMITHILLS.id(),
                person.email(),
                person.name(),
                person.role(),
                Instant.parse(at),
                null);
    }
}
