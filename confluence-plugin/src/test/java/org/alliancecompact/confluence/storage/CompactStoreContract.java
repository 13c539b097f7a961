package org.alliancecompact.confluence.storage;

import static org.alliancecompact.confluence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.sql.DataSource;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.EditionDraft;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the plugin's store does, on the real Active Objects library (the one Confluence runs), through
 * the same adapter the preview server uses. Each subclass runs every test on one database kind; each
 * test gets an empty database of its own, started as Confluence starts the plugin (upgrade tasks, then
 * migration of every entity in the {@code <ao>} module).
 */
abstract class CompactStoreContract {

    protected DataSource database;
    protected AoCompactStore store;
    protected MouEdition edition;

    /** A new, empty database of the kind under test. */
    protected abstract DataSource freshDatabase();

    @AfterEach
    void closeDatabase() throws Exception {
        if (database instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @BeforeEach
    void setUp() {
        database = freshDatabase();
        store = Fixtures.storeOn(database);
        Fixtures.demoMembers().forEach(store::createMember);
        edition = Fixtures.edition("bolton");
        store.addEdition(edition);
    }

    protected static CategoryAssignment assignment(String memberId, Set<String> criteria, String reason, int second) {
        return new CategoryAssignment(
                memberId,
                SupportCategory.TARGETED,
                criteria,
                "coordinator@alliance.example",
                NOW.plusSeconds(second),
                reason,
                LocalDate.of(2027, 11, 23));
    }

    // ---- finding #2: a register change without criteria (Bolton and Exceed have none)

    @Test
    void aRegisterChangeWithNoCriteriaIsStoredAndReadBackWithNone() {
        CategoryAssignment none = assignment("smithills", Set.of(), "no criteria in this profile", 0);
        store.addCategoryAssignment(none);
        assertThat(store.registerHistory("smithills")).containsExactly(none);
        assertThat(store.registerHistory().get(0).criteria()).isEmpty();
    }

    // ---- members

    @Test
    void membersRoundTripWithTheirPeople() {
        Member smithills = Fixtures.demoMembers().get(0);
        assertThat(store.member("smithills")).contains(smithills);
        assertThat(store.members()).hasSize(7).contains(smithills);
    }

    @Test
    void aTakenMemberIdIsAConflictAndUpdatingAMissingMemberFails() {
        Member again = Fixtures.demoMembers().get(0);
        assertThatThrownBy(() -> store.createMember(again)).isInstanceOf(StoreConflictException.class);
        Member ghost = Fixtures.member("ghost", "Ghost School", "head@ghost.example", PersonRole.HEAD);
        assertThatThrownBy(() -> store.updateMember(ghost)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void updateReplacesTheMember() {
        Member m = Fixtures.demoMembers().get(4);
        Member full = new Member(
                m.id(), m.name() + " (renamed)", m.kind(), m.phase(), MembershipState.FULL, m.joinedOn(), m.people());
        store.updateMember(full);
        assertThat(store.member(m.id())).contains(full);
    }

    // ---- editions and signatures

    @Test
    void editionsKeepTheirWordingAndFingerprintAndNumbersAreUnique() {
        assertThat(store.edition("edition-1")).contains(edition);
        assertThat(store.currentEdition()).contains(edition);
        assertThatThrownBy(() -> store.addEdition(edition)).isInstanceOf(StoreConflictException.class);
    }

    @Test
    void theDraftOfTheNextEditionIsReplacedByEachSaveAndRemovedWhenPublished() {
        assertThat(store.draft()).isEmpty();
        EditionDraft first = EditionDraft.from(edition);
        store.saveDraft(new StoredDraft(first, "coordinator@alliance.example", NOW));
        EditionDraft changed =
                first.withClauseText(edition.sections().get(0).clauses().get(0).number(), "Changed wording.");
        StoredDraft saved = new StoredDraft(changed, "other@alliance.example", NOW.plusSeconds(60));
        store.saveDraft(saved);
        assertThat(store.draft()).contains(saved);

        MouEdition two = edition.next(
                "edition-2",
                changed.title(),
                changed.sections(),
                edition.effectiveDate().plusDays(1),
                Period.ofYears(1));
        MouEdition clash = MouEdition.of(
                "edition-1", 2, changed.title(), changed.sections(), two.effectiveDate(), two.reviewDate());
        assertThatThrownBy(() -> store.publishDraft(clash)).isInstanceOf(StoreConflictException.class);
        assertThat(store.draft()).as("a lost race keeps the draft").contains(saved);
        store.publishDraft(two);
        assertThat(store.draft()).isEmpty();
        assertThat(store.editions()).containsExactly(edition, two);
    }

    @Test
    void aSecondSignatureForTheSameRoleIsAConflict() {
        Signature first = Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW);
        store.addSignature(first);
        Signature second =
                Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW.plusSeconds(5));
        assertThatThrownBy(() -> store.addSignature(second)).isInstanceOf(StoreConflictException.class);
        assertThat(store.signatures(edition.id())).containsExactly(first);
    }

    @Test
    void afterAWithdrawalTheSameRoleMaySignAgainAndTheOldSignatureStays() {
        Signature first = Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW);
        store.addSignature(first);
        Withdrawal w = new Withdrawal("w1", "smithills", NOW.plusSeconds(60), "coordinator@alliance.example", "left");
        store.addWithdrawal(w);
        Signature again = Fixtures.signature(
                edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW.plusSeconds(120));
        store.addSignature(again);
        assertThat(store.signatures()).containsExactly(first, again);
        assertThat(store.withdrawals()).containsExactly(w);
    }

    @Test
    void aSignatureForAnUnknownMemberIsRefused() {
        Signature orphan = Fixtures.signature(edition, "nobody", "head@nobody.example", PersonRole.HEAD, NOW);
        assertThatThrownBy(() -> store.addSignature(orphan)).isInstanceOf(NoSuchElementException.class);
        assertThat(store.signatures()).isEmpty();
    }

    // ---- transactions and the version token

    @Test
    void nothingIsHalfStoredWhenATransactionFails() {
        Signature ok = Fixtures.signature(edition, "ladybridge", "head@ladybridge.example", PersonRole.HEAD, NOW);
        String before = store.version();
        assertThatThrownBy(() -> store.inTransaction(() -> {
                    store.addSignature(ok);
                    assertThat(store.signatures()).containsExactly(ok);
                    throw new IllegalStateException("boom after the first insert");
                }))
                .hasMessageContaining("boom");
        assertThat(store.signatures()).isEmpty();
        assertThat(store.version()).isEqualTo(before);
    }

    @Test
    void everyWriteReplacesTheVersionTokenAndReadsLeaveIt() {
        String first = store.version();
        assertThat(first).isNotEqualTo("none").hasSize(36);
        store.members();
        assertThat(store.version()).isEqualTo(first);
        store.addCategoryAssignment(assignment("smithills", Set.of("a"), "reason", 0));
        String second = store.version();
        assertThat(second).isNotEqualTo(first).hasSize(36);
        store.addEngagementReport(new EngagementReport("smithills", 1, List.of("late"), NOW));
        assertThat(store.version()).isNotIn(first, second);
    }

    // ---- register, support, engagement

    @Test
    void registerHistoryIsAppendOnlyInOrder() {
        CategoryAssignment a = assignment("smithills", Set.of("b", "a"), "first", 0);
        CategoryAssignment b = assignment("smithills", Set.of(), "improved", 1);
        CategoryAssignment c = assignment("ladybridge", Set.of(), "concern", 2);
        store.addCategoryAssignment(a);
        store.addCategoryAssignment(b);
        store.addCategoryAssignment(c);
        assertThat(store.registerHistory()).containsExactly(a, b, c);
        assertThat(store.registerHistory("smithills")).containsExactly(a, b);
    }

    @Test
    void supportAssignmentsKeepTheLatestStatePerRequest() {
        store.putSupportAssignment(
                new SupportAssignment("req-1", "smithills", "ladybridge", SupportAssignment.State.ACTIVE, NOW));
        SupportAssignment ended = new SupportAssignment(
                "req-1", "smithills", "ladybridge", SupportAssignment.State.ENDED, NOW.plusSeconds(10));
        store.putSupportAssignment(ended);
        assertThat(store.supportAssignments()).containsExactly(ended);
    }

    @Test
    void engagementReportsAreKeptWithTheirReasons() {
        EngagementReport r =
                new EngagementReport("st-peters", 2, List.of("missed 2 meetings", "evaluation overdue"), NOW);
        store.addEngagementReport(r);
        assertThat(store.engagementReports()).containsExactly(r);
    }

    // ---- every write at its edges: empty, longest, non-ASCII, null where allowed, exact instants

    /** Non-ASCII as members really write it: a curly apostrophe, an en dash, Welsh. */
    protected static final String WELSH = "St Mary’s RC Primary – Ysgol Gymraeg";

    /** {@code text} repeated (and cut) to exactly {@code length} characters. */
    protected static String exactly(int length, String text) {
        return text.repeat(length / text.length() + 1).substring(0, length);
    }

    /** An e-mail address of exactly {@code length} characters (the domain is padded). */
    protected static String email(int length) {
        String local = exactly(64, "a");
        String tail = ".example";
        return local + "@" + exactly(length - local.length() - 1 - tail.length(), "d") + tail;
    }

    /** An instant with every nanosecond digit set, so a truncation anywhere shows. */
    protected static final java.time.Instant EXACT = java.time.Instant.parse("2026-11-23T10:00:00.123456789Z");

    @Test
    void aMemberWithTheLongestNameAndIdNonAsciiPeopleAndLongestEmailsRoundTrips() {
        Member longest = new Member(
                exactly(64, "x1-"),
                exactly(200, WELSH + " "),
                org.alliancecompact.model.member.OrganisationKind.SCHOOL,
                org.alliancecompact.model.member.Phase.PRIMARY,
                MembershipState.FULL,
                LocalDate.of(1999, 12, 31),
                List.of(
                        new org.alliancecompact.model.member.Person(
                                email(254), exactly(200, "Siân Ó Briain – "), PersonRole.HEAD),
                        new org.alliancecompact.model.member.Person(
                                "chair@smithills.example", "Zoë", PersonRole.CHAIR)));
        assertThat(longest.name()).hasSize(200);
        assertThat(longest.id()).hasSize(64);
        store.createMember(longest);
        assertThat(store.member(longest.id())).contains(longest);

        Member nobody = new Member(
                "no-people",
                WELSH,
                org.alliancecompact.model.member.OrganisationKind.SCHOOL,
                org.alliancecompact.model.member.Phase.SECONDARY,
                MembershipState.ASSOCIATE,
                LocalDate.of(2026, 2, 28),
                List.of());
        store.createMember(nobody);
        assertThat(store.member("no-people")).contains(nobody);
    }

    @Test
    void anEditionWithALongNonAsciiTitleAndWordingRoundTrips() {
        org.alliancecompact.model.mou.MouTemplate template = new org.alliancecompact.model.mou.MouTemplate(
                exactly(1000, WELSH + " protocol "),
                List.of(new org.alliancecompact.model.mou.MouTemplate.Section(
                        "Cyflwyniad – Introduction",
                        List.of(
                                new org.alliancecompact.model.mou.MouTemplate.Clause(
                                        "1", exactly(20_000, "We’ll share data – ")),
                                new org.alliancecompact.model.mou.MouTemplate.Clause("2", "“Quoted” ✓")))));
        MouEdition second = MouEdition.of(
                "edition-2",
                2,
                template.title(),
                template.sections(),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 1, 1));
        store.addEdition(second);
        assertThat(store.edition("edition-2")).contains(second);
        assertThat(store.editions()).containsExactly(edition, second);
    }

