package org.alliancecompact.model.mou;

import static org.alliancecompact.model.mou.MouFixtures.CHAIR;
import static org.alliancecompact.model.mou.MouFixtures.EDITION_1;
import static org.alliancecompact.model.mou.MouFixtures.HEAD;
import static org.alliancecompact.model.mou.MouFixtures.HEAD_AND_CHAIR;
import static org.alliancecompact.model.mou.MouFixtures.SMITHILLS;
import static org.alliancecompact.model.mou.MouFixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancecompact.model.mou.EditionComparison.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "Editions in the product": Leeds, "This Memorandum of Understanding will be reviewed
 * annually"; Bolton, "These protocols will be reviewed on an annual basis". The review drafts the next
 * edition from the current one, compares it clause by clause, publishes it with an effective date, and
 * every member signs again.
 */
class EditionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 7, 1);

    @Test
    @DisplayName(
            "Drafting: 'will be reviewed annually' starts from the current edition, clause by clause: the first draft is the current edition word for word")
    void theFirstDraftIsTheCurrentEditionWordForWord() {
        EditionDraft draft = EditionDraft.from(EDITION_1);
        assertThat(draft.basedOnEditionId()).isEqualTo(EDITION_1.id());
        assertThat(draft.title()).isEqualTo(EDITION_1.title());
        assertThat(draft.sections()).isEqualTo(EDITION_1.sections());
        assertThat(draft.fingerprint()).isEqualTo(EDITION_1.fingerprint());
    }

    @Test
    @DisplayName(
            "Drafting: 'will be reviewed annually' starts from the current edition, clause by clause: clauses are changed added and removed one at a time")
    void clausesAreChangedAddedAndRemovedOneAtATime() {
        EditionDraft draft = EditionDraft.from(EDITION_1)
                .withClauseText("21", "We will commit a minimum of 10 days of staff time each academic year.")
                .withClauseAdded("Operation", "22", "We will report progress each term.")
                .withoutClause("2");
        assertThat(draft.sections().get(0).clauses())
                .extracting(MouTemplate.Clause::number)
                .containsExactly("1");
        assertThat(draft.sections().get(1).clauses())
                .extracting(MouTemplate.Clause::number)
                .containsExactly("21", "22");
        assertThat(draft.fingerprint()).isNotEqualTo(EDITION_1.fingerprint());
    }

    @Test
    @DisplayName(
            "Drafting: 'will be reviewed annually' starts from the current edition, clause by clause: removing a sections last clause removes the section and an unknown clause is refused")
    void removingASectionsLastClauseRemovesTheSectionAndAnUnknownClauseIsRefused() {
        EditionDraft draft = EditionDraft.from(EDITION_1).withoutClause("21");
        assertThat(draft.sections()).extracting(MouTemplate.Section::heading).containsExactly("Strategy");
        assertThatThrownBy(() -> draft.withoutClause("21")).hasMessageContaining("no clause 21");
        assertThatThrownBy(() -> draft.withoutClause("1").withoutClause("2")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> draft.withClauseText("99", "x")).hasMessageContaining("no clause 99");
    }

    @Test
    @DisplayName(
            "Drafting: 'will be reviewed annually' starts from the current edition, clause by clause: a clause number used twice is refused even with different spacing")
    void aClauseNumberUsedTwiceIsRefusedEvenWithDifferentSpacing() {
        assertThatThrownBy(() -> EditionDraft.from(EDITION_1).withClauseAdded("Operation", " 2 ", "Again."))
                .hasMessageStartingWith("sections:")
                .hasMessageContaining("used twice");
    }

    @Test
    @DisplayName(
            "Drafting: 'will be reviewed annually' starts from the current edition, clause by clause: limits are enforced at their boundaries")
    void limitsAreEnforcedAtTheirBoundaries() {
        EditionDraft base = EditionDraft.from(EDITION_1);
        String longest = "x".repeat(EditionDraft.MAX_CLAUSE_TEXT);
        assertThat(base.withClauseText("1", longest)
                        .sections()
                        .get(0)
                        .clauses()
                        .get(0)
                        .text())
                .hasSize(EditionDraft.MAX_CLAUSE_TEXT);
        assertThatThrownBy(() -> base.withClauseText("1", longest + "x"))
                .hasMessageContaining("longer than " + EditionDraft.MAX_CLAUSE_TEXT);

        String title = "T".repeat(EditionDraft.MAX_TITLE);
        assertThat(new EditionDraft("bla-1", title, base.sections()).title()).hasSize(EditionDraft.MAX_TITLE);
        assertThatThrownBy(() -> new EditionDraft("bla-1", title + "T", base.sections()))
                .hasMessageStartingWith("title:");

        assertThat(base.withClauseAdded("Operation", "x".repeat(EditionDraft.MAX_NUMBER), "ok")
                        .sections())
                .hasSize(2);
        assertThatThrownBy(() -> base.withClauseAdded("Operation", "x".repeat(EditionDraft.MAX_NUMBER + 1), "ok"))
                .hasMessageContaining("clause numbers");

        List<MouTemplate.Clause> many = new ArrayList<>();
        for (int i = 1; i <= EditionDraft.MAX_CLAUSES; i++) {
            many.add(new MouTemplate.Clause(Integer.toString(i), "Clause " + i));
        }
        List<MouTemplate.Section> atLimit = List.of(new MouTemplate.Section("All", many));
        assertThat(new EditionDraft("bla-1", "T", atLimit).sections().get(0).clauses())
                .hasSize(EditionDraft.MAX_CLAUSES);
        List<MouTemplate.Clause> tooMany = new ArrayList<>(many);
        tooMany.add(new MouTemplate.Clause("x", "one more"));
        assertThatThrownBy(() -> new EditionDraft("bla-1", "T", List.of(new MouTemplate.Section("All", tooMany))))
                .hasMessageContaining("at most " + EditionDraft.MAX_CLAUSES + " clauses");
    }

    @Test
    @DisplayName(
            "Drafting: 'will be reviewed annually' starts from the current edition, clause by clause: texts are stripped and a blank title is refused")
    void textsAreStrippedAndABlankTitleIsRefused() {
        EditionDraft draft = EditionDraft.from(EDITION_1).withClauseText("1", "  Spaced.  ");
        assertThat(draft.sections().get(0).clauses().get(0).text()).isEqualTo("Spaced.");
        assertThatThrownBy(() -> new EditionDraft("bla-1", "  ", draft.sections()))
                .hasMessageStartingWith("title:");
    }

    @Test
    @DisplayName(
            "Comparison: the draft against the current edition, clause by clause: each clause is added removed changed or unchanged in the new documents order")
    void eachClauseIsAddedRemovedChangedOrUnchangedInTheNewDocumentsOrder() {
        EditionDraft draft = EditionDraft.from(EDITION_1)
                .withoutClause("2")
                .withClauseText("21", "We will commit a minimum of 10 days of staff time each academic year.")
                .withClauseAdded("Operation", "22", "We will report progress each term.");
        EditionComparison c = EditionComparison.of(EDITION_1, draft);
        assertThat(c.changes())
                .extracting(EditionComparison.ClauseChange::number, EditionComparison.ClauseChange::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", Kind.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("2", Kind.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("21", Kind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("22", Kind.ADDED));
        assertThat(c.counts())
                .containsEntry(Kind.ADDED, 1)
                .containsEntry(Kind.REMOVED, 1)
                .containsEntry(Kind.CHANGED, 1)
                .containsEntry(Kind.UNCHANGED, 1);
        EditionComparison.ClauseChange changed = c.changes().get(2);
        assertThat(changed.before()).contains("9 days");
        assertThat(changed.after()).contains("10 days");
        assertThat(c.changes().get(1).after()).isNull();
        assertThat(c.changes().get(3).before()).isNull();
        assertThat(c.wordingChanged()).isTrue();
        assertThat(c.titleChanged()).isFalse();
    }

    @Test
    @DisplayName(
            "Comparison: the draft against the current edition, clause by clause: a removed first clause leads the list and reflowed words are no change")
    void aRemovedFirstClauseLeadsTheListAndReflowedWordsAreNoChange() {
        EditionDraft draft = EditionDraft.from(EDITION_1)
                .withoutClause("1")
                .withClauseText("2", "We  will actively\nsupport the BLA.");
        EditionComparison c = EditionComparison.of(EDITION_1, draft);
        assertThat(c.changes())
                .extracting(EditionComparison.ClauseChange::kind)
                .containsExactly(Kind.REMOVED, Kind.UNCHANGED, Kind.UNCHANGED);
    }

    @Test
    @DisplayName(
            "Comparison: the draft against the current edition, clause by clause: a clause moved to another section is changed and an untouched draft shows no change")
    void aClauseMovedToAnotherSectionIsChangedAndAnUntouchedDraftShowsNoChange() {
        EditionComparison same = EditionComparison.of(EDITION_1, EditionDraft.from(EDITION_1));
        assertThat(same.counts()).containsEntry(Kind.UNCHANGED, 3).containsEntry(Kind.CHANGED, 0);
        assertThat(same.wordingChanged()).isFalse();

        EditionDraft moved = EditionDraft.from(EDITION_1)
                .withoutClause("2")
                .withClauseAdded("Operation", "2", "We will actively support the BLA.");
        EditionComparison c = EditionComparison.of(EDITION_1, moved);
        EditionComparison.ClauseChange two = c.changes().stream()
                .filter(x -> x.number().equals("2"))
                .findFirst()
                .orElseThrow();
        assertThat(two.kind()).isEqualTo(Kind.CHANGED);
        assertThat(two.headingBefore()).isEqualTo("Strategy");
        assertThat(two.headingAfter()).isEqualTo("Operation");
    }

    @Test
    @DisplayName("Comparison: the draft against the current edition, clause by clause: a new title is reported")
    void aNewTitleIsReported() {
        EditionDraft retitled = new EditionDraft("bla-1", "BLA Protocols 2027", EDITION_1.sections());
        EditionComparison c = EditionComparison.of(EDITION_1, retitled);
        assertThat(c.titleChanged()).isTrue();
        assertThat(c.wordingChanged()).isTrue();
        assertThat(c.counts()).containsEntry(Kind.UNCHANGED, 3);
    }

    private final EditionDraft changed =
            EditionDraft.from(EDITION_1).withClauseText("21", "We will commit 10 days each academic year.");

    @Test
    @DisplayName(
            "Publishing with an effective date: not in the past, after the current edition: the new edition is numbered next with its own fingerprint and a review a year on")
    void theNewEditionIsNumberedNextWithItsOwnFingerprintAndAReviewAYearOn() {
        LocalDate effective = LocalDate.of(2027, 9, 1);
        MouEdition two = EditionPublishing.publish(EDITION_1, changed, "bla-2", effective, TODAY, Period.ofYears(1));
        assertThat(two.number()).isEqualTo(2);
        assertThat(two.effectiveDate()).isEqualTo(effective);
        assertThat(two.reviewDate()).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(two.fingerprint())
                .isEqualTo(changed.fingerprint())
                .isNotEqualTo(EDITION_1.fingerprint())
                .matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName(
            "Publishing with an effective date: not in the past, after the current edition: the effective date may be today but not yesterday")
    void theEffectiveDateMayBeTodayButNotYesterday() {
        MouEdition current = MouEdition.first("bla-1", MouFixtures.TEMPLATE, TODAY.minusDays(300), Period.ofYears(1));
        EditionDraft draft = EditionDraft.from(current).withClauseText("1", "Changed.");
        assertThat(EditionPublishing.check(current, draft, TODAY, TODAY).allowed())
                .isTrue();
        SignDecision past = EditionPublishing.check(current, draft, TODAY.minusDays(1), TODAY);
        assertThat(past.allowed()).isFalse();
        assertThat(past.field()).isEqualTo("effectiveDate");
        assertThat(past.refusal()).isEqualTo(SignDecision.Refusal.INVALID);
        assertThat(past.reason()).contains("in the past");
    }

    @Test
    @DisplayName(
            "Publishing with an effective date: not in the past, after the current edition: the effective date must fall after the current editions own")
    void theEffectiveDateMustFallAfterTheCurrentEditionsOwn() {
        // the current edition takes effect later than today: the next one must follow it
        MouEdition current = MouEdition.first("bla-1", MouFixtures.TEMPLATE, TODAY.plusDays(10), Period.ofYears(1));
        EditionDraft draft = EditionDraft.from(current).withClauseText("1", "Changed.");
        assertThat(EditionPublishing.check(current, draft, TODAY.plusDays(10), TODAY)
                        .field())
                .isEqualTo("effectiveDate");
        assertThat(EditionPublishing.check(current, draft, TODAY.plusDays(11), TODAY)
                        .allowed())
                .isTrue();
    }

    @Test
    @DisplayName(
            "Publishing with an effective date: not in the past, after the current edition: unchanged wording a stale draft or no date is refused")
    void unchangedWordingAStaleDraftOrNoDateIsRefused() {
        LocalDate effective = LocalDate.of(2027, 9, 1);
        assertThat(EditionPublishing.check(EDITION_1, EditionDraft.from(EDITION_1), effective, TODAY)
                        .field())
                .isEqualTo("sections");
        assertThat(EditionPublishing.check(EDITION_1, changed, null, TODAY).field())
                .isEqualTo("effectiveDate");
        assertThat(EditionPublishing.check(EDITION_1, null, effective, TODAY).field())
                .isEqualTo("draft");
        MouEdition two = EditionPublishing.publish(EDITION_1, changed, "bla-2", effective, TODAY, Period.ofYears(1));
        SignDecision stale = EditionPublishing.check(two, changed, effective.plusDays(1), TODAY);
        assertThat(stale.refusal()).isEqualTo(SignDecision.Refusal.CONFLICT);
        assertThat(stale.field()).isEqualTo("basedOnEditionId");
        assertThatThrownBy(() -> EditionPublishing.publish(
                        EDITION_1, changed, "bla-2", TODAY.minusDays(1), TODAY, Period.ofYears(1)))
                .hasMessageStartingWith("effectiveDate:");
    }

    @Test
    @DisplayName(
            "Which signatures stand: old signatures kept as history, everyone back to not signed: after publication no signature stands and the old ones are history")
    void afterPublicationNoSignatureStandsAndTheOldOnesAreHistory() {
        Signature head = signature("s1", EDITION_1, HEAD, "2026-09-02T10:00:00Z");
        Signature chair = signature("s2", EDITION_1, CHAIR, "2026-09-03T10:00:00Z");
        assertThat(SigningRules.statusOf(SMITHILLS, EDITION_1, List.of(head, chair), List.of(), HEAD_AND_CHAIR, TODAY)
                        .status())
                .isEqualTo(SigningStatus.SIGNED);

        MouEdition two = EditionPublishing.publish(
                EDITION_1,
                EditionDraft.from(EDITION_1).withClauseText("1", "Changed."),
                "bla-2",
                LocalDate.of(2027, 9, 1),
                TODAY,
                Period.ofYears(1));
        SignatureHistory after = SignatureHistory.of(List.of(EDITION_1, two), List.of(head, chair));
        assertThat(after.current()).isEqualTo(two);
        assertThat(after.standing()).isEmpty();
        assertThat(after.history()).containsOnlyKeys(EDITION_1);
        assertThat(after.history().get(EDITION_1)).containsExactly(head, chair);
        MemberSigningStatus status =
                SigningRules.statusOf(SMITHILLS, two, List.of(head, chair), List.of(), HEAD_AND_CHAIR, TODAY);
        assertThat(status.status()).isEqualTo(SigningStatus.NOT_SIGNED);
        assertThat(status.missingRoles()).containsExactlyElementsOf(HEAD_AND_CHAIR);

        Signature again = signature("s3", two, HEAD, "2027-07-02T10:00:00Z");
        SignatureHistory signedAgain = SignatureHistory.of(List.of(two, EDITION_1), List.of(head, chair, again));
        assertThat(signedAgain.standing()).containsExactly(again);
        assertThat(signedAgain.history().get(EDITION_1)).containsExactly(head, chair);
    }

    @Test
    @DisplayName(
            "Which signatures stand: old signatures kept as history, everyone back to not signed: a signature on the same number but other wording is neither standing nor history")
    void aSignatureOnTheSameNumberButOtherWordingIsNeitherStandingNorHistory() {
        MouEdition rewritten = MouEdition.of(
                EDITION_1.id(),
                1,
                "Other title",
                EDITION_1.sections(),
                EDITION_1.effectiveDate(),
                EDITION_1.reviewDate());
        Signature onOther = signature("s1", rewritten, HEAD, "2026-09-02T10:00:00Z");
        SignatureHistory h = SignatureHistory.of(List.of(EDITION_1), List.of(onOther));
        assertThat(h.standing()).isEmpty();
        assertThat(h.history()).isEmpty();
    }

    private final List<Period> monthAndWeek = List.of(Period.ofMonths(1), Period.ofDays(7));

    @Test
    @DisplayName(
            "The next review: 'reviewed annually', reminders before it is due: the review is due the day before the anniversary")
    void theReviewIsDueTheDayBeforeTheAnniversary() {
        assertThat(MouReview.reviewDate(LocalDate.of(2027, 9, 1), Period.ofYears(1)))
                .isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(MouReview.reviewDate(LocalDate.of(2028, 2, 29), Period.ofYears(1)))
                .isEqualTo(LocalDate.of(2029, 2, 27));
        assertThatThrownBy(() -> MouReview.reviewDate(LocalDate.of(2027, 9, 1), Period.ZERO))
                .hasMessageContaining("positive");
    }

    @Test
    @DisplayName(
            "The next review: 'reviewed annually', reminders before it is due: reminders start a month before and the week before takes over up to the review date")
    void remindersStartAMonthBeforeAndTheWeekBeforeTakesOverUpToTheReviewDate() {
        // EDITION_1 is due for review by 31 August 2027
        assertThat(MouReview.reminderDue(EDITION_1, LocalDate.of(2027, 7, 30), monthAndWeek))
                .isEmpty();
        Optional<MouReview.Reminder> month = MouReview.reminderDue(EDITION_1, LocalDate.of(2027, 7, 31), monthAndWeek);
        assertThat(month).map(MouReview.Reminder::lead).contains(Period.ofMonths(1));
        assertThat(MouReview.reminderDue(EDITION_1, LocalDate.of(2027, 8, 23), monthAndWeek)
                        .map(MouReview.Reminder::lead))
                .contains(Period.ofMonths(1));
        Optional<MouReview.Reminder> week = MouReview.reminderDue(EDITION_1, LocalDate.of(2027, 8, 24), monthAndWeek);
        assertThat(week.map(MouReview.Reminder::lead)).contains(Period.ofDays(7));
        assertThat(week.orElseThrow().covers()).containsExactly(Period.ofMonths(1), Period.ofDays(7));
        assertThat(MouReview.reminderDue(EDITION_1, LocalDate.of(2027, 8, 31), monthAndWeek))
                .isPresent();
        assertThat(MouReview.reminderDue(EDITION_1, LocalDate.of(2027, 9, 1), monthAndWeek))
                .isEmpty();
    }

    @Test
    @DisplayName("The next review: 'reviewed annually', reminders before it is due: no lead times mean no reminders")
    void noLeadTimesMeanNoReminders() {
        assertThat(MouReview.reminderDue(EDITION_1, LocalDate.of(2027, 8, 31), List.of()))
                .isEmpty();
    }
}
