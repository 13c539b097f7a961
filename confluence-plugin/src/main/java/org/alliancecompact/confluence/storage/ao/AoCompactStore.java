package org.alliancecompact.confluence.storage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.storage.EngagementReport;
import org.alliancecompact.confluence.storage.FeePaymentRecord;
import org.alliancecompact.confluence.storage.FeeReversalRecord;
import org.alliancecompact.confluence.storage.JsonColumns;
import org.alliancecompact.confluence.storage.SignatureSlot;
import org.alliancecompact.confluence.storage.StoreConflictException;
import org.alliancecompact.confluence.storage.StoredDraft;
import org.alliancecompact.confluence.storage.StoredFeePayment;
import org.alliancecompact.confluence.storage.SupportAssignment;
import org.alliancecompact.confluence.storage.WithdrawalSlot;
import org.alliancecompact.model.fee.FeePayment;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.mou.EditionDraft;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.time.AcademicYear;

/**
 * The store on Confluence's Active Objects. Dates and instants are ISO-8601 text (exact, portable across
 * the databases Data Center supports); order is by the AO ID, i.e. the order things were stored. The
 * unique SLOT column keeps a second signature out even when two cluster nodes race.
 */
public final class AoCompactStore implements CompactStore {

    private final ActiveObjects ao;
    private final JsonColumns json = new JsonColumns();

    public AoCompactStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    /** Runs a write in a transaction and replaces the store's version token in the same transaction. */
    private <T> T write(Supplier<T> work) {
        return inTransaction(() -> {
            T result = work.get();
            StoreVersionEntity[] versions =
                    ao.find(StoreVersionEntity.class, Query.select().order("ID"));
            String token = UUID.randomUUID().toString();
            if (versions.length == 0) {
                ao.create(StoreVersionEntity.class, Map.of("TOKEN", token));
            } else {
                versions[0].setToken(token);
                versions[0].save();
            }
            return result;
        });
    }

    /**
     * The token of every version row: normally one, but two nodes creating the first row at once may
     * leave two, and the joined tokens still change whenever either is replaced.
     */
    @Override
    public String version() {
        StoreVersionEntity[] versions =
                ao.find(StoreVersionEntity.class, Query.select().order("ID"));
        return versions.length == 0
                ? "none"
                : Arrays.stream(versions).map(StoreVersionEntity::getToken).collect(Collectors.joining(","));
    }

    // ---- members

    @Override
    public List<Member> members() {
        return Arrays.stream(ao.find(MemberEntity.class, Query.select().order("NAME, ID")))
                .map(this::member)
                .toList();
    }

    @Override
    public Optional<Member> member(String id) {
        return findMember(id).map(this::member);
    }

    private Optional<MemberEntity> findMember(String id) {
        return Arrays.stream(ao.find(MemberEntity.class, Query.select().where("MEMBER_ID = ?", id)))
                .findFirst();
    }

    @Override
    public void createMember(Member m) {
        write(() -> {
            if (findMember(m.id()).isPresent()) {
                throw new StoreConflictException("a member with id " + m.id() + " already exists");
            }
            Map<String, Object> row = new HashMap<>();
            row.put("MEMBER_ID", m.id());
            row.put("NAME", m.name());
            row.put("KIND", m.kind().name());
            row.put("PHASE", m.phase().name());
            row.put("STATE", m.state().name());
            row.put("JOINED_ON", m.joinedOn().toString());
            row.put("PEOPLE_JSON", json.people(m.people()));
            ao.create(MemberEntity.class, row);
            return null;
        });
    }

    @Override
    public void updateMember(Member m) {
        write(() -> {
            MemberEntity e =
                    findMember(m.id()).orElseThrow(() -> new NoSuchElementException("no member with id " + m.id()));
            e.setName(m.name());
            e.setKind(m.kind().name());
            e.setPhase(m.phase().name());
            e.setState(m.state().name());
            e.setJoinedOn(m.joinedOn().toString());
            e.setPeopleJson(json.people(m.people()));
            e.save();
            return null;
        });
    }

    private Member member(MemberEntity e) {
        return new Member(
                e.getMemberId(),
                e.getName(),
                OrganisationKind.valueOf(e.getKind()),
                Phase.valueOf(e.getPhase()),
                MembershipState.valueOf(e.getState()),
                LocalDate.parse(e.getJoinedOn()),
                json.people(e.getPeopleJson()));
    }

