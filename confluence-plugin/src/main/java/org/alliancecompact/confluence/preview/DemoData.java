package org.alliancecompact.confluence.preview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.model.demo.DemoAlliance;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;

/**
 * The demo alliance of the running profile ({@link DemoAlliance}, written from that alliance's document),
 * stored on the first start of an empty preview database, its people linked to their preview accounts.
 */
public final class DemoData {

    private DemoData() {}

    /** The demo members of the profile with this id, as stored (people linked to preview accounts). */
    public static List<Member> members(String profileId, LocalDate today) {
        return DemoAlliance.of(profileId, today).members().stream()
                .map(m -> new Member(
                        m.id(),
                        m.name(),
                        m.kind(),
                        m.phase(),
                        m.state(),
                        m.joinedOn(),
                        m.people().stream().map(DemoData::linked).toList()))
                .toList();
    }

    /** Bolton's demo members (the plugin's test fixtures use them). */
    public static List<Member> members(LocalDate today) {
        return members("bolton", today);
    }

    /** Bolton's demo members (the plugin's test fixtures), whatever the profile; see the overload. */
    public static void seedIfEmpty(CompactStore store, AllianceProfile profile, Instant now) {
        seedIfEmpty(store, profile, "bolton", now);
    }

    /**
     * Stores the demo alliance {@code demo} ({@link DemoAlliance#of}, normally the profile's id) and a first
     * register row for each full member, unless members exist already.
     */
    public static void seedIfEmpty(CompactStore store, AllianceProfile profile, String demo, Instant now) {
        store.inTransaction(() -> {
            if (!store.members().isEmpty()) {
                return null;
            }
            LocalDate today = now.atZone(profile.timeZone()).toLocalDate();
            List<Member> members = members(demo, today);
            members.forEach(store::createMember);
            SupportCategory[] categories = {
                SupportCategory.UNIVERSAL,
                SupportCategory.TARGETED,
                SupportCategory.UNIVERSAL,
                SupportCategory.INTENSIVE
            };
            // every full member has a first category; associates wait for theirs (one shows "not yet
            // categorised" to the coordinator)
            List<Member> full = members.stream()
                    .filter(m -> m.state() == MembershipState.FULL)
                    .toList();
            for (int i = 0; i < full.size(); i++) {
                SupportCategory category = categories[i % categories.length];
                Set<String> criteria = profile.register().criteria().stream()
                        .filter(c -> c.category() == category)
                        .limit(1)
                        .map(c -> c.code())
                        .collect(Collectors.toSet());
                store.addCategoryAssignment(CategoryAssignment.create(
                        full.get(i).id(),
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

    /** Demo people come linked to their preview accounts, as a coordinator would link them in Confluence. */
    private static Person linked(Person person) {
        return person.withUserKey(PreviewUsers.keyOf(person.email()));
    }
}
