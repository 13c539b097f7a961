package org.alliancecompact.confluence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.preview.PreviewUsers;
import org.alliancecompact.confluence.preview.ao.EmbeddedActiveObjects;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;

/** Shared test data: the bundled profiles, a fixed clock, demo members and a fresh store (Active Objects on H2). */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Fixtures() {}

    public static ProfileSource profile(String name) {
        return ProfileSource.named(name);
    }

    /** The plugin's store on the real Active Objects library over a new, empty in-memory H2 database. */
    public static AoCompactStore freshStore() {
        return storeOn(TestDatabases.freshH2());
    }

    /** The plugin's store on {@code database}, started as Confluence starts it (upgrade tasks, migration). */
    public static AoCompactStore storeOn(DataSource database) {
        return new AoCompactStore(EmbeddedActiveObjects.start(database));
    }

    public static List<Member> demoMembers() {
        return DemoData.members(TODAY);
    }

    public static Member member(String id, String name, String email, PersonRole role) {
        return new Member(
                id,
                name,
                OrganisationKind.SCHOOL,
                Phase.PRIMARY,
                MembershipState.FULL,
                TODAY.minusYears(1),
                List.of(new Person(email, "Person " + id, role, PreviewUsers.keyOf(email))));
    }

    /** The signed-in account for {@code email}: a preview user, linked to demo and fixture people by key. */
    public static Caller caller(String email) {
        return Caller.confluenceUser(PreviewUsers.keyOf(email), email, email, false, false);
    }

    /** A coordinator's account. */
    public static Caller coordinator(String email) {
        return Caller.confluenceUser(PreviewUsers.keyOf(email), email, email, true, false);
    }

    public static MouEdition edition(String profile) {
        return MouEdition.first("edition-1", profile(profile).profile().mou(), TODAY, java.time.Period.ofYears(1));
    }

    public static Signature signature(MouEdition edition, String memberId, String email, PersonRole role, Instant at) {
        return new Signature(
                UUID.randomUUID().toString(),
                edition.id(),
                edition.fingerprint(),
                memberId,
                email,
                "Signer " + email,
                role,
                at,
                null);
    }
}