    // ---- editions

    @Override
    public List<MouEdition> editions() {
        return Arrays.stream(ao.find(EditionEntity.class, Query.select().order("EDITION_NUMBER")))
                .map(this::edition)
                .toList();
    }

    @Override
    public Optional<MouEdition> edition(String id) {
        return Arrays.stream(ao.find(EditionEntity.class, Query.select().where("EDITION_ID = ?", id)))
                .findFirst()
                .map(this::edition);
    }

    @Override
    public void addEdition(MouEdition e) {
        write(() -> {
            int taken = ao.count(
                    EditionEntity.class,
                    Query.select().where("EDITION_ID = ? OR EDITION_NUMBER = ?", e.id(), e.number()));
            if (taken > 0) {
                throw new StoreConflictException("edition " + e.id() + " / number " + e.number() + " already exists");
            }
            Map<String, Object> row = new HashMap<>();
            row.put("EDITION_ID", e.id());
            row.put("EDITION_NUMBER", e.number());
            row.put("TITLE", e.title());
            row.put("SECTIONS_JSON", json.sections(e.sections()));
            row.put("EFFECTIVE_DATE", e.effectiveDate().toString());
            row.put("REVIEW_DATE", e.reviewDate().toString());
            row.put("FINGERPRINT", e.fingerprint());
            createOrConflict(EditionEntity.class, row, "edition " + e.number() + " was published at the same moment");
            return null;
        });
    }

    // ---- the draft of the next edition

    private static final String DRAFT_KEY = "next";

    @Override
    public Optional<StoredDraft> draft() {
        return Arrays.stream(ao.find(EditionDraftEntity.class, Query.select().where("DRAFT_KEY = ?", DRAFT_KEY)))
                .findFirst()
                .map(e -> new StoredDraft(
                        new EditionDraft(e.getBasedOnEditionId(), e.getTitle(), json.sections(e.getSectionsJson())),
                        e.getUpdatedBy(),
                        Instant.parse(e.getUpdatedAt())));
    }

