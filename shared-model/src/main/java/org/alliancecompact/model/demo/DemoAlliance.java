package org.alliancecompact.model.demo;

import static org.alliancecompact.model.member.MembershipState.ASSOCIATE;
import static org.alliancecompact.model.member.MembershipState.FULL;
import static org.alliancecompact.model.member.OrganisationKind.ACADEMY;
import static org.alliancecompact.model.member.OrganisationKind.CHILDRENS_CENTRE;
import static org.alliancecompact.model.member.OrganisationKind.COLLEGE;
import static org.alliancecompact.model.member.OrganisationKind.EARLY_YEARS_SETTING;
import static org.alliancecompact.model.member.OrganisationKind.SCHOOL;
import static org.alliancecompact.model.member.OrganisationKind.TRUST;
import static org.alliancecompact.model.member.Phase.EARLY_YEARS;
import static org.alliancecompact.model.member.Phase.NOT_APPLICABLE;
import static org.alliancecompact.model.member.Phase.POST_16;
import static org.alliancecompact.model.member.Phase.PRIMARY;
import static org.alliancecompact.model.member.Phase.SECONDARY;
import static org.alliancecompact.model.member.Phase.SPECIAL;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;

/**
 * The invented alliance a newcomer meets on the defaults ({@code bash scripts/run.sh}), one per seed
 * profile, written from that alliance's own document in {@code shared/seeds}: Bolton's secondary schools
 * ("all Bolton's secondary schools", protocols 4; Pre 16, so its sixth-form college is the one partner
 * beyond), Oldham's schools, colleges, early years settings and children's centres (MOU preamble),
 * Exceed's academies and the multi-academy trusts it partners (MOU 2, 13), Leeds' member organisations
 * (MOU footnote 1) and Leicestershire's schools (LEEP strategy). Every organisation has a head and a chair;
 * one executive head leads two of them (issue 15). The alliance's staff are the coordinators and the
 * partnership leader (by the profile's title), who are nobody's member: the preview server and the console
 * treat them as such on the defaults.
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
        Builder b = new Builder(today);
        switch (profileId) {
            case "oldham" -> {
                b.org("chadderton-nursery", "Chadderton Nursery", EARLY_YEARS_SETTING, EARLY_YEARS, FULL, 3)
                        .people("chadderton-nursery.example", "Nadia Hussain", "Philip Royle");
                b.org("limeside-centre", "Limeside Children's Centre", CHILDRENS_CENTRE, EARLY_YEARS, FULL, 2)
                        .people("limeside.example", "Bernadette Kelly", "Tariq Mahmood");
                b.org("werneth-primary", "Werneth Primary School", SCHOOL, PRIMARY, FULL, 4)
                        .people("werneth.example", "Sarah Lees", "Graham Holt");
                b.org("royton-hall", "Royton Hall Academy", ACADEMY, SECONDARY, FULL, 2)
                        .people("roytonhall.example", "Kwame Asante", "Julie Ogden");
                b.org("oldham-college", "Oldham Sixth Form College", COLLEGE, POST_16, FULL, 5)
                        .people("oldhamcollege.example", "Helen Buckley", "Raj Patel");
                b.executiveHead(
                        "exec.head@failsworth.example",
                        "Margaret Schofield",
                        b.org("failsworth-primary", "Failsworth Primary School", SCHOOL, PRIMARY, FULL, 3)
                                .chair("failsworth.example", "Dennis Whitehead"),
                        b.org("hollinwood-primary", "Hollinwood Primary School", SCHOOL, PRIMARY, FULL, 1)
                                .chair("hollinwood.example", "Amina Begum"));
                b.staff("Claire Dawson", "Ian Rothwell", "Anne Fielding");
            }
            case "exceed" -> {
                b.org("aire-valley-trust", "Aire Valley Academies Trust", TRUST, NOT_APPLICABLE, FULL, 4)
                        .people("airevalley.example", "Stephen Clough", "Margaret Dobson");
                b.org("thornbury-academy", "Thornbury Primary Academy", ACADEMY, PRIMARY, FULL, 4)
                        .people("thornbury.example", "Farah Iqbal", "Peter Wainwright");
                b.org("manningham-park", "Manningham Park Academy", ACADEMY, PRIMARY, FULL, 3)
                        .people("manninghampark.example", "Joanne Firth", "Imran Shah");
                b.org("laisterdyke-rise", "Laisterdyke Rise Academy", ACADEMY, SECONDARY, FULL, 2)
                        .people("laisterdyke.example", "Owen Greaves", "Catherine Moss");
                b.executiveHead(
                        "exec.head@wyke.example",
                        "Deborah Akhtar",
                        b.org("wyke-green", "Wyke Green Primary Academy", ACADEMY, PRIMARY, FULL, 2)
                                .chair("wyke.example", "Malcolm Priestley"),
                        b.org("low-moor-fields", "Low Moor Fields Primary Academy", ACADEMY, PRIMARY, ASSOCIATE, 0)
                                .chair("lowmoor.example", "Gillian Sutcliffe"));
                b.staff("Rachel Holroyd", "Nasreen Ali", "Andrew Mitchell");
            }
            case "leeds" -> {
                b.org("armley-park", "Armley Park Primary School", SCHOOL, PRIMARY, FULL, 3)
                        .people("armleypark.example", "Lucy Barker", "Derek Illingworth");
                b.org("bramley-ridge", "Bramley Ridge High School", SCHOOL, SECONDARY, FULL, 4)
                        .people("bramleyridge.example", "Marcus Osei", "Sandra Haigh");
                b.org("kirkstall-vale", "Kirkstall Vale Academy", ACADEMY, SECONDARY, FULL, 2)
                        .people("kirkstallvale.example", "Ewa Nowak", "Brian Tetley");
                b.org("elmwood-specialist", "Elmwood Specialist Learning Centre", SCHOOL, SPECIAL, FULL, 5)
                        .people("elmwood.example", "Patricia Hanson", "George Kaye");
                b.executiveHead(
                        "exec.head@beeston.example",
                        "Simon Ackroyd",
                        b.org("beeston-hill", "Beeston Hill Primary School", SCHOOL, PRIMARY, FULL, 2)
                                .chair("beestonhill.example", "Yvonne Clarke"),
                        b.org("holbeck-lane", "Holbeck Lane Primary School", SCHOOL, PRIMARY, ASSOCIATE, 0)
                                .chair("holbeck.example", "Hassan Rahman"));
                b.staff("Fiona Marsden", "Colin Pickersgill", "Janet Wood");
            }
            case "leicestershire" -> {
                b.org("lutterworth-grange", "Lutterworth Grange Primary School", SCHOOL, PRIMARY, FULL, 3)
                        .people("lutterworthgrange.example", "Karen Dhillon", "Robert Ellis");
                b.org("charnwood-vale", "Charnwood Vale High School", ACADEMY, SECONDARY, FULL, 4)
                        .people("charnwoodvale.example", "Daniel Moore", "Sheila Patel");
                b.org("wigston-meadow", "Wigston Meadow Academy", ACADEMY, SECONDARY, FULL, 2)
                        .people("wigstonmeadow.example", "Olivia Grant", "Terence Hall");
                b.org("melton-brook", "Melton Brook Special School", SCHOOL, SPECIAL, FULL, 5)
                        .people("meltonbrook.example", "Ruth Chamberlain", "Vijay Mistry");
                b.executiveHead(
                        "exec.head@oadby.example",
                        "Christopher Lowe",
                        b.org("oadby-fields", "Oadby Fields Primary School", SCHOOL, PRIMARY, FULL, 3)
                                .chair("oadbyfields.example", "Janice Ward"),
                        b.org("blaby-stokes", "Blaby Stokes Primary School", SCHOOL, PRIMARY, FULL, 1)
                                .chair("blabystokes.example", "Kevin Sharma"));
                b.staff("Louise Bennett", "Mark Harrison", "Sunita Parmar");
            }
            default -> {
                // Bolton (and any profile given as a file): the five members the preview has always had,
                // ids and people unchanged because the plugin's tests know them.
                b.org("smithills", "Smithills School", ACADEMY, SECONDARY, FULL, 2)
                        .people("smithills.example", "Dana Whitworth", "Colin Ashworth");
                b.org("ladybridge", "Ladybridge High School", SCHOOL, SECONDARY, FULL, 3)
                        .people("ladybridge.example", "Priya Shah", "Martin Hughes");
                b.org("st-peters", "St Peter's Church of England High School", SCHOOL, SECONDARY, FULL, 1)
                        .people("stpeters.example", "Grace Okafor", "Alan Pemberton");
                b.org("bolton-college", "Bolton Sixth Form College", COLLEGE, POST_16, FULL, 4)
                        .people("sixthform.example", "Ruth Kenyon", "Ian Marsh");
                b.org("harwood-meadows", "Harwood Meadows High School", SCHOOL, SECONDARY, ASSOCIATE, 0)
                        .joinedMonthsAgo(5)
                        .people("harwood.example", "Tom Bradshaw", "Sue Lomax");
                b.executiveHead(
                        "exec.head@westhoughton.example",
                        "Judith Entwistle",
                        b.org("westhoughton-high", "Westhoughton High School", SCHOOL, SECONDARY, FULL, 3)
                                .chair("westhoughton.example", "Barry Tonge"),
                        b.org("hulton-academy", "Hulton Academy", ACADEMY, SECONDARY, FULL, 1)
                                .chair("hulton.example", "Jean Marsden"));
                b.staff("Helen Crompton", "Stuart Grundy", "Ann Hargreaves");
            }
        }
        return new DemoAlliance(profileId, b.members(), b.staff);
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

    /** Collects the members in order; each organisation is finished by people(), chair() or an executive head. */
    private static final class Builder {
        private final LocalDate today;
        private final List<Org> orgs = new ArrayList<>();
        private final List<Staff> staff = new ArrayList<>();

        Builder(LocalDate today) {
            this.today = today;
        }

        Org org(String id, String name, OrganisationKind kind, Phase phase, MembershipState state, int yearsAgo) {
            Org org = new Org(id, name, kind, phase, state, Period.ofYears(yearsAgo));
            if (yearsAgo == 0) {
                org.joined = Period.ofMonths(2); // an associate joins for up to six months (Leeds)
            }
            orgs.add(org);
            return org;
        }

        void executiveHead(String email, String name, Org first, Org second) {
            first.people.add(0, new Person(email, name, PersonRole.HEAD));
            second.people.add(0, new Person(email, name, PersonRole.HEAD));
        }

        void staff(String coordinator, String secondCoordinator, String leader) {
            staff.add(new Staff(COORDINATOR_EMAIL, coordinator, StaffRole.COORDINATOR));
            staff.add(new Staff(SECOND_COORDINATOR_EMAIL, secondCoordinator, StaffRole.COORDINATOR));
            staff.add(new Staff(LEADER_EMAIL, leader, StaffRole.PARTNERSHIP_LEADER));
        }

        List<Member> members() {
            return orgs.stream()
                    .map(o -> new Member(o.id, o.name, o.kind, o.phase, o.state, today.minus(o.joined), o.people))
                    .toList();
        }
    }

    private static final class Org {
        final String id;
        final String name;
        final OrganisationKind kind;
        final Phase phase;
        final MembershipState state;
        Period joined;
        final List<Person> people = new ArrayList<>();

        Org(String id, String name, OrganisationKind kind, Phase phase, MembershipState state, Period joined) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.phase = phase;
            this.state = state;
            this.joined = joined;
        }

        Org joinedMonthsAgo(int months) {
            joined = Period.ofMonths(months);
            return this;
        }

        Org people(String domain, String head, String chair) {
            people.add(new Person("head@" + domain, head, PersonRole.HEAD));
            return chair(domain, chair);
        }

        Org chair(String domain, String chair) {
            people.add(new Person("chair@" + domain, chair, PersonRole.CHAIR));
            return this;
        }
    }
}
