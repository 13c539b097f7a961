package org.alliancecompact.confluence.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.refusal.Conflict;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.storage.FeePaymentRecord;
import org.alliancecompact.confluence.storage.FeeReversalRecord;
import org.alliancecompact.confluence.storage.StoreConflictException;
import org.alliancecompact.confluence.storage.StoredFeePayment;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.api.FeePaymentDto;
import org.alliancecompact.model.api.FeePaymentRequest;
import org.alliancecompact.model.api.FeeReversalDto;
import org.alliancecompact.model.api.FeeReversalRequest;
import org.alliancecompact.model.api.FeeStatusDto;
import org.alliancecompact.model.api.FeesDto;
import org.alliancecompact.model.fee.FeePayment;
import org.alliancecompact.model.fee.FeeStatus;
import org.alliancecompact.model.fee.Fees;
import org.alliancecompact.model.member.Affiliations;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Membership;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.time.AcademicYear;

/**
 * The annual fee (issue 18, finding 5; Bolton 25: "We will pay £3000 per year to support the operation of
 * the SSIG"): where each organisation's fee stands for a year (the shared-model rule {@link Fees}), and
 * coordinators recording payments and reversing those recorded by mistake. Coordinators and the integration user see every organisation; anyone
 * else only the organisations they are attached to today.
 */
public final class FeeService {

    private final CompactStore store;
    private final MouService mou;
    private final SupportRules rules;
    private final Membership membership;
    private final Clock clock;

    public FeeService(CompactStore store, MouService mou, ProfileSource profile, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.mou = Objects.requireNonNull(mou, "mou");
        this.rules = Objects.requireNonNull(profile, "profile").profile().support();
        this.membership = profile.profile().membership().membership();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The profile's annual fee in pence; 0 when the alliance charges none. */
    public long annualFeePence() {
        return rules.annualFeePence();
    }

    /** The alliance's time zone, in which dates of recorded instants are written. */
    public java.time.ZoneId timeZone() {
        return mou.profile().timeZone();
    }

    /** Today in the alliance's time zone. */
    public LocalDate today() {
        return mou.today();
    }

    /** The day the fee for {@code year} falls due for an organisation that was a member all year. */
    public LocalDate yearDueBy(AcademicYear year) {
        return Fees.dueBy(year, rules);
    }

    /** The academic year {@code text} names ("2026/27"), or the current one when it is empty. 400 otherwise. */
    public AcademicYear year(String text) {
        if (text == null || text.isBlank()) {
            return Fees.currentYear(mou.today());
        }
        try {
            return AcademicYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage(), "year");
        }
    }

