package org.alliancecompact.confluence.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.storage.EngagementReport;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.confluence.storage.SupportAssignment;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.api.CategoryChangeRequest;
import org.alliancecompact.model.api.ContractJson;
import org.alliancecompact.model.api.EngagementReportDto;
import org.alliancecompact.model.api.RegisterHistoryEntryDto;
import org.alliancecompact.model.api.RegisterPageDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.api.SupportAssignmentDto;
import org.alliancecompact.model.engagement.LadderVisibility;
import org.alliancecompact.model.member.Affiliation;
import org.alliancecompact.model.member.Affiliations;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MemberStanding;
import org.alliancecompact.model.member.Membership;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.PersonSight;
import org.alliancecompact.model.register.RegisterHistory;
import org.alliancecompact.model.register.RegisterView;
import org.alliancecompact.model.register.RegisterVisibility;
import org.alliancecompact.model.register.Viewer;

/**
 * The support-category register: what a viewer may see under {@code RegisterVisibility}, category
 * changes (append-only), support assignments that widen a provider's view, and engagement reports.
 */
public final class RegisterService {

    /** The REST API's own JSON settings, so bytes written here read the same as any other response. */
    private static final ObjectMapper JSON = ContractJson.mapper();

    private final CompactStore store;
    private final MouService mou;
    private final AllianceProfile profile;
    private final Clock clock;

