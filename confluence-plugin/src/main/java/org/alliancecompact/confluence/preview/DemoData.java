package org.alliancecompact.confluence.preview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;

/** A handful of invented member organisations, stored on the first start of an empty preview database. */
public final class DemoData {

    private DemoData() {}

    public static List<Member> members(LocalDate today) {
        return List.of(
                member(
                        "smithills",
                        "Smithills School",
                        OrganisationKind.ACADEMY,
                        Phase.SECONDARY,
                        MembershipState.FULL,
                        today.minusYears(2),
                        "smithills.example",
                        "Dana Whitworth",
                        "Colin Ashworth"),
                member(
                        "ladybridge",
                        "Ladybridge High School",
                        OrganisationKind.SCHOOL,
                        Phase.SECONDARY,
                        MembershipState.FULL,
                        today.minusYears(3),
                        "ladybridge.example",
                        "Priya Shah",
                        "Martin Hughes"),
                member(
                        "st-peters",
                        "St Peter's CE Primary School",
                        OrganisationKind.SCHOOL,
                        Phase.PRIMARY,
                        MembershipState.FULL,
                        today.minusYears(1),
                        "stpeters.example",
                        "Grace Okafor",
                        "Alan Pemberton"),
                member(
                        "bolton-college",
                        "Bolton Sixth Form College",
                        OrganisationKind.COLLEGE,
                        Phase.POST_16,
                        MembershipState.FULL,
                        today.minusYears(4),
                        "sixthform.example",
                        "Ruth Kenyon",
                        "Ian Marsh"),
                member(
                        "harwood-meadows",
                        "Harwood Meadows Primary School",
                        OrganisationKind.SCHOOL,
                        Phase.PRIMARY,
                        MembershipState.ASSOCIATE,
                        today.minusMonths(5),
                        "harwood.example",
                        "Tom Bradshaw",
                        "Sue Lomax"));
    }

    /** Stores the demo members and a first register row for four of them, unless members exist already. */
    public static void seedIfEmpty(CompactStore store, AllianceProfile profile, Instant now) {
        store.inTransaction(() -> {
            if (!store.members().isEmpty()) {
                return null;
            }
            LocalDate today = now.atZone(profile.timeZone()).toLocalDate();
            List<Member> members = members(today);
            members.forEach(store::createMember);
            SupportCategory[] categories = {
                SupportCategory.UNIVERSAL,
                SupportCategory.TARGETED,
                SupportCategory.UNIVERSAL,
                SupportCategory.INTENSIVE
            };
            for (int i = 0; i < categories.length; i++) {
                SupportCategory category = categories[i];
                Set<String> criteria = profile.register().criteria().stream()
                        .filter(c -> c.category() == category)
                        .limit(1)
                        .map(c -> c.code())
                        .collect(Collectors.toSet());
                store.addCategoryAssignment(CategoryAssignment.create(
                        members.get(i).id(),
                        category,
                        criteria,
                        PreviewConfig.COORDINATOR_EMAIL,
                        now,
                        "Initial categorisation (demo data).",
                        null,
                        profile.register(),
                        profile.timeZone()));
            }
            return null;
        });
    }

    private static Member member(
            String id,
            String name,
            OrganisationKind kind,
            Phase phase,
            MembershipState state,
            LocalDate joined,
            String domain,
            String head,
            String chair) {
        return new Member(
                id,
                name,
                kind,
                phase,
                state,
                joined,
                List.of(
                        linked(new Person("head@" + domain, head, PersonRole.HEAD)),
                        linked(new Person("chair@" + domain, chair, PersonRole.CHAIR))));
    }

    /** Demo people come linked to their preview accounts, as a coordinator would link them in Confluence. */
    private static Person linked(Person person) {
        return person.withUserKey(PreviewUsers.keyOf(person.email()));
    }
}