    @Override
    public void saveDraft(StoredDraft d) {
        write(() -> {
            EditionDraftEntity[] rows =
                    ao.find(EditionDraftEntity.class, Query.select().where("DRAFT_KEY = ?", DRAFT_KEY));
            if (rows.length > 0) {
                EditionDraftEntity e = rows[0];
                e.setBasedOnEditionId(d.draft().basedOnEditionId());
                e.setTitle(d.draft().title());
                e.setSectionsJson(json.sections(d.draft().sections()));
                e.setUpdatedBy(d.updatedBy());
                e.setUpdatedAt(d.updatedAt().toString());
                e.save();
                return null;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("DRAFT_KEY", DRAFT_KEY);
            row.put("BASED_ON_EDITION_ID", d.draft().basedOnEditionId());
            row.put("TITLE", d.draft().title());
            row.put("SECTIONS_JSON", json.sections(d.draft().sections()));
            row.put("UPDATED_BY", d.updatedBy());
            row.put("UPDATED_AT", d.updatedAt().toString());
            createOrConflict(EditionDraftEntity.class, row, "the draft was started at the same moment elsewhere");
            return null;
        });
    }

    @Override
    public void publishDraft(MouEdition edition) {
        write(() -> {
            addEdition(edition);
            ao.delete(ao.find(EditionDraftEntity.class, Query.select().where("DRAFT_KEY = ?", DRAFT_KEY)));
            return null;
        });
    }

    private MouEdition edition(EditionEntity e) {
        return new MouEdition(
                e.getEditionId(),
                e.getEditionNumber(),
                e.getTitle(),
                json.sections(e.getSectionsJson()),
                LocalDate.parse(e.getEffectiveDate()),
                LocalDate.parse(e.getReviewDate()),
                e.getFingerprint());
    }

    // ---- signatures and withdrawals (append-only)

    @Override
    public List<Signature> signatures() {
        return Arrays.stream(ao.find(SignatureEntity.class, Query.select().order("ID")))
                .map(this::signature)
                .toList();
    }

    @Override
    public List<Signature> signatures(String editionId) {
        return Arrays.stream(ao.find(
                        SignatureEntity.class,
                        Query.select().where("EDITION_ID = ?", editionId).order("ID")))
                .map(this::signature)
                .toList();
    }

    @Override
    public void addSignature(Signature s) {
        write(() -> {
            if (findMember(s.memberId()).isEmpty()) {
                throw new NoSuchElementException("no member with id " + s.memberId());
            }
            int withdrawals = ao.count(WithdrawalEntity.class, Query.select().where("MEMBER_ID = ?", s.memberId()));
            String slot = SignatureSlot.of(s, withdrawals);
            String conflict = "edition " + s.editionId() + " is already signed for " + s.memberId() + " as " + s.role();
            if (ao.count(SignatureEntity.class, Query.select().where("SLOT = ?", slot)) > 0) {
                throw new StoreConflictException(conflict);
            }
            Map<String, Object> row = new HashMap<>();
            row.put("SIGNATURE_ID", s.id());
            row.put("SLOT", slot);
            row.put("EDITION_ID", s.editionId());
            row.put("EDITION_FINGERPRINT", s.editionFingerprint());
            row.put("MEMBER_ID", s.memberId());
            row.put("PERSON_EMAIL", s.personEmail());
            row.put("PERSON_NAME", s.personName());
            row.put("SIGNER_ROLE", s.role().name());
            row.put("SIGNED_AT", s.signedAt().toString());
            row.put("MINUTE_REFERENCE", s.minuteReference());
            createOrConflict(SignatureEntity.class, row, conflict);
            return null;
        });
    }

    private Signature signature(SignatureEntity e) {
        return new Signature(
                e.getSignatureId(),
                e.getEditionId(),
                e.getEditionFingerprint(),
                e.getMemberId(),
                e.getPersonEmail(),
                e.getPersonName(),
                PersonRole.valueOf(e.getSignerRole()),
                Instant.parse(e.getSignedAt()),
                e.getMinuteReference());
    }

    @Override
    public List<Withdrawal> withdrawals() {
        return Arrays.stream(ao.find(WithdrawalEntity.class, Query.select().order("ID")))
                .map(e -> new Withdrawal(
                        e.getWithdrawalId(),
                        e.getMemberId(),
                        Instant.parse(e.getWithdrawnAt()),
                        e.getRecordedBy(),
                        e.getReason()))
                .toList();
    }

    @Override
    public void addWithdrawal(Withdrawal w) {
        Map<String, Object> row = new HashMap<>();
        row.put("WITHDRAWAL_ID", w.id());
        row.put("MEMBER_ID", w.memberId());
        row.put("WITHDRAWN_AT", w.withdrawnAt().toString());
        row.put("RECORDED_BY", w.recordedBy());
        row.put("REASON", w.reason());
        write(() -> {
            int signatures = ao.count(SignatureEntity.class, Query.select().where("MEMBER_ID = ?", w.memberId()));
            String slot = WithdrawalSlot.of(w.memberId(), signatures);
            String conflict = w.memberId() + " has already withdrawn; it must sign again before it can withdraw again";
            if (ao.count(WithdrawalSlotEntity.class, Query.select().where("SLOT = ?", slot)) > 0) {
                throw new StoreConflictException(conflict);
            }
            createOrConflict(WithdrawalSlotEntity.class, Map.of("SLOT", slot, "WITHDRAWAL_ID", w.id()), conflict);
            return ao.create(WithdrawalEntity.class, row);
        });
    }

    // ---- register history (append-only)

    @Override
    public List<CategoryAssignment> registerHistory() {
        return Arrays.stream(ao.find(CategoryChangeEntity.class, Query.select().order("ID")))
                .map(this::categoryAssignment)
                .toList();
    }

    @Override
    public List<CategoryAssignment> registerHistory(String memberId) {
        return Arrays.stream(ao.find(
                        CategoryChangeEntity.class,
                        Query.select().where("MEMBER_ID = ?", memberId).order("ID")))
                .map(this::categoryAssignment)
                .toList();
    }

    @Override
    public void addCategoryAssignment(CategoryAssignment a) {
        Map<String, Object> row = new HashMap<>();
        row.put("MEMBER_ID", a.memberId());
        row.put("CATEGORY", a.category().name());
        // No criterion is NULL, not "": AO refuses an empty string (model version 3 made the column nullable).
        row.put("CRITERIA", a.criteria().isEmpty() ? null : String.join(",", new TreeSet<>(a.criteria())));
        row.put("SET_BY", a.setBy());
        row.put("SET_AT", a.setAt().toString());
        row.put("REASON", a.reason());
        row.put("NEXT_REVIEW", a.nextReview().toString());
        write(() -> ao.create(CategoryChangeEntity.class, row));
    }

    private CategoryAssignment categoryAssignment(CategoryChangeEntity e) {
        String criteria = e.getCriteria();
        Set<String> codes = criteria == null || criteria.isEmpty() ? Set.of() : Set.of(criteria.split(","));
        return new CategoryAssignment(
                e.getMemberId(),
                SupportCategory.valueOf(e.getCategory()),
                codes,
                e.getSetBy(),
                Instant.parse(e.getSetAt()),
                e.getReason(),
                LocalDate.parse(e.getNextReview()));
    }

    // ---- support assignments and engagement

    @Override
    public List<SupportAssignment> supportAssignments() {
        return Arrays.stream(
                        ao.find(SupportAssignmentEntity.class, Query.select().order("REQUEST_ID")))
                .map(e -> new SupportAssignment(
                        e.getRequestId(),
                        e.getProviderMemberId(),
                        e.getRecipientMemberId(),
                        SupportAssignment.State.valueOf(e.getState()),
                        Instant.parse(e.getUpdatedAt())))
                .toList();
    }

    @Override
    public void putSupportAssignment(SupportAssignment a) {
        write(() -> {
            Optional<SupportAssignmentEntity> existing = Arrays.stream(ao.find(
                            SupportAssignmentEntity.class, Query.select().where("REQUEST_ID = ?", a.requestId())))
                    .findFirst();
            if (existing.isPresent()) {
                SupportAssignmentEntity e = existing.get();
                e.setProviderMemberId(a.providerMemberId());
                e.setRecipientMemberId(a.recipientMemberId());
                e.setState(a.state().name());
                e.setUpdatedAt(a.updatedAt().toString());
                e.save();
            } else {
                Map<String, Object> row = new HashMap<>();
                row.put("REQUEST_ID", a.requestId());
                row.put("PROVIDER_MEMBER_ID", a.providerMemberId());
                row.put("RECIPIENT_MEMBER_ID", a.recipientMemberId());
                row.put("STATE", a.state().name());
                row.put("UPDATED_AT", a.updatedAt().toString());
                ao.create(SupportAssignmentEntity.class, row);
            }
            return null;
        });
    }

    @Override
    public List<EngagementReport> engagementReports() {
        return Arrays.stream(
                        ao.find(EngagementReportEntity.class, Query.select().order("ID")))
                .map(e -> new EngagementReport(
                        e.getMemberId(),
                        e.getLadderLevel(),
                        json.strings(e.getReasonsJson()),
                        Instant.parse(e.getReportedAt())))
                .toList();
    }

    @Override
    public void addEngagementReport(EngagementReport r) {
        Map<String, Object> row = new HashMap<>();
        row.put("MEMBER_ID", r.memberId());
        row.put("LADDER_LEVEL", r.level());
        row.put("REASONS_JSON", json.strings(r.reasons()));
        row.put("REPORTED_AT", r.at().toString());
        write(() -> ao.create(EngagementReportEntity.class, row));
    }

    // ---- fee payments (Bolton 25) and their reversals (issue 18 review)

    @Override
    public List<StoredFeePayment> feePayments() {
        Map<Integer, FeeReversalRecord> reversals = new HashMap<>();
        for (FeeReversalEntity e :
                ao.find(FeeReversalEntity.class, Query.select().order("ID"))) {
            reversals.put(
                    e.getPaymentId(),
                    new FeeReversalRecord(
                            e.getPaymentId(), e.getReason(), e.getRecordedBy(), Instant.parse(e.getRecordedAt())));
        }
        return Arrays.stream(ao.find(FeePaymentEntity.class, Query.select().order("ID")))
                .map(e -> new StoredFeePayment(e.getID(), record(e), reversals.get(e.getID())))
                .toList();
    }

    private static FeePaymentRecord record(FeePaymentEntity e) {
        return new FeePaymentRecord(
                new FeePayment(
                        e.getMemberId(),
                        new AcademicYear(e.getAcademicYear()),
                        e.getAmountPence(),
                        LocalDate.parse(e.getPaidOn()),
                        e.getReference()),
                e.getRecordedBy(),
                Instant.parse(e.getRecordedAt()));
    }

    @Override
    public long addFeePayment(FeePaymentRecord r) {
        FeePayment p = r.payment();
        String conflict = "a payment with reference " + p.reference() + " is already recorded for " + p.memberId()
                + " in " + p.academicYear().label();
        return write(() -> {
            if (ao.count(MemberEntity.class, Query.select().where("MEMBER_ID = ?", p.memberId())) == 0) {
                throw new NoSuchElementException("no member " + p.memberId());
            }
            // Earlier payments with this reference for the organisation and year: each must have been reversed,
            // and the new row's slot counts them, so two nodes recording it again at once still collide.
            String base = feeSlot(p);
            List<FeePaymentEntity> earlier = Arrays.stream(ao.find(
                            FeePaymentEntity.class,
                            Query.select()
                                    .where(
                                            "MEMBER_ID = ? AND ACADEMIC_YEAR = ?",
                                            p.memberId(),
                                            p.academicYear().startYear())))
                    .filter(e -> e.getSlot().equals(base) || e.getSlot().startsWith(base + "|"))
                    .toList();
            for (FeePaymentEntity e : earlier) {
                if (ao.count(FeeReversalEntity.class, Query.select().where("PAYMENT_ID = ?", e.getID())) == 0) {
                    throw new StoreConflictException(conflict);
                }
            }
            Map<String, Object> row = new HashMap<>();
            row.put("MEMBER_ID", p.memberId());
            row.put("ACADEMIC_YEAR", p.academicYear().startYear());
            row.put("AMOUNT_PENCE", p.amountPence());
            row.put("PAID_ON", p.paidOn().toString());
            row.put("REFERENCE", p.reference());
            row.put("SLOT", earlier.isEmpty() ? base : base + "|" + earlier.size());
            row.put("RECORDED_BY", r.recordedBy());
            row.put("RECORDED_AT", r.recordedAt().toString());
            return (long)
                    createOrConflict(FeePaymentEntity.class, row, conflict).getID();
        });
    }

    @Override
    public void reverseFeePayment(FeeReversalRecord r) {
        write(() -> {
            // AO's get() would hand back a proxy for any id: count the row instead
            if (r.paymentId() > Integer.MAX_VALUE
                    || ao.count(FeePaymentEntity.class, Query.select().where("ID = ?", (int) r.paymentId())) == 0) {
                throw new NoSuchElementException("no fee payment " + r.paymentId());
            }
            String conflict = "fee payment " + r.paymentId() + " is already reversed";
            if (ao.count(FeeReversalEntity.class, Query.select().where("PAYMENT_ID = ?", (int) r.paymentId())) > 0) {
                throw new StoreConflictException(conflict);
            }
            Map<String, Object> row = new HashMap<>();
            row.put("PAYMENT_ID", (int) r.paymentId());
            row.put("REASON", r.reason());
            row.put("RECORDED_BY", r.recordedBy());
            row.put("RECORDED_AT", r.recordedAt().toString());
            return createOrConflict(FeeReversalEntity.class, row, conflict);
        });
    }

    /**
     * "member|year|digest": the reference in lower case is hashed (SHA-256, hex) so the slot has a fixed
     * length whatever the reference's characters (lower-casing can lengthen text). A reference recorded again
     * after its payments were reversed gets "|n", n the number of earlier payments with it (at most 140
     * characters in all: a 64-character member id leaves room for n up to 99,999).
     */
    private static String feeSlot(FeePayment p) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(p.reference()
                            .toLowerCase(java.util.Locale.ROOT)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return p.memberId() + "|" + p.academicYear().startYear() + "|"
                    + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Creates the row; a unique-constraint violation (a race lost to another node) becomes a conflict. */
    private <T extends net.java.ao.RawEntity<K>, K> T createOrConflict(
            Class<T> type, Map<String, Object> row, String conflictMessage) {
        try {
            return ao.create(type, row);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("23")) {
                    throw new StoreConflictException(conflictMessage, e);
                }
            }
            throw e;
        }
    }
}
