package org.alliancecompact.confluence.storage;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.register.CategoryAssignment;

/**
 * The plugin's system of record. Signatures, withdrawals, register changes and engagement reports are
 * append-only: there is no method to change or remove one. Implementations: Active Objects inside
 * Confluence, JDBC (H2) in the preview server.
 */
public interface CompactStore {

    /** Runs {@code work} in one transaction: everything it stores is kept, or nothing is. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * A token that changes in every transaction that stores anything, on any cluster node; a token is
     * never reused, so a cache keyed by it cannot serve contents that were rolled back. Read it before
     * the data it vouches for.
     */
    String version();

    List<Member> members();

    Optional<Member> member(String id);

    /** Stores a new member; {@link StoreConflictException} when the id is taken. */
    void createMember(Member member);

    /** Replaces an existing member; {@link java.util.NoSuchElementException} when there is none. */
    void updateMember(Member member);

    /** Every edition, oldest (number 1) first. */
    List<MouEdition> editions();

    Optional<MouEdition> edition(String id);

    /** The edition with the highest number. */
    default Optional<MouEdition> currentEdition() {
        List<MouEdition> all = editions();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Stores a new edition; {@link StoreConflictException} when its id or number is taken. */
    void addEdition(MouEdition edition);

    /** The draft of the next edition, if a coordinator has started one. */
    Optional<StoredDraft> draft();

    /** Stores the draft of the next edition, replacing any earlier one (the last save wins). */
    void saveDraft(StoredDraft draft);

    /**
     * Stores {@code edition} as the next edition and removes the draft, in one transaction;
     * {@link StoreConflictException} when its id or number is taken (another publication won the race).
     */
    void publishDraft(MouEdition edition);

    /** Every signature, oldest first. */
    List<Signature> signatures();

    /** Signatures of one edition, oldest first. */
    List<Signature> signatures(String editionId);

    /**
     * Appends a signature. The store itself refuses a second signature for the same edition, member and
     * role since the member's latest withdrawal ({@link StoreConflictException}), even when two requests
     * race on different cluster nodes. A signature for a member that is not stored is refused
     * ({@link java.util.NoSuchElementException}).
     */
    void addSignature(Signature signature);

    List<Withdrawal> withdrawals();

    void addWithdrawal(Withdrawal withdrawal);

    /** Every category change, oldest first. */
    List<CategoryAssignment> registerHistory();

    /** One member's category changes, oldest first. */
    default List<CategoryAssignment> registerHistory(String memberId) {
        return registerHistory().stream()
                .filter(a -> a.memberId().equals(memberId))
                .toList();
    }

    void addCategoryAssignment(CategoryAssignment assignment);

    /** Support assignments, one per support request. */
    List<SupportAssignment> supportAssignments();

    /** Records the state of the assignment for {@code assignment.requestId()} (latest state wins). */
    void putSupportAssignment(SupportAssignment assignment);

    /** Engagement reports, oldest first. */
    List<EngagementReport> engagementReports();

    void addEngagementReport(EngagementReport report);

    /** Fee payments of every organisation and year, oldest recorded first, each with its reversal if any. */
    List<StoredFeePayment> feePayments();

    /**
     * Appends a fee payment and returns its id. The store refuses a reference, ignoring case, that a payment
     * not reversed already has for that organisation and academic year ({@link StoreConflictException}: a
     * payment entered twice, even from two cluster nodes at once; once every payment with it is reversed the
     * reference may be recorded again), and a payment for an organisation that is not stored ({@link
     * java.util.NoSuchElementException}).
     */
    long addFeePayment(FeePaymentRecord record);

    /**
     * Appends the reversal of payment {@code reversal.paymentId()}; the payment row is not changed. {@link
     * java.util.NoSuchElementException} for a payment that is not stored, {@link StoreConflictException} when
     * it is already reversed (a payment is reversed once, even when two nodes race).
     */
    void reverseFeePayment(FeeReversalRecord reversal);
}