    /**
     * The year's fee for every organisation {@code caller} may see, by name: all of them for coordinators
     * and the integration user, the caller's own (attached today) for anyone else; 403 for someone attached
     * to no current member.
     */
    public FeesDto fees(Caller caller, AcademicYear year) {
        List<Member> members = store.members();
        LocalDate today = mou.today();
        // grouped once, so a page of 1,000 organisations does not scan every payment for each of them
        java.util.Map<String, List<StoredFeePayment>> payments = store.feePayments().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        r -> r.record().payment().memberId()));
        List<Member> shown;
        if (caller.coordinator() || caller.integration()) {
            shown = members;
        } else {
            Affiliations own = mou.affiliations(caller);
            if (!own.anyCurrent()) {
                throw new NotAllowed("Only people of the alliance's member organisations may see fees.");
            }
            shown = members.stream().filter(m -> own.attachedTo(m.id())).toList();
        }
        return new FeesDto(
                year.label(),
                rules.annualFeePence(),
                shown.stream()
                        .sorted(Comparator.comparing(Member::name).thenComparing(Member::id))
                        .map(m -> dto(m, year, payments.getOrDefault(m.id(), List.of()), today))
                        .toList());
    }

    /** One organisation's fee for the year: for coordinators, the integration user and its own people. */
    public FeeStatusDto fee(Caller caller, String memberId, AcademicYear year) {
        Member member = store.member(memberId).orElseThrow(() -> new NotFound("No member " + memberId + ".", "id"));
        if (!caller.coordinator()
                && !caller.integration()
                && !mou.affiliations(caller).attachedTo(memberId)) {
            throw new NotAllowed("Only coordinators and the organisation's own people may see its fee.");
        }
        return dto(member, year, store.feePayments(), mou.today());
    }

    /**
     * Records a payment (the caller is a coordinator: the resource checks). 400 for a missing or invalid
     * year, amount, date or reference, or a date after today; 404 for an unknown organisation; 409 when the
     * reference is already recorded for that organisation and year. Returns the organisation's fee after it.
     */
    public FeeStatusDto record(Caller coordinator, String memberId, FeePaymentRequest body) {
        if (body == null) {
            throw new InvalidInput("Send the payment: academicYear, amountPence, paidOn and reference.", null);
        }
        Member member = store.member(memberId).orElseThrow(() -> new NotFound("No member " + memberId + ".", "id"));
        if (body.academicYear() == null || body.academicYear().isBlank()) {
            throw new InvalidInput("academicYear is required, such as 2026/27", "academicYear");
        }
        AcademicYear year;
        try {
            year = AcademicYear.parse(body.academicYear());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage(), "academicYear");
        }
        // The dialog's own words for each field (Amount, Date received, Reference), from the bundle; the
        // FeePayment record's checks stay as the backstop for callers that are not the dialog.
        LocalDate today = mou.today();
        if (body.amountPence() == null) {
            throw new InvalidInput(Texts.get("compact.fees.error.amountMissing"), "amountPence");
        }
        if (body.amountPence() <= 0 || body.amountPence() > FeePayment.MAX_AMOUNT_PENCE) {
            throw new InvalidInput(
                    Texts.get("compact.fees.error.amountRange", EnGb.pounds(FeePayment.MAX_AMOUNT_PENCE)),
                    "amountPence");
        }
        if (body.paidOn() == null) {
            throw new InvalidInput(Texts.get("compact.fees.error.paidOnMissing"), "paidOn");
        }
        if (body.paidOn().isAfter(today)) {
            throw new InvalidInput(Texts.get("compact.fees.error.paidOnFuture", EnGb.date(today)), "paidOn");
        }
        String reference = body.reference() == null ? "" : body.reference().strip();
        if (reference.isEmpty()) {
            throw new InvalidInput(Texts.get("compact.fees.error.referenceMissing"), "reference");
        }
        if (reference.length() > FeePayment.MAX_REFERENCE_LENGTH) {
            throw new InvalidInput(
                    Texts.get("compact.fees.error.referenceLength", FeePayment.MAX_REFERENCE_LENGTH), "reference");
        }
        FeePayment payment;
        try {
            payment = new FeePayment(memberId, year, body.amountPence(), body.paidOn(), reference);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(e);
        }
        try {
            store.addFeePayment(new FeePaymentRecord(payment, by(coordinator), Instant.now(clock)));
        } catch (StoreConflictException e) {
            throw new Conflict(
                    "A payment with reference " + payment.reference() + " is already recorded for " + member.name()
                            + " in " + year.label() + ". Reverse that payment first if it was recorded by mistake.",
                    "reference");
        }
        return dto(member, year, store.feePayments(), today);
    }

    /**
     * Reverses payment {@code paymentId} of {@code memberId}, recorded by mistake (the caller is a coordinator:
     * the resource checks). An accountant's reversal: a correcting entry of its own refers to the payment,
     * which stays in the history and no longer counts, so what is owed is recomputed and the payment's
     * reference may be recorded again. 400 for a missing body or a reason that is blank or over {@value
     * FeeReversalRecord#MAX_REASON_LENGTH} characters; 404 for an unknown organisation, or a payment that is
     * not stored or is another organisation's; 409 when it is already reversed. Returns the organisation's fee
     * for the payment's academic year after it.
     *
     * @param paymentId the payment's id as the path gives it; one that is not a number names no payment (404)
     */
    public FeeStatusDto reverse(Caller coordinator, String memberId, String paymentId, FeeReversalRequest body) {
        String given =
                body == null || body.reason() == null ? "" : body.reason().strip();
        if (given.isEmpty()) {
            throw new InvalidInput(Texts.get("compact.fees.error.reasonMissing"), "reason");
        }
        if (given.length() > FeeReversalRecord.MAX_REASON_LENGTH) {
            throw new InvalidInput(
                    Texts.get("compact.fees.error.reasonLength", FeeReversalRecord.MAX_REASON_LENGTH), "reason");
        }
        String reason;
        try {
            reason = FeeReversalRecord.reason(given);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(e);
        }
        long id = paymentId(paymentId);
        Member member = store.member(memberId).orElseThrow(() -> new NotFound("No member " + memberId + ".", "id"));
        StoredFeePayment payment = store.feePayments().stream()
                .filter(p -> p.id() == id && p.record().payment().memberId().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "No fee payment " + paymentId + " is recorded for " + member.name() + ".", "paymentId"));
        if (payment.reversed()) {
            throw new Conflict(alreadyReversed(payment, member), "paymentId");
        }
        try {
            store.reverseFeePayment(new FeeReversalRecord(id, reason, by(coordinator), Instant.now(clock)));
        } catch (StoreConflictException e) {
            throw new Conflict(alreadyReversed(payment, member), "paymentId");
        }
        return dto(member, payment.record().payment().academicYear(), store.feePayments(), mou.today());
    }

    private static String alreadyReversed(StoredFeePayment payment, Member member) {
        return "The payment with reference " + payment.record().payment().reference() + " from " + member.name()
                + " is already reversed.";
    }

    /** The id in the path; -1 (no payment) when it is not a whole number. */
    private static long paymentId(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String by(Caller coordinator) {
        return coordinator.userKey() != null ? coordinator.userKey() : coordinator.email();
    }

    /**
     * The organisation's fee for {@code year}: what is paid counts the payments not reversed only, so a
     * reversal puts the fee back as it was; the history lists every payment, each with its reversal.
     */
    private FeeStatusDto dto(Member member, AcademicYear year, List<StoredFeePayment> records, LocalDate today) {
        List<StoredFeePayment> own = records.stream()
                .filter(r -> r.record().payment().memberId().equals(member.id()))
                .filter(r -> r.record().payment().academicYear().equals(year))
                .toList();
        List<FeePayment> counted = own.stream()
                .filter(r -> !r.reversed())
                .map(r -> r.record().payment())
                .toList();
        FeeStatus status = Fees.status(member, membership, year, counted, rules, today);
        return new FeeStatusDto(
                member.id(),
                member.name(),
                year.label(),
                status.state().name(),
                status.duePence(),
                status.paidPence(),
                status.outstandingPence(),
                status.dueBy(),
                own.stream()
                        .sorted(Comparator.comparing((StoredFeePayment r) ->
                                        r.record().payment().paidOn())
                                .thenComparing(StoredFeePayment::id))
                        .map(FeeService::paymentDto)
                        .toList());
    }

    private static FeePaymentDto paymentDto(StoredFeePayment r) {
        FeePaymentRecord record = r.record();
        FeeReversalRecord reversal = r.reversal();
        return new FeePaymentDto(
                r.id(),
                record.payment().amountPence(),
                record.payment().paidOn(),
                record.payment().reference(),
                record.recordedAt(),
                reversal == null ? null : new FeeReversalDto(reversal.reason(), reversal.recordedAt()));
    }
}
