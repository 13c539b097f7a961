package org.alliancecompact.confluence.storage.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.storage.EngagementReport;
import org.alliancecompact.confluence.storage.JsonColumns;
import org.alliancecompact.confluence.storage.SignatureSlot;
import org.alliancecompact.confluence.storage.StoreConflictException;
import org.alliancecompact.confluence.storage.SupportAssignment;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The store on a JDBC database (H2 in the preview server), schema by Flyway ({@code db/compact}). Every
 * public method runs in a transaction; calls made inside {@link #inTransaction} share its handle.
 */
public final class JdbcCompactStore implements CompactStore {

    private final Jdbi jdbi;
    private final JsonColumns json = new JsonColumns();
    /** The handle of the transaction running on this thread, if any (per store instance, not static). */
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /**
     * The members as read once inside the transaction running on this thread: one request reads them
     * several times (caller, visibility, signing status, names), and within one transaction they are
     * one snapshot anyway. Dropped when a member is written and when the transaction ends.
     */
    private final ThreadLocal<List<Member>> membersInTransaction = new ThreadLocal<>();

    public JdbcCompactStore(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/compact")
                .load()
                .migrate();
        this.jdbi = Jdbi.create(dataSource);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return tx(h -> work.get());
    }

    private <T> T tx(Function<Handle, T> work) {
        Handle open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        return jdbi.inTransaction(h -> {
            current.set(h);
            try {
                return work.apply(h);
            } finally {
                current.remove();
                membersInTransaction.remove();
            }
        });
    }

    /** Runs a write in the transaction and gives the store a new version token in the same transaction. */
    private void write(java.util.function.Consumer<Handle> work) {
        tx(h -> {
            work.accept(h);
            h.createUpdate("UPDATE store_version SET token = :token WHERE id = 1")
                    .bind("token", UUID.randomUUID().toString())
                    .execute();
            return null;
        });
    }

    @Override
    public String version() {
        return tx(h -> h.createQuery("SELECT token FROM store_version WHERE id = 1")
                .mapTo(String.class)
                .one());
    }

    // ---- members

    @Override
    public List<Member> members() {
        return tx(h -> {
            List<Member> snapshot = membersInTransaction.get();
            if (snapshot == null) {
                snapshot = List.copyOf(h.createQuery("SELECT * FROM member ORDER BY name, id")
                        .map((rs, ctx) -> member(rs))
                        .list());
                membersInTransaction.set(snapshot);
            }
            return snapshot;
        });
    }

    @Override
    public Optional<Member> member(String id) {
        return tx(h -> h.createQuery("SELECT * FROM member WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> member(rs))
                .findOne());
    }

    @Override
    public void createMember(Member m) {
        membersInTransaction.remove();
        write(h -> {
            if (member(m.id()).isPresent()) {
                throw new StoreConflictException("a member with id " + m.id() + " already exists");
            }
            h.createUpdate("""
                            INSERT INTO member (id, name, kind, phase, state, joined_on, people_json)
                            VALUES (:id, :name, :kind, :phase, :state, :joinedOn, :people)""")
                    .bind("id", m.id())
                    .bind("name", m.name())
                    .bind("kind", m.kind().name())
                    .bind("phase", m.phase().name())
                    .bind("state", m.state().name())
                    .bind("joinedOn", m.joinedOn())
                    .bind("people", json.people(m.people()))
                    .execute();
        });
    }

    @Override
    public void updateMember(Member m) {
        membersInTransaction.remove();
        write(h -> {
            int rows = h.createUpdate("""
                            UPDATE member SET name = :name, kind = :kind, phase = :phase, state = :state,
                                joined_on = :joinedOn, people_json = :people WHERE id = :id""")
                    .bind("id", m.id())
                    .bind("name", m.name())
                    .bind("kind", m.kind().name())
                    .bind("phase", m.phase().name())
                    .bind("state", m.state().name())
                    .bind("joinedOn", m.joinedOn())
                    .bind("people", json.people(m.people()))
                    .execute();
            if (rows == 0) {
                throw new NoSuchElementException("no member with id " + m.id());
            }
        });
    }

    private Member member(ResultSet rs) throws SQLException {
        return new Member(
                rs.getString("id"),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                Phase.valueOf(rs.getString("phase")),
                MembershipState.valueOf(rs.getString("state")),
                rs.getObject("joined_on", java.time.LocalDate.class),
                json.people(rs.getString("people_json")));
    }

    // ---- editions

    @Override
    public List<MouEdition> editions() {
        return tx(h -> h.createQuery("SELECT * FROM mou_edition ORDER BY number")
                .map((rs, ctx) -> edition(rs))
                .list());
    }

    @Override
    public Optional<MouEdition> edition(String id) {
        return tx(h -> h.createQuery("SELECT * FROM mou_edition WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> edition(rs))
                .findOne());
    }

    @Override
    public void addEdition(MouEdition e) {
        write(h -> {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM mou_edition WHERE id = :id OR number = :number")
                            .bind("id", e.id())
                            .bind("number", e.number())
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (taken) {
                throw new StoreConflictException("edition " + e.id() + " / number " + e.number() + " already exists");
            }
            h.createUpdate("""
                            INSERT INTO mou_edition (id, number, title, sections_json, effective_date, review_date, fingerprint)
                            VALUES (:id, :number, :title, :sections, :effective, :review, :fingerprint)""")
                    .bind("id", e.id())
                    .bind("number", e.number())
                    .bind("title", e.title())
                    .bind("sections", json.sections(e.sections()))
                    .bind("effective", e.effectiveDate())
                    .bind("review", e.reviewDate())
                    .bind("fingerprint", e.fingerprint())
                    .execute();
        });
    }

    private MouEdition edition(ResultSet rs) throws SQLException {
        return new MouEdition(
                rs.getString("id"),
                rs.getInt("number"),
                rs.getString("title"),
                json.sections(rs.getString("sections_json")),
                rs.getObject("effective_date", java.time.LocalDate.class),
                rs.getObject("review_date", java.time.LocalDate.class),
                rs.getString("fingerprint").trim());
    }

    // ---- signatures and withdrawals (append-only)

    @Override
    public List<Signature> signatures() {
        return tx(h -> h.createQuery("SELECT * FROM signature ORDER BY signed_at, id")
                .map((rs, ctx) -> signature(rs))
                .list());
    }

    @Override
    public List<Signature> signatures(String editionId) {
        return tx(h -> h.createQuery("SELECT * FROM signature WHERE edition_id = :e ORDER BY signed_at, id")
                .bind("e", editionId)
                .map((rs, ctx) -> signature(rs))
                .list());
    }

    @Override
    public void addSignature(Signature s) {
        write(h -> {
            long withdrawals = h.createQuery("SELECT COUNT(*) FROM withdrawal WHERE member_id = :m")
                    .bind("m", s.memberId())
                    .mapTo(Long.class)
                    .one();
            try {
                h.createUpdate("""
                                INSERT INTO signature (id, slot, edition_id, edition_fingerprint, member_id, person_email,
                                    person_name, role, signed_at, minute_reference)
                                VALUES (:id, :slot, :edition, :fingerprint, :member, :email, :name, :role, :at, :minute)""")
                        .bind("id", s.id())
                        .bind("slot", SignatureSlot.of(s, withdrawals))
                        .bind("edition", s.editionId())
                        .bind("fingerprint", s.editionFingerprint())
                        .bind("member", s.memberId())
                        .bind("email", s.personEmail())
                        .bind("name", s.personName())
                        .bind("role", s.role().name())
                        .bind("at", time(s.signedAt()))
                        .bind("minute", s.minuteReference())
                        .execute();
            } catch (UnableToExecuteStatementException e) {
                if (isUniqueViolation(e)) {
                    throw new StoreConflictException(
                            "edition " + s.editionId() + " is already signed for " + s.memberId() + " as " + s.role(),
                            e);
                }
                throw e;
            }
        });
    }

    private Signature signature(ResultSet rs) throws SQLException {
        return new Signature(
                rs.getString("id"),
                rs.getString("edition_id"),
                rs.getString("edition_fingerprint").trim(),
                rs.getString("member_id"),
                rs.getString("person_email"),
                rs.getString("person_name"),
                PersonRole.valueOf(rs.getString("role")),
                instant(rs, "signed_at"),
                rs.getString("minute_reference"));
    }

    @Override
    public List<Withdrawal> withdrawals() {
        return tx(h -> h.createQuery("SELECT * FROM withdrawal ORDER BY withdrawn_at, id")
                .map((rs, ctx) -> new Withdrawal(
                        rs.getString("id"),
                        rs.getString("member_id"),
                        instant(rs, "withdrawn_at"),
                        rs.getString("recorded_by"),
                        rs.getString("reason")))
                .list());
    }

    @Override
    public void addWithdrawal(Withdrawal w) {
        write(h -> h.createUpdate("""
                        INSERT INTO withdrawal (id, member_id, withdrawn_at, recorded_by, reason)
                        VALUES (:id, :member, :at, :by, :reason)""")
                .bind("id", w.id())
                .bind("member", w.memberId())
                .bind("at", time(w.withdrawnAt()))
                .bind("by", w.recordedBy())
                .bind("reason", w.reason())
                .execute());
    }

    // ---- register (append-only history)

    @Override
    public List<CategoryAssignment> registerHistory() {
        return tx(h -> h.createQuery("SELECT * FROM category_change ORDER BY seq")
                .map((rs, ctx) -> categoryAssignment(rs))
                .list());
    }

    @Override
    public List<CategoryAssignment> registerHistory(String memberId) {
        return tx(h -> h.createQuery("SELECT * FROM category_change WHERE member_id = :m ORDER BY seq")
                .bind("m", memberId)
                .map((rs, ctx) -> categoryAssignment(rs))
                .list());
    }

    @Override
    public void addCategoryAssignment(CategoryAssignment a) {
        write(h -> h.createUpdate("""
                        INSERT INTO category_change (member_id, category, criteria, set_by, set_at, reason, next_review)
                        VALUES (:member, :category, :criteria, :by, :at, :reason, :next)""")
                .bind("member", a.memberId())
                .bind("category", a.category().name())
                .bind("criteria", String.join(",", new TreeSet<>(a.criteria())))
                .bind("by", a.setBy())
                .bind("at", time(a.setAt()))
                .bind("reason", a.reason())
                .bind("next", a.nextReview())
                .execute());
    }

    private CategoryAssignment categoryAssignment(ResultSet rs) throws SQLException {
        String criteria = rs.getString("criteria");
        Set<String> codes = criteria.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(criteria.split(",")));
        return new CategoryAssignment(
                rs.getString("member_id"),
                SupportCategory.valueOf(rs.getString("category")),
                codes,
                rs.getString("set_by"),
                instant(rs, "set_at"),
                rs.getString("reason"),
                rs.getObject("next_review", java.time.LocalDate.class));
    }

    // ---- support assignments and engagement

    @Override
    public List<SupportAssignment> supportAssignments() {
        return tx(h -> h.createQuery("SELECT * FROM support_assignment ORDER BY request_id")
                .map((rs, ctx) -> new SupportAssignment(
                        rs.getString("request_id"),
                        rs.getString("provider_member_id"),
                        rs.getString("recipient_member_id"),
                        SupportAssignment.State.valueOf(rs.getString("state")),
                        instant(rs, "updated_at")))
                .list());
    }

    @Override
    public void putSupportAssignment(SupportAssignment a) {
        write(h -> h.createUpdate("""
                        MERGE INTO support_assignment (request_id, provider_member_id, recipient_member_id, state, updated_at)
                        KEY (request_id) VALUES (:id, :provider, :recipient, :state, :at)""")
                .bind("id", a.requestId())
                .bind("provider", a.providerMemberId())
                .bind("recipient", a.recipientMemberId())
                .bind("state", a.state().name())
                .bind("at", time(a.updatedAt()))
                .execute());
    }

    @Override
    public List<EngagementReport> engagementReports() {
        return tx(h -> h.createQuery("SELECT * FROM engagement_report ORDER BY seq")
                .map((rs, ctx) -> new EngagementReport(
                        rs.getString("member_id"),
                        rs.getInt("level"),
                        json.strings(rs.getString("reasons_json")),
                        instant(rs, "reported_at")))
                .list());
    }

    @Override
    public void addEngagementReport(EngagementReport r) {
        write(h -> h.createUpdate("""
                        INSERT INTO engagement_report (member_id, level, reasons_json, reported_at)
                        VALUES (:member, :level, :reasons, :at)""")
                .bind("member", r.memberId())
                .bind("level", r.level())
                .bind("reasons", json.strings(r.reasons()))
                .bind("at", time(r.at()))
                .execute());
    }

    // ---- helpers

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t.toInstant();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
