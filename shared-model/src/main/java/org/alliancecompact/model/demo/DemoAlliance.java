package org.alliancecompact.model.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;

/**
 * The invented alliance a newcomer meets on the defaults ({@code bash scripts/run.sh}), one per seed
 * profile, written from that alliance's own document in {@code shared/seeds}: Bolton's secondary schools
 * ("all Bolton's secondary schools", protocols 4; Pre 16, so its sixth-form college is the one partner
 * beyond), Oldham's schools, colleges, early years settings and children's centres (MOU preamble),
 * Exceed's academies and the multi-academy trusts it partners (MOU 2, 13), Leeds' member organisations
 * (MOU footnote 1) and Leicestershire's schools (LEEP strategy). Every organisation has a head and a chair;
 * one executive head leads two of them (issue 15). The alliance's staff are the coordinators and the
 * partnership leader (by the profile's title), who are nobody's member: the preview server and the console
 * treat them as such on the defaults. Each demo is data: {@code <profile>.yml} beside this class, read by
 * {@link DemoFile}.
 *
 * <p>All names and addresses are invented ({@code .example} domains, RFC 2606).
 */
public final class DemoAlliance {

    /** The coordinator the preview server knows by default (PREVIEW_COORDINATORS). */
    public static final String COORDINATOR_EMAIL = "coordinator@alliance.example";
    /** The second coordinator, so two coordinators can be tried against each other. */
    public static final String SECOND_COORDINATOR_EMAIL = "coordinator2@alliance.example";
    /** The partnership leader (the profile's partnershipLeaderTitle). */
    public static final String LEADER_EMAIL = "leader@alliance.example";

    /** A person of the alliance's staff: not a member's person. */
    public record Staff(String email, String name, StaffRole role) {}

    /** What a staff member does in the product. */
    public enum StaffRole {
        COORDINATOR,
        PARTNERSHIP_LEADER
    }

    private final String profileId;
    private final List<Member> members;
    private final List<Staff> staff;

    private DemoAlliance(String profileId, List<Member> members, List<Staff> staff) {
        this.profileId = profileId;
        this.members = List.copyOf(members);
        this.staff = List.copyOf(staff);
    }

    /** The profiles with a demo of their own; any other profile gets Bolton's members. */
    public static final List<String> PROFILES = List.of("bolton", "oldham", "exceed", "leeds", "leicestershire");

    /**
     * The demo for a profile id (such as "oldham"), with joining dates counted back from {@code today}
     * (the alliance's local date).
     */
    public static DemoAlliance of(String profileId, LocalDate today) {
        // Any other profile (one given as a file) gets Bolton's members: the ones the plugin's tests know.
        DemoFile file = DemoFile.read(PROFILES.contains(profileId) ? profileId : "bolton");
        return new DemoAlliance(profileId, file.members(today), file.staffList());
    }

    /** The profile id this demo was written for. */
    public String profileId() {
        return profileId;
    }

    /** The member organisations, in the order a person reads them. */
    public List<Member> members() {
        return members;
    }

    /** Coordinators first, then the partnership leader. */
    public List<Staff> staff() {
        return staff;
    }

    /** The coordinators' e-mail addresses. */
    public List<String> coordinatorEmails() {
        return emailsOf(StaffRole.COORDINATOR);
    }

    /** The partnership leader's e-mail address. */
    public List<String> partnershipLeaderEmails() {
        return emailsOf(StaffRole.PARTNERSHIP_LEADER);
    }

    /** A staff member or a member's person by e-mail address (any case). */
    public Optional<String> nameOf(String email) {
        String e = email.strip().toLowerCase(Locale.ROOT);
        return Stream.concat(
                        staff.stream().filter(s -> s.email().equals(e)).map(Staff::name),
                        members.stream()
                                .flatMap(m -> m.people().stream())
                                .filter(p -> p.hasEmail(e))
                                .map(Person::name))
                .findFirst();
    }

    private List<String> emailsOf(StaffRole role) {
        return staff.stream().filter(s -> s.role() == role).map(Staff::email).toList();
    }
}