    @Test
    void signaturesKeepTheirExactInstantLongestNamesAndMinuteReferenceOrNone() {
        Signature withMinute = new Signature(
                "sig-1",
                edition.id(),
                edition.fingerprint(),
                "smithills",
                email(254),
                exactly(200, "Siân – "),
                PersonRole.HEAD,
                EXACT,
                exactly(Signature.MAX_MINUTE_REFERENCE, "Minute 4(b) – governors’ "));
        Signature withoutMinute = new Signature(
                "sig-2",
                edition.id(),
                edition.fingerprint(),
                "smithills",
                "chair@smithills.example",
                "Zoë",
                PersonRole.CHAIR,
                EXACT.plusNanos(1),
                null);
        store.addSignature(withMinute);
        store.addSignature(withoutMinute);
        assertThat(store.signatures(edition.id())).containsExactly(withMinute, withoutMinute);
        assertThat(store.signatures().get(1).minuteReference()).isNull();
    }

    @Test
    void withdrawalsKeepTheirReasonOrNoneAndWhoRecordedThemAtAnyLength() {
        Withdrawal none = new Withdrawal("w-none", "smithills", EXACT, "coordinator@alliance.example", null);
        Withdrawal longest = new Withdrawal(
                "w-long",
                "ladybridge",
                EXACT.plusSeconds(1),
                exactly(300, "a-very-long-host-user-name-"),
                exactly(org.alliancecompact.model.mou.SigningRules.WITHDRAWAL_REASON_MAX, WELSH + " "));
        store.addWithdrawal(none);
        store.addWithdrawal(longest);
        assertThat(store.withdrawals()).containsExactly(none, longest);
        assertThat(store.withdrawals().get(0).reason()).isNull();
    }

