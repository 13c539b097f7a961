package org.alliancecompact.model.demo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alliancecompact.model.demo.DemoAlliance.Staff;
import org.alliancecompact.model.demo.DemoAlliance.StaffRole;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.profile.YamlTree;

/**
 * One demo alliance as its resource file beside this class writes it ({@code bolton.yml}, {@code oldham.yml}...):
 * the member organisations in the order a person reads them, the executive head who leads two of them (issue 15)
 * and the names of the alliance's staff.
 *
 * @param members each organisation: its {@code id}, {@code name}, {@code kind}, {@code phase} and {@code state}
 *     (the enums' names), {@code joined} how long before today it joined (ISO-8601 period, such as {@code P2Y};
 *     an associate's is months), and its people: the {@code head} at {@code head@<domain>} and the {@code chair}
 *     at {@code chair@<domain>}; an organisation the executive head leads names no head of its own
 * @param executiveHead the one person who heads two organisations: {@code email}, {@code name} and the ids it
 *     {@code leads}; listed first among their people
 * @param staff the names of the two coordinators and the partnership leader, whose addresses are {@link
 *     DemoAlliance#COORDINATOR_EMAIL}, {@link DemoAlliance#SECOND_COORDINATOR_EMAIL} and {@link
 *     DemoAlliance#LEADER_EMAIL}
 */
record DemoFile(List<Organisation> members, ExecutiveHead executiveHead, StaffNames staff) {

    /** One member organisation of the file. */
    record Organisation(
            String id,
            String name,
            OrganisationKind kind,
            Phase phase,
            MembershipState state,
            String joined,
            String domain,
            String head,
            String chair) {}

    /** The person who heads two of the organisations. */
    record ExecutiveHead(String email, String name, List<String> leads) {}

    /** The staff's names. */
    record StaffNames(String coordinator, String secondCoordinator, String partnershipLeader) {}

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    DemoFile {
        if (members == null || members.isEmpty() || executiveHead == null || staff == null) {
            throw new IllegalArgumentException("members, executiveHead and staff are required");
        }
        members = List.copyOf(members);
    }

    /**
     * Reads {@code <name>.yml} beside this class.
     *
     * @throws IllegalStateException when the file is missing or does not describe a demo (the files ship with
     *     this class, so either is a fault of the build)
     */
    static DemoFile read(String name) {
        String resource = name + ".yml";
        try (InputStream in = DemoFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no demo file " + resource);
            }
            JsonNode tree = YamlTree.read(in);
            return MAPPER.treeToValue(tree, DemoFile.class);
        } catch (JacksonException | YamlTree.YamlSyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("demo file " + resource + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo file " + resource, e);
        }
    }

    /** The members, with joining dates counted back from {@code today} (the alliance's local date). */
    List<Member> members(LocalDate today) {
        Set<String> led = new HashSet<>(executiveHead.leads());
        List<Member> result = new ArrayList<>();
        for (Organisation o : members) {
            List<Person> people = new ArrayList<>();
            if (led.remove(o.id())) {
                if (o.head() != null) {
                    throw new IllegalStateException(o.id() + " is led by the executive head and names a head too");
                }
                people.add(new Person(executiveHead.email(), executiveHead.name(), PersonRole.HEAD));
            } else {
                people.add(new Person("head@" + o.domain(), o.head(), PersonRole.HEAD));
            }
            people.add(new Person("chair@" + o.domain(), o.chair(), PersonRole.CHAIR));
            result.add(new Member(o.id(), o.name(), o.kind(), o.phase(), o.state(), today.minus(joined(o)), people));
        }
        if (!led.isEmpty()) {
            throw new IllegalStateException("the executive head leads organisations that are not members: " + led);
        }
        return result;
    }

    /** Coordinators first, then the partnership leader. */
    List<Staff> staffList() {
        return List.of(
                new Staff(DemoAlliance.COORDINATOR_EMAIL, staff.coordinator(), StaffRole.COORDINATOR),
                new Staff(DemoAlliance.SECOND_COORDINATOR_EMAIL, staff.secondCoordinator(), StaffRole.COORDINATOR),
                new Staff(DemoAlliance.LEADER_EMAIL, staff.partnershipLeader(), StaffRole.PARTNERSHIP_LEADER));
    }

    private static Period joined(Organisation o) {
        if (o.joined() == null) {
            throw new IllegalStateException(o.id() + ": joined is required (an ISO-8601 period such as P2Y)");
        }
        try {
            return Period.parse(o.joined());
        } catch (DateTimeException e) {
            throw new IllegalStateException(o.id() + ": joined must be an ISO-8601 period such as P2Y", e);
        }
    }
}
