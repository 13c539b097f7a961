package org.alliancecompact.confluence.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.rest.ApiException;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.storage.StoreConflictException;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.confluence.storage.StoreSnapshots;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.api.WithdrawalRequest;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MemberSigningStatus;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.MouFingerprint;
import org.alliancecompact.model.mou.MouTemplate;
import org.alliancecompact.model.mou.SignDecision;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.SigningRules;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.profile.AllianceProfile;

/**
 * MOU editions, signing and signing status, on the store, with the rules of {@code SigningRules}. Used by
 * the REST resources and the macros alike.
 */
public final class MouService {

    private final CompactStore store;
    /** Reads for pages and REST come from here: one small version read per request when nothing changed. */
    private final StoreSnapshots snapshots;

    private final AllianceProfile profile;
    /** The fingerprint of the profile's MOU wording: the profile never changes while the plugin runs. */
    private final String templateFingerprint;

    private final Clock clock;

    public MouService(CompactStore store, ProfileSource profile, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = new StoreSnapshots(store);
        this.profile = Objects.requireNonNull(profile, "profile").profile();
        this.templateFingerprint =
                MouFingerprint.of(this.profile.mou().title(), this.profile.mou().sections());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AllianceProfile profile() {
        return profile;
    }

    /** What the store holds now, shared by every reader until something is stored. */
    public StoreSnapshot snapshot() {
        return snapshots.current();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(profile.timeZone()));
    }

    /**
     * The current edition. When the profile's MOU wording differs from the latest stored edition (or none
     * is stored) a new edition is published first: changing the clauses makes a new edition, and the
     * signatures of earlier editions stay on file as history.
     */
    public MouEdition currentEdition() {
        return currentEdition(snapshot());
    }

    /** As {@link #currentEdition()}, read from {@code snapshot} unless a new edition has to be published. */
    public MouEdition currentEdition(StoreSnapshot snapshot) {
        Optional<MouEdition> latest = snapshot.latestEdition();
        if (latest.isPresent() && latest.get().fingerprint().equals(templateFingerprint)) {
            return latest.get();
        }
        return publish(latest);
    }

    private MouEdition publish(Optional<MouEdition> latest) {
        MouTemplate template = profile.mou();
        LocalDate today = today();
        MouEdition next = latest.map(e -> e.next(
                        "edition-" + (e.number() + 1),
                        template.title(),
                        template.sections(),
                        today.isBefore(e.effectiveDate()) ? e.effectiveDate() : today,
                        profile.membership().reviewPeriod()))
                .orElseGet(() -> MouEdition.first(
                        "edition-1", template, today, profile.membership().reviewPeriod()));
        try {
            store.addEdition(next);
            return next;
        } catch (StoreConflictException raced) {
            // another cluster node published it at the same moment: use theirs
            return store.currentEdition().orElseThrow();
        }
    }

    public List<MouEdition> editions() {
        StoreSnapshot snapshot = snapshot();
        MouEdition current = currentEdition(snapshot);
        // a snapshot read before the current edition was published does not list it yet
        return snapshot.latestEdition().filter(current::equals).isPresent()
                ? snapshot.editions()
                : snapshot().editions();
    }

    public MouEdition edition(String id) {
        return edition(snapshot(), id);
    }