    @Test
    void registerChangesKeepOneOrManyCriteriaTheLongestReasonAnyLengthOfSetByAndExactTimes() {
        CategoryAssignment one = assignment("smithills", Set.of("targeted-ofsted-ri"), "one", 0);
        CategoryAssignment many = new CategoryAssignment(
                "smithills",
                SupportCategory.INTENSIVE,
                Set.of("c-3", "a-1", "b-2", "d-4", "e-5"),
                exactly(300, "coordinator-with-a-long-name-"),
                EXACT,
                exactly(CategoryAssignment.MAX_REASON_LENGTH, WELSH + " "),
                LocalDate.of(9999, 12, 31));
        store.addCategoryAssignment(one);
        store.addCategoryAssignment(many);
        assertThat(store.registerHistory("smithills")).containsExactly(one, many);
    }

    @Test
    void supportAssignmentsKeepTheLongestRequestIdAndExactTimes() {
        SupportAssignment longest = new SupportAssignment(
                exactly(100, "req-ÿ-"), "smithills", "ladybridge", SupportAssignment.State.ACTIVE, EXACT);
        store.putSupportAssignment(longest);
        assertThat(store.supportAssignments()).containsExactly(longest);
        SupportAssignment ended = new SupportAssignment(
                longest.requestId(), "smithills", "ladybridge", SupportAssignment.State.ENDED, EXACT.plusNanos(1));
        store.putSupportAssignment(ended);
        assertThat(store.supportAssignments()).containsExactly(ended);
    }

