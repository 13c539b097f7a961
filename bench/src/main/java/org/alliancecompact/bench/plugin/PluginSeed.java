package org.alliancecompact.bench.plugin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.CriterionDefinition;
import org.alliancecompact.model.register.SupportCategory;

/**
 * Fills the plugin's store the way a large alliance would look, the same every run: member
 * organisations with a head and a chair, a register row each (mostly Universal, some Targeted, a few
 * Intensive, with the profile's criteria), and signatures of the current MOU edition made through the
 * plugin's own signing service (so every rule of signing is applied).
 */
public final class PluginSeed {
    private static final String[] PLACES = {
        "Smithills", "Ladybridge", "Harwood", "Breightmet", "Astley Bridge", "Farnworth", "Horwich", "Westhoughton",
        "Little Lever", "Kearsley", "Blackrod", "Turton", "Egerton", "Heaton", "Daubhill", "Tonge Moor"
    };
    private static final String[] KINDS = {"Primary School", "CE Primary School", "High School", "Academy", "College"};

    public static final String COORDINATOR = "coordinator@alliance.example";

    private PluginSeed() {}

    public static String memberId(int i) {
        return String.format("member-%04d", i);
    }

    public static String headEmail(int i) {
        return "head@" + memberId(i) + ".example";
    }

    public static String chairEmail(int i) {
        return "chair@" + memberId(i) + ".example";
    }

    /** Stores {@code count} members, each with a register row. */
    public static void membersWithRegister(CompactStore store, AllianceProfile profile, int count, Instant now) {
        Random random = new Random(1_000L + count);
        LocalDate today = now.atZone(profile.timeZone()).toLocalDate();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = PLACES[i % PLACES.length] + " " + KINDS[(i / PLACES.length) % KINDS.length] + " " + (i + 1);
            members.add(new Member(
                    memberId(i),
                    name,
                    i % 7 == 0 ? OrganisationKind.ACADEMY : OrganisationKind.SCHOOL,
                    i % 3 == 0 ? Phase.SECONDARY : Phase.PRIMARY,
                    MembershipState.FULL,
                    today.minusDays(30 + random.nextInt(2_000)),
                    List.of(
                            new Person(headEmail(i), "Head of " + name, PersonRole.HEAD, userKey(headEmail(i))),
                            new Person(chairEmail(i), "Chair of " + name, PersonRole.CHAIR, userKey(chairEmail(i))))));
        }
        store.inTransaction(() -> {
            members.forEach(store::createMember);
            for (Member m : members) {
                double r = random.nextDouble();
                SupportCategory category = r < 0.7
                        ? SupportCategory.UNIVERSAL
                        : r < 0.92 ? SupportCategory.TARGETED : SupportCategory.INTENSIVE;
                Set<String> criteria = profile.register().criteria().stream()
                        .filter(c -> c.category() == category)
                        .filter(c -> random.nextBoolean())
                        .map(CriterionDefinition::code)
                        .collect(Collectors.toSet());
                Instant setAt = now.minus(Duration.ofDays(1 + random.nextInt(200)));
                LocalDate setOn = setAt.atZone(profile.timeZone()).toLocalDate();
                store.addCategoryAssignment(CategoryAssignment.create(
                        m.id(),
                        category,
                        criteria,
                        COORDINATOR,
                        setAt,
                        "Categorised at the termly review from the school's self-evaluation and published data.",
                        // some reviews overdue by now, as in life
                        setOn.plusDays(30 + random.nextInt(170)),
                        profile.register(),
                        profile.timeZone()));
            }
            return null;
        });
    }

    /**
     * Signs the current edition for the first {@code count} members, every required role, leaving
     * every tenth member's chair unsigned so the macro shows both states.
     */
    public static void signatures(MouService mou, int count) {
        MouEdition edition = mou.currentEdition();
        for (int i = 0; i < count; i++) {
            for (PersonRole role : mou.profile().membership().requiredSignatories()) {
                if (role == PersonRole.CHAIR && i % 10 == 9) {
                    continue;
                }
                String email = role == PersonRole.CHAIR ? chairEmail(i) : headEmail(i);
                mou.sign(
                        caller(email, role + " of " + memberId(i)),
                        edition.id(),
                        new SignRequest(memberId(i), role, "Minute " + (i + 1) + "/2026", edition.fingerprint()));
            }
        }
    }

    /** The Confluence user key of the seeded person with {@code email} (people are linked by key). */
    public static String userKey(String email) {
        return "bench-" + email;
    }

    /** The signed-in Confluence user for a seeded person. */
    public static Caller caller(String email, String name) {
        return Caller.confluenceUser(userKey(email), email, name, false, false);
    }
}
