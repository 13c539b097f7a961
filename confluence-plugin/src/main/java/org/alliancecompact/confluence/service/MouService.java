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
import org.alliancecompact.confluence.refusal.Conflict;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.storage.StoreConflictException;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.confluence.storage.StoreSnapshots;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.api.SignatureDto;
import org.alliancecompact.model.api.WithdrawalRequest;
import org.alliancecompact.model.member.Affiliation;
import org.alliancecompact.model.member.Affiliations;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MemberStanding;
import org.alliancecompact.model.member.Membership;
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

    private final EditionService editions;

    public MouService(CompactStore store, ProfileSource profile, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = new StoreSnapshots(store);
        this.profile = Objects.requireNonNull(profile, "profile").profile();
        this.templateFingerprint =
                MouFingerprint.of(this.profile.mou().title(), this.profile.mou().sections());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.editions = new EditionService(store, this, clock);
    }

    /** Drafting, comparing and publishing the next edition (coordinators only). */
    public EditionService drafts() {
        return editions;
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
     * The current edition: the one with the highest number. When no stored edition has the profile's MOU
     * wording (none is stored yet, or the profile file's clauses were changed) that wording is published
     * first as a new edition; the signatures of earlier editions stay on file as history.
     */
    public MouEdition currentEdition() {
        return currentEdition(snapshot());
    }

    /** As {@link #currentEdition()}, read from {@code snapshot} unless a new edition has to be published. */
    public MouEdition currentEdition(StoreSnapshot snapshot) {
        Optional<MouEdition> latest = snapshot.latestEdition();
        // The profile's wording is published once: editions published in the product since then (a
        // coordinator's annual review, EditionService) stand, although the profile file still has the old text.
        if (latest.isPresent()
                && snapshot.editions().stream().anyMatch(e -> e.fingerprint().equals(templateFingerprint))) {
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
                .orElseThrow(() -> new NotFound("No MOU edition " + id + ".", "id"));
    }

    /** The edition's signatures, oldest first (none yet for an edition published just now). */
    public List<Signature> signatures(String editionId) {
        StoreSnapshot snapshot = snapshot();
        edition(snapshot, editionId);
        return snapshot.signatures(editionId);
    }

    /**
     * The edition's signatures as {@code caller} may see them: in full (with e-mail and minute reference)
     * for coordinators, the integration user and the signing organisation's own people; names, roles and
     * dates only for people of other current members; {@link NotAllowed} for anyone else, former members
     * included (Oldham 2 and 3.4: personal data goes only to those with authorised access).
     */
    public List<SignatureDto> signatures(Caller caller, String editionId) {
        StoreSnapshot snapshot = snapshot();
        edition(snapshot, editionId);
        if (!caller.coordinator()
                && !caller.integration()
                && !affiliations(caller, snapshot).anyCurrent()) {
            throw new NotAllowed("Only people of the alliance's member organisations may see who has signed.");
        }
        java.util.function.Predicate<String> sees = seesPersonalData(caller, snapshot);
        return snapshot.signatures(editionId).stream()
                .map(sig -> sees.test(sig.memberId())
                        ? SignatureDto.from(sig)
                        : SignatureDto.from(sig).withoutPersonalData())
                .toList();
    }

    /**
     * The organisations {@code caller} acts for today and the roles held at each (the shared-model rule
     * {@link Affiliations}; Confluence users by user key, Slack users by the e-mail Slack verified).
     */
    public Affiliations affiliations(Caller caller) {
        return affiliations(caller, snapshot());
    }

    /** As {@link #affiliations(Caller)} on a snapshot already read. */
    public Affiliations affiliations(Caller caller, StoreSnapshot snapshot) {
        return Affiliations.of(
                caller.identity(), snapshot.members(), profile.membership().membership(), today());
    }

    /**
     * Records the caller's signature for the organisation the request names, in the role it names.
     * Refusals in this order: 400 for a missing organisation or role; 403 when the caller does not hold
     * that role there or it is not a current member; 400 for a missing, malformed or stale fingerprint
     * (or a replaced edition); 409 only when that role has already signed.
     */
    public Signature sign(Caller caller, String editionId, SignRequest request) {
        if (request == null || request.memberId() == null || request.memberId().isBlank()) {
            throw new InvalidInput("Say which organisation you sign for (memberId).", "memberId");
        }
        if (request.role() == null) {
            throw new InvalidInput("Say which role you sign in (for example HEAD or CHAIR).", "role");
        }
        return store.inTransaction(() -> {
            MouEdition edition = edition(editionId);
            StoreSnapshot snapshot = snapshot();
            Member member = snapshot.members().stream()
                    .filter(m -> m.id().equals(request.memberId()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput("No member " + request.memberId() + ".", "memberId"));
            Affiliations roles = affiliations(caller, snapshot);
            Optional<Affiliation> there = roles.at(member.id());
            if (there.isEmpty() || !there.get().holds(request.role())) {
                throw new NotAllowed("You are not listed as the " + describe(request.role()) + " of " + member.name()
                        + ", so you cannot sign for it in that role.");
            }
            if (!there.get().current()) {
                throw new NotAllowed(member.name() + " is no longer a member of the alliance, so it cannot sign.");
            }
            MouEdition current = currentEdition();
            if (!current.id().equals(edition.id())) {
                throw new InvalidInput(
                        "Edition " + edition.number() + " has been replaced by edition " + current.number()
                                + "; read and sign the current one.",
                        "editionFingerprint");
            }
            Person person = member.people().stream()
                    .filter(p -> caller.identity().is(p) && p.role() == request.role())
                    .findFirst()
                    .orElseThrow();
            List<Signature> existing = store.signatures(edition.id());
            SignDecision decision = SigningRules.checkSignature(
                    person,
                    member,
                    request.role(),
                    edition,
                    request.editionFingerprint(),
                    request.minuteReference(),
                    existing,
                    store.withdrawals(),
                    profile.membership().requiredSignatories(),
                    profile.membership().minuteReferenceRequired());
            if (!decision.allowed()) {
                throw refusal(decision);
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
                throw new Conflict(
                        member.name() + " has already signed edition " + edition.number() + " as "
                                + describe(request.role()) + ".",
                        "role");
            }
            return signature;
        });
    }

    /**
     * Records that a member organisation withdraws from the MOU: its signatures stay on file but stop
     * counting, and it may sign again later. A coordinator may record it for any current member;
     * otherwise only the member's own head or chair while it is a current member.
     */
    public Withdrawal withdraw(Caller caller, WithdrawalRequest request) {
        if (request == null || request.memberId() == null || request.memberId().isBlank()) {
            throw new InvalidInput("Say which member organisation withdraws (memberId).", "memberId");
        }
        return store.inTransaction(() -> {
            Member member = store.member(request.memberId())
                    .orElseThrow(() -> new InvalidInput("No member " + request.memberId() + ".", "memberId"));
            Optional<Affiliation> own = affiliations(caller).at(member.id());
            boolean headOrChair = own.isPresent()
                    && (own.get().holds(PersonRole.HEAD) || own.get().holds(PersonRole.CHAIR));
            if (!caller.coordinator() && !headOrChair) {
                throw new NotAllowed(
                        "Only a coordinator, or " + member.name() + "'s own head or chair, may record its withdrawal.");
            }
            if (!MemberStanding.of(member, profile.membership().membership(), today())
                    .actsAsMember()) {
                throw new Conflict(
                        member.name() + " is no longer a member of the alliance, so there is nothing to withdraw.",
                        "memberId");
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
                throw refusal(decision);
            }
            Withdrawal withdrawal = new Withdrawal(
                    UUID.randomUUID().toString(), member.id(), Instant.now(clock), caller.email(), request.reason());
            try {
                store.addWithdrawal(withdrawal);
            } catch (StoreConflictException raced) {
                // Another request withdrew the same signatures at the same moment: one withdrawal stands.
                throw new Conflict(member.name() + " has already withdrawn; nothing is left to withdraw.", "memberId");
            }
            return withdrawal;
        });
    }

    /** Every recorded withdrawal, oldest first. */
    public List<Withdrawal> withdrawals() {
        return snapshot().withdrawals();
    }

    /** The refusal the shared-model rule decided, as the plugin's own exception. */
    private static RuntimeException refusal(SignDecision decision) {
        return switch (decision.refusal()) {
            case NOT_ENTITLED -> new NotAllowed(decision.reason());
            case CONFLICT -> new Conflict(decision.reason(), decision.field());
            case INVALID -> new InvalidInput(decision.reason(), decision.field());
        };
    }

    private static String describe(PersonRole role) {
        return switch (role) {
            case HEAD -> "head";
            case CHAIR -> "chair of governors";
            case DEPUTY -> "deputy";
            case DATA_CONTACT -> "data contact";
        };
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
            Membership membership = profile.membership().membership();
            List<Member> current = s.members().stream()
                    .filter(m -> MemberStanding.of(m, membership, today).actsAsMember())
                    .toList();
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
        for (Affiliation at : affiliations(caller, snapshot).current()) {
            Member m = at.member();
            for (Person p : m.people()) {
                if (!caller.identity().is(p)) {
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
     * The minute reference of each role's latest signature of {@code edition} for {@code member}, for a
     * caller who may read them: a coordinator or one of the organisation's own people (the minute is the
     * organisation's governance record, not the alliance's). Empty for anyone else.
     *
     * @param sees the caller's {@link #seesPersonalData(Caller, StoreSnapshot)}, worked out once per request
     */
    public Map<PersonRole, String> minuteReferences(
            java.util.function.Predicate<String> sees, StoreSnapshot snapshot, MouEdition edition, Member member) {
        if (!sees.test(member.id())) {
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

    /**
     * Which organisations' signer e-mails and minute references {@code caller} may read, as a test on the
     * member id: every one for coordinators and the integration user, their own organisations' for anyone
     * else, none without a caller (Oldham 2 and 3.4). The caller's affiliations are worked out once, here,
     * not once per row.
     */
    public java.util.function.Predicate<String> seesPersonalData(Caller caller, StoreSnapshot snapshot) {
        if (caller == null) {
            return memberId -> false;
        }
        if (caller.coordinator() || caller.integration()) {
            return memberId -> true;
        }
        Affiliations own = affiliations(caller, snapshot);
        return own::attachedTo;
    }

    public record MemberStatus(Member member, MemberSigningStatus status) {}

    public record Entitlement(String memberId, PersonRole role) {}
}
