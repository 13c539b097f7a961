package org.alliancecompact.model.mou;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whether a draft may be published as the next edition, and the edition it becomes. Publishing is the
 * outcome of the annual review (Leeds: "will be reviewed annually"; Bolton: "reviewed on an annual
 * basis"): the new edition gets the next number, its own fingerprint, and a review date a review period
 * after it takes effect ({@link MouReview#reviewDate}). Because a signature is bound to the fingerprint
 * it signed, no signature of an earlier edition counts for the new one: every member is back to
 * NOT_SIGNED, and the old signatures stay on file as history ({@link SignatureHistory}).
 */
public final class EditionPublishing {

    private EditionPublishing() {}

    /**
     * Refusals, in this order: no draft (400, {@code draft}); a draft started from an edition that has
     * since been replaced (409, {@code basedOnEditionId}); no effective date (400); an effective date
     * before {@code today} (400: "not in the past"); an effective date not after the current edition's
     * (400: editions take effect one after the other); wording identical to the current edition's (400,
     * {@code sections}: a review that keeps the text changes nothing members signed).
     */
    public static SignDecision check(MouEdition current, EditionDraft draft, LocalDate effectiveDate, LocalDate today) {
        if (current == null || today == null) {
            throw new IllegalArgumentException("current and today are required");
        }
        if (draft == null) {
            return SignDecision.refuse("There is no draft of the next edition to publish; start one first.", "draft");
        }
        if (!draft.basedOnEditionId().equals(current.id())) {
            return SignDecision.conflict(
                    "This draft was started from an edition that has since been replaced by edition " + current.number()
                            + "; start a new draft from edition " + current.number() + ".",
                    "basedOnEditionId");
        }
        if (effectiveDate == null) {
            return SignDecision.refuse("Give the date the new edition takes effect.", "effectiveDate");
        }
        if (effectiveDate.isBefore(today)) {
            return SignDecision.refuse(
                    "The new edition cannot take effect in the past; choose " + today + " or later.", "effectiveDate");
        }
        if (!effectiveDate.isAfter(current.effectiveDate())) {
            return SignDecision.refuse(
                    "The new edition must take effect after edition " + current.number() + " did ("
                            + current.effectiveDate() + ").",
                    "effectiveDate");
        }
        if (draft.fingerprint().equals(current.fingerprint())) {
            return SignDecision.refuse(
                    "The draft's wording is the same as edition " + current.number()
                            + "'s; change at least one clause before publishing.",
                    "sections");
        }
        return SignDecision.allow();
    }

    /**
     * The next edition from {@code draft}: numbered after {@code current}, taking effect on {@code
     * effectiveDate}, due for review {@code reviewPeriod} later.
     *
     * @throws IllegalArgumentException with the refusal's reason when {@link #check} refuses
     */
    public static MouEdition publish(
            MouEdition current,
            EditionDraft draft,
            String newId,
            LocalDate effectiveDate,
            LocalDate today,
            Period reviewPeriod) {
        SignDecision decision = check(current, draft, effectiveDate, today);
        if (!decision.allowed()) {
            throw new IllegalArgumentException(decision.field() + ": " + decision.reason());
        }
        return current.next(newId, draft.title(), draft.sections(), effectiveDate, reviewPeriod);
    }
}