    @Test
    void engagementReportsKeepNoReasonsOrLongNonAsciiOnesAndExactTimes() {
        EngagementReport none = new EngagementReport("smithills", 0, List.of(), EXACT);
        EngagementReport many = new EngagementReport(
                "ladybridge", 4, List.of(exactly(5_000, WELSH + " "), "", "“quoted” \\ \"json\""), EXACT.plusNanos(7));
        store.addEngagementReport(none);
        store.addEngagementReport(many);
        assertThat(store.engagementReports()).containsExactly(none, many);
    }

    // ---- issue 15, finding 6: one withdrawal per standing signature, enforced by the database

    @Test
    void twelveConcurrentWithdrawalsOfTheSameSignaturesStoreOne() throws Exception {
        store.addSignature(Fixtures.signature(edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW));
        int racers = 12;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(racers);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int n = i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    store.addWithdrawal(new org.alliancecompact.model.mou.Withdrawal(
                            "w-" + n, "smithills", NOW.plusSeconds(60), "head@smithills.example", "Leaving"));
                    return "stored";
                } catch (StoreConflictException e) {
                    return "conflict";
                }
            }));
        }
        java.util.List<String> results = new java.util.ArrayList<>();
        for (var f : outcomes) {
            results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results).containsOnlyOnce("stored");
        assertThat(results.stream().filter("conflict"::equals)).hasSize(racers - 1);
        assertThat(store.withdrawals()).hasSize(1);

        // After signing again there is something new to withdraw, once.
        store.addSignature(Fixtures.signature(
                edition, "smithills", "head@smithills.example", PersonRole.HEAD, NOW.plusSeconds(120)));
        store.addWithdrawal(new org.alliancecompact.model.mou.Withdrawal(
                "w-again", "smithills", NOW.plusSeconds(180), "head@smithills.example", "Leaving again"));
        assertThat(store.withdrawals()).hasSize(2);
    }

    // ---- issue 18, finding 5: fee payments (Bolton 25: "We will pay £3000 per year")

    private static org.alliancecompact.model.fee.FeePayment fee(
            String memberId, String year, long pence, String paidOn, String reference) {
        return new org.alliancecompact.model.fee.FeePayment(
                memberId,
                org.alliancecompact.model.time.AcademicYear.parse(year),
                pence,
                LocalDate.parse(paidOn),
                reference);
    }

    @Test
    void feePaymentsAreKeptOldestFirstWithWhoRecordedThemTheLongestReferenceAndExactTimes() {
        FeePaymentRecord part = new FeePaymentRecord(
                fee("smithills", "2026/27", 150_000, "2026-09-20", "INV-2026-001"), "coordinator-key", EXACT);
        FeePaymentRecord longest = new FeePaymentRecord(
                fee(
                        "smithills",
                        "2026/27",
                        org.alliancecompact.model.fee.FeePayment.MAX_AMOUNT_PENCE,
                        "2027-08-31",
                        exactly(org.alliancecompact.model.fee.FeePayment.MAX_REFERENCE_LENGTH, WELSH + " ")),
                exactly(255, "a-very-long-host-user-key-"),
                EXACT.plusSeconds(1));
        FeePaymentRecord other = new FeePaymentRecord(
                fee("ladybridge", "2025/26", 300_000, "2026-11-01", "BACS 4471"), "coordinator-key", EXACT);
        long first = store.addFeePayment(part);
        long second = store.addFeePayment(longest);
        long third = store.addFeePayment(other);
        assertThat(store.feePayments()).extracting(StoredFeePayment::record).containsExactly(part, longest, other);
        assertThat(store.feePayments()).extracting(StoredFeePayment::id).containsExactly(first, second, third);
        assertThat(store.feePayments()).noneMatch(StoredFeePayment::reversed);
    }

    @Test
    void aFeePaymentForAnOrganisationNotStoredIsRefused() {
        assertThatThrownBy(() -> store.addFeePayment(new FeePaymentRecord(
                        fee("nobody", "2026/27", 300_000, "2026-10-01", "X1"), "coordinator-key", NOW)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(store.feePayments()).isEmpty();
    }

    @Test
    void theSameReferenceForTheSameOrganisationAndYearIsRecordedOnceWhateverItsCase() {
        store.addFeePayment(new FeePaymentRecord(
                fee("smithills", "2026/27", 300_000, "2026-10-01", "INV-7"), "coordinator-key", NOW));
        assertThatThrownBy(() -> store.addFeePayment(new FeePaymentRecord(
                        fee("smithills", "2026/27", 300_000, "2026-10-02", "inv-7"), "coordinator-key", NOW)))
                .isInstanceOf(StoreConflictException.class);
        // the same reference for another year or another organisation is a different payment
        store.addFeePayment(new FeePaymentRecord(
                fee("smithills", "2027/28", 300_000, "2027-10-01", "INV-7"), "coordinator-key", NOW));
        store.addFeePayment(new FeePaymentRecord(
                fee("ladybridge", "2026/27", 300_000, "2026-10-01", "INV-7"), "coordinator-key", NOW));
        assertThat(store.feePayments()).hasSize(3);
    }

    // ---- issue 18 review: a payment recorded by mistake is reversed by a correcting entry of its own

    @Test
    void aReversalIsItsOwnEntryAndLeavesThePaymentAsItWasWithTheLongestReasonAndExactTime() {
        FeePaymentRecord wrong = new FeePaymentRecord(
                fee("smithills", "2026/27", 300_000, "2026-10-01", "INV-9"), "coordinator-key", NOW);
        long id = store.addFeePayment(wrong);
        FeeReversalRecord reversal = new FeeReversalRecord(
                id, exactly(FeeReversalRecord.MAX_REASON_LENGTH, WELSH + " "), exactly(255, "reverser-"), EXACT);
        store.reverseFeePayment(reversal);
        assertThat(store.feePayments()).containsExactly(new StoredFeePayment(id, wrong, reversal));
    }

    @Test
    void aPaymentIsReversedOnceAndAnUnknownPaymentNotAtAll() {
        long id = store.addFeePayment(new FeePaymentRecord(
                fee("smithills", "2026/27", 300_000, "2026-10-01", "INV-9"), "coordinator-key", NOW));
        store.reverseFeePayment(new FeeReversalRecord(id, "Wrong school", "coordinator-key", NOW));
        assertThatThrownBy(() -> store.reverseFeePayment(
                        new FeeReversalRecord(id, "Again", "coordinator-key", NOW.plusSeconds(1))))
                .isInstanceOf(StoreConflictException.class);
        assertThatThrownBy(
                        () -> store.reverseFeePayment(new FeeReversalRecord(id + 1000, "None", "coordinator-key", NOW)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(store.feePayments())
                .singleElement()
                .satisfies(p -> assertThat(p.reversal().reason()).isEqualTo("Wrong school"));
    }

    @Test
    void aReversedPaymentsReferenceMayBeRecordedAgainOnceEachTimeItsPaymentsAreAllReversed() {
        long first = store.addFeePayment(new FeePaymentRecord(
                fee("smithills", "2026/27", 30_000, "2026-10-01", "INV-9"), "coordinator-key", NOW));
        store.reverseFeePayment(new FeeReversalRecord(first, "Wrong amount", "coordinator-key", NOW));
        long second = store.addFeePayment(new FeePaymentRecord(
                fee("smithills", "2026/27", 300_000, "2026-10-01", "inv-9"), "coordinator-key", NOW));
        // while the second stands, the reference is taken
        assertThatThrownBy(() -> store.addFeePayment(new FeePaymentRecord(
                        fee("smithills", "2026/27", 300_000, "2026-10-02", "INV-9"), "coordinator-key", NOW)))
                .isInstanceOf(StoreConflictException.class);
        store.reverseFeePayment(new FeeReversalRecord(second, "Wrong year", "coordinator-key", NOW));
        long third = store.addFeePayment(new FeePaymentRecord(
                fee("smithills", "2026/27", 300_000, "2026-10-03", "INV-9"), "coordinator-key", NOW));
        assertThat(store.feePayments()).extracting(StoredFeePayment::id).containsExactly(first, second, third);
        assertThat(store.feePayments()).extracting(StoredFeePayment::reversed).containsExactly(true, true, false);
    }
}