    public RegisterService(CompactStore store, MouService mou, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.mou = Objects.requireNonNull(mou, "mou");
        this.profile = mou.profile();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What the caller may see of the register: everything for coordinators and the integration user
     * reading for itself (the bot ranks support requests by category; reading for a person with
     * {@code ?viewer=} gets that person's sight instead); otherwise, for each organisation the caller acts
     * for as a current member, that organisation's sight under {@link RegisterVisibility}; and for an
     * organisation they belonged to that is now a former member, its own row only ({@link MemberStanding}).
     * {@link NotAllowed} for someone listed nowhere.
     */
    private PersonSight sightOf(Caller caller, StoreSnapshot snapshot, Set<String> signers) {
        if (caller.coordinator() || caller.integration()) {
            return new PersonSight(List.of(Viewer.anyCoordinator()), Set.of());
        }
        Affiliations affiliations = mou.affiliations(caller, snapshot);
        if (affiliations.isEmpty()) {
            throw new NotAllowed("You are not listed for any member organisation.");
        }
        List<Viewer> viewers = new ArrayList<>();
        Set<String> formerOwn = new HashSet<>();
        for (Affiliation a : affiliations.all()) {
            if (!a.current()) {
                formerOwn.add(a.memberId());
                continue;
            }
            Set<String> supported = snapshot.supportAssignments().stream()
                    .filter(s -> s.state() == SupportAssignment.State.ACTIVE
                            && s.providerMemberId().equals(a.memberId()))
                    .map(SupportAssignment::recipientMemberId)
                    .collect(Collectors.toUnmodifiableSet());
            viewers.add(Viewer.ofMember(a.memberId(), signers.contains(a.memberId()), supported));
        }
        return new PersonSight(viewers, formerOwn);
    }

    /** Ids of organisations that are former members today (their rows are not counted or shared). */
    private Set<String> formerMembers(StoreSnapshot snapshot, LocalDate today) {
        return snapshot.derived(new FormerKey(today), s -> {
            Membership membership = profile.membership().membership();
            return s.members().stream()
                    .filter(m -> !MemberStanding.of(m, membership, today).actsAsMember())
                    .map(Member::id)
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    private record FormerKey(LocalDate today) {}

    /** The rows the caller may see (others are never read out of this method) and the headline counts. */
    public RegisterPageDto page(Caller caller) {
        StoreSnapshot snapshot = mou.snapshot();
        return page(visible(caller, snapshot), currentRows(snapshot, mou.today()));
    }

    /**
     * {@link #page} as the JSON the REST API sends. The visibility rule runs for every request; when it
     * lets the caller see every row (coordinators, the bot, and every member where the profile has no
     * data-sharing condition) the JSON is the same for all of them, so it is written once per snapshot
     * and day rather than once per request.
     */
    public byte[] pageJson(Caller caller) {
        StoreSnapshot snapshot = mou.snapshot();
        LocalDate today = mou.today();
        CurrentRows current = currentRows(snapshot, today);
        RegisterView view = visible(caller, snapshot);
        if (view.rows().size() == current.rows().size()) {
            return snapshot.derived(new EveryRowJsonKey(today), s -> json(page(view, current)));
        }
        return json(page(view, current));
    }

    private RegisterView visible(Caller caller, StoreSnapshot snapshot) {
        Set<String> signers = signersFor(caller, snapshot);
        PersonSight sight = sightOf(caller, snapshot, signers);
        LocalDate today = mou.today();
        Set<String> former = formerMembers(snapshot, today);
        boolean required = profile.membership().dataSharingRequiredForVisibility();
        List<CategoryAssignment> all = currentRows(snapshot, today).rows();
        List<CategoryAssignment> seen = all.stream()
                .filter(r -> sight.canSee(r.memberId(), signers, required, former))
                .toList();
        // Headline counts are the alliance's current members only: former members are not counted.
        List<CategoryAssignment> counted =
                all.stream().filter(r -> !former.contains(r.memberId())).toList();
        return new RegisterView(seen, RegisterVisibility.headlineCounts(counted));
    }

    private static RegisterPageDto page(RegisterView view, CurrentRows current) {
        List<RegisterRowDto> rows = new ArrayList<>(view.rows().size());
        for (CategoryAssignment row : view.rows()) {
            rows.add(current.served().get(row.memberId()));
        }
        return new RegisterPageDto(rows, view.headlineCounts());
    }

    private static byte[] json(RegisterPageDto page) {
        try {
            return JSON.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the register page cannot be written as JSON", e);
        }
    }

    private record EveryRowJsonKey(LocalDate today) {}

    /**
     * The register's current rows in the order pages show them (most support first, then by name), and
     * each row as served: worked out once per snapshot and day, since every reader needs the same.
     */
    private CurrentRows currentRows(StoreSnapshot snapshot, LocalDate today) {
        return snapshot.derived(new CurrentRowsKey(today), s -> {
            Map<String, String> names = names(s);
            List<CategoryAssignment> rows =
                    RegisterHistory.of(s.registerHistory()).currentRows();
            Map<String, RegisterRowDto> served = new HashMap<>();
            for (CategoryAssignment row : rows) {
                served.put(row.memberId(), RegisterRowDto.of(row, names.get(row.memberId()), today));
            }
            List<CategoryAssignment> ordered = rows.stream()
                    .sorted(Comparator.comparing(
                                    (CategoryAssignment r) -> r.category().priority())
                            .thenComparing(r -> String.valueOf(names.get(r.memberId()))))
                    .toList();
            return new CurrentRows(ordered, Map.copyOf(served));
        });
    }

    private record CurrentRowsKey(LocalDate today) {}

    private record CurrentRows(List<CategoryAssignment> rows, Map<String, RegisterRowDto> served) {}

    /** Every change of one member's category, if the caller may see that member's row. */
    public List<RegisterHistoryEntryDto> history(Caller caller, String memberId) {
        StoreSnapshot snapshot = mou.snapshot();
        Set<String> signers = signersFor(caller, snapshot);
        PersonSight sight = sightOf(caller, snapshot, signers);
        if (store.member(memberId).isEmpty()) {
            throw new NotFound("No member " + memberId + ".", "memberId");
        }
        if (!sight.canSee(
                memberId,
                signers,
                profile.membership().dataSharingRequiredForVisibility(),
                formerMembers(snapshot, mou.today()))) {
            throw new NotAllowed("You may not see the register row of " + memberId + ".");
        }
        List<CategoryAssignment> changes = store.registerHistory(memberId);
        List<RegisterHistoryEntryDto> result = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            result.add(RegisterHistoryEntryDto.of(i + 1, changes.get(i)));
        }
        return result;
    }

    /** The alliance's profile, whose rules and words the register follows. */
    public AllianceProfile profile() {
        return profile;
    }

    /** A coordinator sets a category: appended to the history, never replacing it. */
    public CategoryAssignment change(Caller coordinator, String memberId, CategoryChangeRequest request) {
        if (request == null) {
            throw new InvalidInput("Send the category, criteria, reason and next review date.", "category");
        }
        return store.inTransaction(() -> {
            if (store.member(memberId).isEmpty()) {
                throw new NotFound("No member " + memberId + ".", "memberId");
            }
            checkInWords(request);
            CategoryAssignment assignment;
            try {
                assignment = request.toAssignment(
                        memberId, coordinator.email(), Instant.now(clock), profile.register(), profile.timeZone());
                RegisterHistory.of(store.registerHistory(memberId)).append(assignment);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of(e);
            }
            store.addCategoryAssignment(assignment);
            return assignment;
        });
    }

    /**
     * The checks of {@link CategoryChangeRequest#toAssignment}, first, in the words the change dialog uses
     * (field labels and criterion texts from the i18n bundle and the profile, dates as the page shows
     * them), so a coordinator reads "Criteria: 'Ofsted: Good' is evidence for Universal, not Targeted"
     * rather than codes. Anything they do not cover still fails in toAssignment.
     */
    private void checkInWords(CategoryChangeRequest request) {
        if (request.category() == null) {
            throw new InvalidInput(Texts.get("compact.error.category"), "category");
        }
        for (String code : request.criteria() == null ? Set.<String>of() : request.criteria()) {
            var definition = profile.register().criterion(code);
            if (definition.isEmpty()) {
                throw new InvalidInput(Texts.get("compact.error.criterionUnknown", code, profile.name()), "criteria");
            }
            if (definition.get().category() != request.category()) {
                throw new InvalidInput(
                        Texts.get(
                                "compact.error.criterionCategory",
                                definition.get().text(),
                                Texts.get("compact.category."
                                        + definition.get().category().name()),
                                Texts.get(
                                        "compact.category." + request.category().name())),
                        "criteria");
            }
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInput(Texts.get("compact.error.reason"), "reason");
        }
        if (request.reason().length() > CategoryAssignment.MAX_REASON_LENGTH) {
            throw new InvalidInput(
                    Texts.get("compact.error.reasonLength", CategoryAssignment.MAX_REASON_LENGTH), "reason");
        }
        LocalDate today = mou.today();
        if (request.nextReview() != null && request.nextReview().isBefore(today)) {
            throw new InvalidInput(Texts.get("compact.error.nextReview", EnGb.date(today)), "nextReview");
        }
    }

    /**
     * What a member's person sees of the register and why, for the one-line explanation above it.
     *
     * @param ownMemberIds the organisations they act for as a current member (several for an executive head)
     * @param formerMemberIds the organisations they belonged to that are former members (own history only)
     * @param supportingMemberIds the organisations those current members support (Oldham 3.3)
     */
    public record Sighted(List<String> ownMemberIds, List<String> formerMemberIds, Set<String> supportingMemberIds) {}

    /** {@link Sighted} for a person who is not a coordinator; {@link NotAllowed} for someone listed nowhere. */
    public Sighted sighted(Caller caller) {
        StoreSnapshot snapshot = mou.snapshot();
        Affiliations affiliations = mou.affiliations(caller, snapshot);
        if (affiliations.isEmpty()) {
            throw new NotAllowed("You are not listed for any member organisation.");
        }
        List<String> own =
                affiliations.current().stream().map(Affiliation::memberId).toList();
        List<String> former = affiliations.all().stream()
                .filter(a -> !a.current())
                .map(Affiliation::memberId)
                .toList();
        Set<String> supported = snapshot.supportAssignments().stream()
                .filter(a -> a.state() == SupportAssignment.State.ACTIVE && own.contains(a.providerMemberId()))
                .map(SupportAssignment::recipientMemberId)
                .collect(Collectors.toUnmodifiableSet());
        return new Sighted(own, former, supported);
    }

    /** A current member with no register row yet, listed so a coordinator can categorise it. */
    public record Unlisted(String memberId, String memberName) {}

    /**
     * Current members without a register row that {@code caller} may see listed, by name: those whose row
     * the caller would see if it had one, under the same rule as {@link #page} ({@link PersonSight}), so
     * the register's line about what the viewer sees stays true for the rows shown. Coordinators see every
     * one; where the profile shares the register with all members (Bolton 23) members do too, as the row
     * shows no data, only that a category is awaited; under Oldham's rule (3.1, 3.5) its own people and,
     * once it has signed, the other signers.
     */
    public List<Unlisted> uncategorised(Caller caller) {
        StoreSnapshot snapshot = mou.snapshot();
        Set<String> categorised = currentRows(snapshot, mou.today()).served().keySet();
        Set<String> former = formerMembers(snapshot, mou.today());
        Set<String> signers = signersFor(caller, snapshot);
        PersonSight sight = sightOf(caller, snapshot, signers);
        boolean required = profile.membership().dataSharingRequiredForVisibility();
        return snapshot.members().stream()
                .filter(m -> !former.contains(m.id()) && !categorised.contains(m.id()))
                .filter(m -> sight.canSee(m.id(), signers, required, former))
                .sorted(Comparator.comparing(Member::name))
                .map(m -> new Unlisted(m.id(), m.name()))
                .toList();
    }

    /**
     * Whether the caller's organisation has signed the data-sharing protocol (the current MOU, in full);
     * for a person acting for several, whether every one of them has.
     */
    public boolean dataSharingSigned(Caller caller) {
        StoreSnapshot snapshot = mou.snapshot();
        Set<String> signers = mou.dataSharingSigners(snapshot);
        Set<String> own = currentOwn(caller, snapshot);
        return !own.isEmpty() && signers.containsAll(own);
    }

    /** The organisations the caller acts for as a current member (Affiliations). */
    private Set<String> currentOwn(Caller caller, StoreSnapshot snapshot) {
        return mou.affiliations(caller, snapshot).current().stream()
                .map(Affiliation::memberId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The bot records that provider supports recipient (ACTIVE) or no longer does (ENDED). */
    public SupportAssignment assign(String requestId, SupportAssignmentDto body) {
        if (body == null) {
            throw new InvalidInput("Send providerMemberId, recipientMemberId and state.", "state");
        }
        if (body.state() == null) {
            throw new InvalidInput("state is required (ACTIVE or ENDED).", "state");
        }
        SupportAssignment assignment;
        try {
            assignment = new SupportAssignment(
                    requestId,
                    body.providerMemberId(),
                    body.recipientMemberId(),
                    SupportAssignment.State.valueOf(body.state().name()),
                    Instant.now(clock));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(e);
        }
        return store.inTransaction(() -> {
            Member provider = requireMember(assignment.providerMemberId(), "providerMemberId");
            requireMember(assignment.recipientMemberId(), "recipientMemberId");
            // Only a current member may be given sight of another's row (MemberStanding), whatever is sent.
            if (assignment.state() == SupportAssignment.State.ACTIVE
                    && !MemberStanding.of(provider, profile.membership().membership(), mou.today())
                            .actsAsMember()) {
                throw new InvalidInput(
                        provider.name() + " is no longer a member of the alliance, so it cannot provide support.",
                        "providerMemberId");
            }
            store.putSupportAssignment(assignment);
            return assignment;
        });
    }

    /** The bot reports an organisation's place on the disengagement ladder. */
    public EngagementReport report(EngagementReportDto body) {
        if (body == null) {
            throw new InvalidInput("Send memberId, level, reasons and at.", "memberId");
        }
        EngagementReport report;
        try {
            report = new EngagementReport(
                    body.memberId(), body.level(), body.reasons(), body.at() == null ? Instant.now(clock) : body.at());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(e);
        }
        return store.inTransaction(() -> {
            requireMember(report.memberId(), "memberId");
            store.addEngagementReport(report);
            return report;
        });
    }

    /**
     * Each organisation's latest place on the disengagement ladder, as the bot last reported it, most
     * disengaged first, as far as {@link LadderVisibility} lets the caller see (the integration user
     * counts as a coordinator).
     */
    public List<LadderPlace> ladder(Caller caller) {
        StoreSnapshot snapshot = mou.snapshot();
        boolean all = caller.coordinator() || caller.integration();
        Set<String> own = all
                ? Set.of()
                : mou.affiliations(caller, snapshot).all().stream()
                        .map(Affiliation::memberId)
                        .collect(Collectors.toUnmodifiableSet());
        if (!all && own.isEmpty()) {
            throw new NotAllowed("You are not listed for any member organisation.");
        }
        Map<String, EngagementReport> latest = new HashMap<>();
        for (EngagementReport r : store.engagementReports()) {
            if (all || own.stream().anyMatch(id -> LadderVisibility.canSee(false, id, r.memberId()))) {
                latest.put(r.memberId(), r); // oldest first: the last one read is the latest
            }
        }
        Map<String, String> names = names(snapshot);
        return latest.values().stream()
                .map(r -> new LadderPlace(r.memberId(), names.getOrDefault(r.memberId(), r.memberId()), r))
                .sorted(Comparator.comparingInt((LadderPlace p) -> -p.report().level())
                        .thenComparing(LadderPlace::memberName))
                .toList();
    }

    /** One organisation's latest ladder report, with its name. */
    public record LadderPlace(String memberId, String memberName, EngagementReport report) {}

    /** A row as served, with the member's name and whether its review is overdue today. */
    public RegisterRowDto row(CategoryAssignment assignment) {
        String name = store.member(assignment.memberId()).map(Member::name).orElse(null);
        return RegisterRowDto.of(assignment, name, mou.today());
    }

    public Map<String, String> names() {
        return names(mou.snapshot());
    }

    private static Map<String, String> names(StoreSnapshot snapshot) {
        return snapshot.derived(
                Names.KEY,
                s -> s.members().stream().collect(Collectors.toUnmodifiableMap(Member::id, Member::name, (a, b) -> a)));
    }

    private enum Names {
        KEY
    }

    /** Coordinators and the integration user see every row, so the signers do not matter to them. */
    private Set<String> signersFor(Caller caller, StoreSnapshot snapshot) {
        return caller.coordinator() || caller.integration() ? Set.of() : mou.dataSharingSigners(snapshot);
    }

    private Member requireMember(String id, String field) {
        return store.member(id).orElseThrow(() -> new InvalidInput("No member " + id + ".", field));
    }
}