    private MouEdition edition(StoreSnapshot snapshot, String id) {
        MouEdition current = currentEdition(snapshot);
        if (current.id().equals(id)) {
            return current;
        }
        return snapshot.editions().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("No MOU edition " + id + ".", "id"));
    }

    /** The edition's signatures, oldest first (none yet for an edition published just now). */
    public List<Signature> signatures(String editionId) {
        StoreSnapshot snapshot = snapshot();
        edition(snapshot, editionId);
        return snapshot.signatures(editionId);
    }

    /** Records the caller's signature for their own organisation and the role they ask to sign in. */
    public Signature sign(Caller caller, String editionId, SignRequest request) {
        if (request == null || request.role() == null) {
            throw ApiException.badRequest("Say which role you sign in (for example HEAD or CHAIR).", "role");
        }
        return store.inTransaction(() -> {
            MouEdition edition = edition(editionId);
            MouEdition current = currentEdition();
            if (!current.id().equals(edition.id())) {
                throw ApiException.conflict(
                        "Edition " + edition.number() + " has been replaced by edition " + current.number()
                                + "; sign the current one.",
                        "editionId");
            }
            Member member = organisationOf(caller, request.role())
                    .orElseThrow(() -> ApiException.forbidden(
                            caller.email() + " is not listed for any member organisation, so cannot sign."));
            Person person = member.people().stream()
                    .filter(p -> p.hasEmail(caller.email()) && p.role() == request.role())
                    .findFirst()
                    .orElseGet(() -> new Person(caller.email(), caller.name(), request.role()));
            List<Signature> existing = store.signatures(edition.id());
            var withdrawals = store.withdrawals();
            SignDecision decision = SigningRules.checkSignature(
                    person,
                    member,
                    request.role(),
                    edition,
                    request.editionFingerprint(),
                    request.minuteReference(),
                    existing,
                    withdrawals,
                    profile.membership().requiredSignatories(),
                    profile.membership().minuteReferenceRequired());
            if (!decision.allowed()) {
                throw refusal(decision, member, edition, existing, withdrawals, caller, request.role());
            }
            Signature signature = new Signature(
                    UUID.randomUUID().toString(),
                    edition.id(),
                    edition.fingerprint(),
                    member.id(),
                    person.email(),
                    person.name(),
                    request.role(),
                    Instant.now(clock),
                    request.minuteReference());
            try {
                store.addSignature(signature);
            } catch (StoreConflictException e) {
                throw ApiException.conflict(
                        member.name() + " has already signed edition " + edition.number() + " as " + request.role()
                                + ".",
                        "role");
            }
            return signature;
        });
    }

    /**
     * Records that a member organisation withdraws from the MOU: its signatures stay on file but stop
     * counting, and it may sign again later. A coordinator may record it for any member; otherwise only
     * the member's own head or chair.
     */
    public Withdrawal withdraw(Caller caller, WithdrawalRequest request) {
        if (request == null || request.memberId() == null || request.memberId().isBlank()) {
            throw ApiException.badRequest("Say which member organisation withdraws (memberId).", "memberId");
        }
        return store.inTransaction(() -> {
            Member member = store.member(request.memberId())
                    .orElseThrow(() -> ApiException.badRequest("No member " + request.memberId() + ".", "memberId"));
            if (!caller.coordinator()
                    && !member.hasPerson(caller.email(), PersonRole.HEAD)
                    && !member.hasPerson(caller.email(), PersonRole.CHAIR)) {
                throw ApiException.forbidden(
                        "Only a coordinator, or " + member.name() + "'s own head or chair, may record its withdrawal.");
            }
            MouEdition edition = currentEdition();
            SignDecision decision = SigningRules.checkWithdrawal(
                    member,
                    edition,
                    store.signatures(edition.id()),
                    store.withdrawals(),
                    profile.membership().requiredSignatories(),
                    request.reason());
            if (!decision.allowed()) {
                throw "memberId".equals(decision.field())
                        ? ApiException.conflict(decision.reason(), decision.field())
                        : ApiException.badRequest(decision.reason(), decision.field());
            }
            Withdrawal withdrawal = new Withdrawal(
                    UUID.randomUUID().toString(), member.id(), Instant.now(clock), caller.email(), request.reason());
            store.addWithdrawal(withdrawal);
            return withdrawal;
        });
    }

    /** Every recorded withdrawal, oldest first. */
    public List<Withdrawal> withdrawals() {
        return snapshot().withdrawals();
    }

    /** Already signed: 409. Not this person's organisation or role: 403. Anything else is bad input: 400. */
    private ApiException refusal(
            SignDecision decision,
            Member member,
            MouEdition edition,
            List<Signature> existing,
            List<Withdrawal> withdrawals,
            Caller caller,
            PersonRole role) {
        if (role != null && profile.membership().requiredSignatories().contains(role)) {
            MemberSigningStatus status = SigningRules.statusOf(
                    member, edition, existing, withdrawals, profile.membership().requiredSignatories(), today());
            if (status.signedRoles().contains(role)) {
                return ApiException.conflict(decision.reason(), decision.field());
            }
        }
        if ("memberId".equals(decision.field())
                || ("role".equals(decision.field())
                        && role != null
                        && profile.membership().requiredSignatories().contains(role)
                        && !member.hasPerson(caller.email(), role))) {
            return ApiException.forbidden(decision.reason());
        }
        return ApiException.badRequest(decision.reason(), decision.field());
    }

    /** The organisation the caller acts for in {@code role}, else any organisation listing them. */
    public Optional<Member> organisationOf(Caller caller, PersonRole role) {
        List<Member> members = snapshot().members();
        return members.stream()
                .filter(m -> role != null && m.hasPerson(caller.email(), role))
                .findFirst()
                .or(() -> members.stream()
                        .filter(m -> m.hasPerson(caller.email()))
                        .findFirst());
    }

    /** Each current member's status on the current edition (members who left are not listed). */
    public List<MemberStatus> status() {
        StoreSnapshot snapshot = snapshot();
        return status(snapshot, currentEdition(snapshot));
    }

    /** As {@link #status()} on a snapshot already read: worked out once per snapshot, edition and day. */
    public List<MemberStatus> status(StoreSnapshot snapshot, MouEdition edition) {
        LocalDate today = today();
        return snapshot.derived(new StatusKey(edition.id(), today), s -> {
            List<Member> current =
                    s.members().stream().filter(m -> m.state().isCurrent()).toList();
            List<MemberSigningStatus> statuses = SigningRules.statusOfAll(
                    current,
                    edition,
                    s.signatures(edition.id()),
                    s.withdrawals(),
                    profile.membership().requiredSignatories(),
                    today);
            List<MemberStatus> result = new ArrayList<>(current.size());
            for (int i = 0; i < current.size(); i++) {
                result.add(new MemberStatus(current.get(i), statuses.get(i)));
            }
            return List.copyOf(result);
        });
    }

    private record StatusKey(String editionId, LocalDate today) {}

    /** Members whose organisation has fully signed the current edition: they subscribe to data sharing. */
    public Set<String> dataSharingSigners() {
        StoreSnapshot snapshot = snapshot();
        return dataSharingSigners(snapshot);
    }

    /** As {@link #dataSharingSigners()} on a snapshot already read (worked out once per snapshot and day). */
    public Set<String> dataSharingSigners(StoreSnapshot snapshot) {
        MouEdition edition = currentEdition(snapshot);
        return snapshot.derived(
                new SignersKey(edition.id(), today()),
                s -> status(s, edition).stream()
                        .filter(st -> st.status().status() == SigningStatus.SIGNED)
                        .map(st -> st.member().id())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    private record SignersKey(String editionId, LocalDate today) {}

    /**
     * The (member, role) pairs {@code caller} may sign the current edition for now, as the signing rules
     * decide (a missing minute reference does not count: the dialog asks for it).
     */
    public List<Entitlement> entitlements(Caller caller) {
        StoreSnapshot snapshot = snapshot();
        return entitlements(caller, snapshot, currentEdition(snapshot));
    }

    /** As {@link #entitlements(Caller)} for {@code edition} on a snapshot already read. */
    public List<Entitlement> entitlements(Caller caller, StoreSnapshot snapshot, MouEdition edition) {
        List<Signature> existing = snapshot.signatures(edition.id());
        var withdrawals = snapshot.withdrawals();
        List<Entitlement> result = new ArrayList<>();
        for (Member m : snapshot.members()) {
            for (Person p : m.people()) {
                if (!p.hasEmail(caller.email())) {
                    continue;
                }
                SignDecision d = SigningRules.checkSignature(
                        p,
                        m,
                        p.role(),
                        edition,
                        edition.fingerprint(),
                        null,
                        existing,
                        withdrawals,
                        profile.membership().requiredSignatories(),
                        profile.membership().minuteReferenceRequired());
                if (d.allowed() || "minuteReference".equals(d.field())) {
                    result.add(new Entitlement(m.id(), p.role()));
                }
            }
        }
        return result;
    }

    /**
     * The signatures of an edition as {@code caller} may read them: the minute reference only for
     * coordinators and the signing organisation's own people ({@link #minuteReferences}), blank otherwise.
     */
    public List<Signature> signaturesAsSeenBy(Caller caller, String editionId) {
        StoreSnapshot snapshot = snapshot();
        Map<String, Member> members = new java.util.HashMap<>();
        snapshot.members().forEach(m -> members.put(m.id(), m));
        return signatures(editionId).stream()
                .map(s -> {
                    Member m = members.get(s.memberId());
                    boolean sees =
                            caller != null && (caller.coordinator() || (m != null && m.hasPerson(caller.email())));
                    return sees || s.minuteReference() == null
                            ? s
                            : new Signature(
                                    s.id(),
                                    s.editionId(),
                                    s.editionFingerprint(),
                                    s.memberId(),
                                    s.personEmail(),
                                    s.personName(),
                                    s.role(),
                                    s.signedAt(),
                                    null);
                })
                .toList();
    }

    /**
     * The minute reference of each role's latest signature of {@code edition} for {@code member}, for a
     * caller who may read them: a coordinator or one of the organisation's own people (the minute is the
     * organisation's governance record, not the alliance's). Empty for anyone else.
     */
    public Map<PersonRole, String> minuteReferences(
            Caller caller, StoreSnapshot snapshot, MouEdition edition, Member member) {
        if (caller == null || !(caller.coordinator() || member.hasPerson(caller.email()))) {
            return Map.of();
        }
        Map<PersonRole, String> minutes = new java.util.EnumMap<>(PersonRole.class);
        for (Signature s : snapshot.signatures(edition.id())) {
            if (s.memberId().equals(member.id())
                    && s.minuteReference() != null
                    && !s.minuteReference().isBlank()) {
                minutes.put(s.role(), s.minuteReference()); // oldest first: the latest wins
            }
        }
        return minutes;
    }

    public record MemberStatus(Member member, MemberSigningStatus status) {}

    public record Entitlement(String memberId, PersonRole role) {}
}
