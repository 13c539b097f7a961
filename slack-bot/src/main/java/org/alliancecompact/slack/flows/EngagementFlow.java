package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.EngagementReportDto;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.engagement.Audience;
import org.alliancecompact.model.engagement.Ladder;
import org.alliancecompact.model.engagement.LadderAssessment;
import org.alliancecompact.model.engagement.LadderVisibility;
import org.alliancecompact.model.engagement.Nudge;
import org.alliancecompact.model.engagement.NudgePlan;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.confluence.PluginRefused;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disengagement ladder: each organisation's level is recomputed daily from its signals by
 * {@link Ladder}; a changed level is pushed to the plugin; the profile's nudge for the level goes to
 * the people that level names, never the same nudge twice; coordinators get a weekly digest.
 */
final class EngagementFlow {
    private static final Logger log = LoggerFactory.getLogger(EngagementFlow.class);

    private final Services s;

    EngagementFlow(Services s) {
        this.s = s;
    }

    /** Daily job (also run on demand in tests and the console): every active organisation. */
    void recompute() {
        Instant now = s.now();
        Map<String, Integer> previous = s.engagement.levels().stream()
                .collect(Collectors.toMap(EngagementStore.Level::memberId, EngagementStore.Level::level));
        Map<String, List<Signal>> signals = s.engagement.signalsByMember();
        for (MemberDto member : s.directory.activeMembers()) {
            reassess(member, signals.getOrDefault(member.id(), List.of()), previous.getOrDefault(member.id(), 0), now);
        }
        s.flushOutbox();
    }

    /**
     * After a record about one organisation. Only its level can have moved because of the record; the
     * others move only as time passes, which the daily job catches.
     */
    void recompute(MemberDto member) {
        if (!s.directory.isCurrent(member)) {
            return; // as in the daily job: a former member (MemberStanding) is not on the ladder
        }
        int previous = s.engagement
                .level(member.id())
                .map(EngagementStore.Level::level)
                .orElse(0);
        reassess(member, s.engagement.signals(member.id()), previous, s.now());
        s.flushOutbox();
    }

    /** Saves the organisation's level, tells Confluence when it changed, and sends the level's nudge. */
    private void reassess(MemberDto member, List<Signal> signals, int previous, Instant now) {
        LadderAssessment a = Ladder.assess(member.id(), signals, s.profile.engagement(), now, s.profile.timeZone());
        s.engagement.jdbi().useTransaction(h -> {
            EngagementStore.saveLevel(h, member.id(), a.level(), a.reasons(), now);
            if (previous != a.level()) {
                // queued with the change, so Confluence hears of it even when it is down right now
                s.plugin.queueEngagementReport(h, EngagementReportDto.of(a, now));
            }
        });
        if (previous != a.level()) {
            log.info("{} is at engagement level {} (was {})", member.id(), a.level(), previous);
        }
        NudgePlan.plan(a, member.name(), s.profile.engagement(), Set.of()).ifPresent(n -> nudge(member, n));
    }

    /** Sends a nudge to each person its level names, each at most once (dedupe key per person). */
    private void nudge(MemberDto member, Nudge nudge) {
        Instant now = s.now();
        for (Audience audience : nudge.tell()) {
            for (String email : s.directory.emailsFor(audience, member)) {
                Optional<String> user = s.directory.slackUserOf(email);
                if (user.isEmpty()) {
                    log.warn("No Slack user for {} ({}); nudge {} not sent to them", email, audience, nudge.key());
                    continue;
                }
                s.nudges.sendOnce(
                        "nudge:" + nudge.key() + ":" + email,
                        email,
                        now,
                        () -> s.slack.post(
                                user.get(),
                                BotText.get("engagement.nudge.summary", esc(member.name()), nudge.level()),
                                List.of(Ui.text(BotText.get(
                                        "engagement.nudge.text",
                                        esc(member.name()),
                                        nudge.level(),
                                        esc(nudge.message()))))));
            }
        }
    }

    /**
     * `/alliance engagement [organisation]`: coordinators any current member, members every organisation they
     * act for, each with its own line (a head of two schools sees both, issue 15), or the one they name.
     */
    void show(Caller c, String organisation, Reply reply) {
        if (!c.coordinator()) {
            List<MemberDto> shown = c.organisations();
            if (organisation != null) {
                // the shared rule, from any organisation the person acts for
                Optional<MemberDto> named = s.directory
                        .findMember(organisation)
                        .filter(m -> c.organisations().stream()
                                .anyMatch(own -> LadderVisibility.canSee(false, own.id(), m.id())));
                if (named.isEmpty()) {
                    throw new IllegalArgumentException(BotText.get("engagement.ownOnly"));
                }
                shown = List.of(named.get());
            }
            reply.text(shown.stream().map(this::line).collect(Collectors.joining("\n")));
            return;
        }
        if (organisation != null) {
            reply.text(line(currentNamed(organisation)));
            return;
        }
        StringBuilder text = new StringBuilder(BotText.get("engagement.all.title") + "\n");
        for (MemberDto m : s.directory.activeMembers()) {
            text.append(line(m)).append('\n');
        }
        List<LayoutBlock> blocks = new ArrayList<>(TextBlocks.sections(text.toString()));
        blocks.add(Ui.buttons(
                "engagement_admin",
                List.of(Ui.button("engagement:record", BotText.get("engagement.button.record"), "record"))));
        reply.show(text.toString().strip(), blocks);
    }

    /**
     * The current member a coordinator typed (id or name); IllegalArgumentException saying so when there is
     * none, or when it is a former member (not on the ladder, MemberStanding).
     */
    MemberDto currentNamed(String organisation) {
        MemberDto m = s.directory
                .findMember(organisation)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("engagement.noSuchMember", organisation)));
        if (!s.directory.isCurrent(m)) {
            throw new IllegalArgumentException(BotText.get("engagement.formerMember", m.name()));
        }
        return m;
    }

    static final String SIGNAL_MODAL = "engagement_signal";

    /**
     * What a coordinator can record, as the form offers it: the same kinds the typed command accepts
     * ({@link EngagementRecords}), so neither offers less than the other. Unreturned evaluations are
     * recorded by the bot itself.
     */
    static final Map<SignalKind, String> RECORDABLE = recordable();

    private static Map<SignalKind, String> recordable() {
        Map<SignalKind, String> kinds = new LinkedHashMap<>();
        for (SignalKind kind : List.of(
                SignalKind.DOCUMENTATION_OVERDUE,
                SignalKind.EVIDENCE_OVERDUE,
                SignalKind.MEETING_MISSED,
                SignalKind.ENGAGEMENT_RESUMED)) {
            kinds.put(kind, BotText.get("engagement.kind." + kind.name()));
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** Coordinators record what the bot cannot see itself: overdue documentation or evidence, re-engagement. */
    View signalModal(Caller c) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException(BotText.get("engagement.coordinatorsOnly"));
        }
        List<OptionObject> organisations = s.directory.activeMembers().stream()
                .map(m -> Ui.opt(m.name(), m.id()))
                .toList();
        List<OptionObject> kinds = RECORDABLE.entrySet().stream()
                .map(e -> Ui.opt(e.getValue(), e.getKey().name()))
                .toList();
        return Ui.modal(
                SIGNAL_MODAL,
                BotText.get("engagement.form.title"),
                BotText.get("engagement.form.submit"),
                "",
                List.of(
                        Ui.select(
                                "organisation",
                                BotText.get("engagement.form.organisation"),
                                organisations,
                                null,
                                false),
                        Ui.select("kind", BotText.get("engagement.form.kind"), kinds, null, false),
                        Ui.date("date", BotText.get("engagement.form.date")),
                        Ui.textInput("detail", BotText.get("engagement.form.detail"), false, true, 200)));
    }

    /** Stores the signal and recomputes the ladder at once; errors by block id. */
    Map<String, String> submitSignal(Caller c, View view, Reply reply) {
        if (!c.coordinator()) {
            return Map.of("organisation", BotText.get("engagement.coordinatorsOnly"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String memberId = Ui.value(view, "organisation");
        if (memberId == null || s.directory.currentMember(memberId).isEmpty()) {
            errors.put("organisation", BotText.get("engagement.form.chooseOrganisation"));
        }
        SignalKind kind = null;
        try {
            kind = SignalKind.valueOf(
                    Optional.ofNullable(Ui.value(view, "kind")).orElse(""));
            if (!RECORDABLE.containsKey(kind)) {
                errors.put("kind", BotText.get("engagement.form.notRecordable"));
            }
        } catch (IllegalArgumentException e) {
            errors.put("kind", BotText.get("engagement.form.chooseKind"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(Optional.ofNullable(Ui.value(view, "date")).orElse(""));
        } catch (DateTimeParseException e) {
            errors.put("date", BotText.get("engagement.form.chooseDate"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        errors.putAll(record(c, memberId, kind, date, Ui.value(view, "detail")));
        if (!errors.isEmpty()) {
            return errors;
        }
        MemberDto member = s.directory.currentMember(memberId).orElseThrow();
        s.later(reply, () -> {
            recompute(member);
            reply.text(BotText.get("engagement.recorded", esc(member.name()), line(member)));
        });
        return Map.of();
    }

    /**
     * Stores one coordinator's record as a ladder signal (the modal and the typed command both come
     * here); returns problems by field (organisation, date), empty when stored. The caller recomputes.
     */
    Map<String, String> record(Caller c, String memberId, SignalKind kind, LocalDate date, String detail) {
        if (!c.coordinator()) {
            return Map.of("organisation", BotText.get("engagement.coordinatorsOnly"));
        }
        if (memberId == null || s.directory.currentMember(memberId).isEmpty()) {
            return Map.of("organisation", BotText.get("engagement.form.chooseOrganisation"));
        }
        LocalDate today = s.now().atZone(s.profile.timeZone()).toLocalDate();
        if (date.isAfter(today)) {
            return Map.of("date", BotText.get("engagement.form.future"));
        }
        Instant at = kind == SignalKind.ENGAGEMENT_RESUMED && date.equals(today)
                ? s.now()
                : date.atStartOfDay(s.profile.timeZone()).toInstant();
        s.engagement.add(
                new Signal(memberId, kind, at, detail),
                "recorded:" + memberId + ":" + kind + ":" + date + ":" + c.slackUser() + ":"
                        + s.now().toEpochMilli());
        return Map.of();
    }

    /**
     * One organisation's line: level, what the level means and why, each reason one sentence (never ".).",
     * issue 17 finding 6).
     */
    String line(MemberDto m) {
        Optional<EngagementStore.Level> level = s.engagement.level(m.id());
        if (level.isEmpty() || level.get().level() == 0) {
            return BotText.get("engagement.line.engaged", esc(m.name()));
        }
        EngagementStore.Level l = level.get();
        return BotText.get(
                "engagement.line.level",
                esc(m.name()),
                l.level(),
                esc(Words.clause(s.profile.engagement().level(l.level()).description())),
                esc(l.reasons().stream().map(Words::sentence).collect(Collectors.joining(" "))));
    }

    /**
     * Weekly: each coordinator gets who is on the ladder, open requests, overdue evaluations and the support
     * categories, current members only (former members are neither listed nor counted, MemberStanding); the
     * categories are read with {@code ?viewer=} the coordinator, so the digest shows what the plugin shows them.
     */
    void weeklyDigest() {
        Instant now = s.now();
        var date = now.atZone(s.profile.timeZone());
        String week = date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // the week as people name it ("Monday 30 November 2026"); the ISO week above only keys the once-a-week send
        String weekBeginning = date.toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
        Map<String, MemberDto> current = s.directory.activeMembers().stream()
                .collect(Collectors.toMap(MemberDto::id, m -> m, (a, b) -> a, LinkedHashMap::new));
        StringBuilder text = new StringBuilder(BotText.get("engagement.digest.title", weekBeginning) + "\n");
        List<EngagementStore.Level> onLadder = s.engagement.levels().stream()
                .filter(l -> l.level() > 0 && current.containsKey(l.memberId()))
                .toList();
        text.append(
                        onLadder.isEmpty()
                                ? BotText.get("engagement.digest.noneOnLadder")
                                : BotText.get("engagement.digest.onLadder"))
                .append('\n');
        for (EngagementStore.Level l : onLadder) {
            text.append(BotText.get(
                            "engagement.digest.ladderLine",
                            esc(current.get(l.memberId()).name()),
                            l.level()))
                    .append('\n');
        }
        List<RequestStatus> counted = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            if (status.open() || status == RequestStatus.COMPLETED) {
                counted.add(status);
            }
        }
        List<RequestStatus> requestStatuses = s.support.withStatus(counted.toArray(RequestStatus[]::new)).stream()
                .filter(st -> current.containsKey(st.request().requesterMemberId()))
                .map(st -> st.request().status())
                .toList();
        long open = requestStatuses.stream().filter(RequestStatus::open).count();
        long awaiting = requestStatuses.stream()
                .filter(st -> st == RequestStatus.COMPLETED)
                .count();
        text.append(BotText.get("engagement.digest.requests", open, awaiting))
                .append("\n\n")
                .append(new SupportLedger(s).digest());
        // issue 18, finding 5: unpaid fees (nothing when the profile has no fee)
        String fees = new FeeNotices(s).digestSection();
        if (!fees.isEmpty()) {
            text.append('\n').append(fees);
        }
        String common = text.toString();
        for (String email : s.config.coordinatorEmails()) {
            s.directory
                    .slackUserOf(email)
                    .ifPresent(user -> s.nudges.sendOnce("digest:" + week + ":" + email, email, now, () -> {
                        String digest = common + "\n" + categories(email);
                        // at alliance scale the digest is long: every page of it, in order
                        for (List<LayoutBlock> page :
                                BlockPages.of(TextBlocks.sections(digest), SlackLimits.MESSAGE_BLOCKS)) {
                            s.slack.post(user, BotText.get("engagement.digest.summary", weekBeginning), page);
                        }
                    }));
        }
    }

    /** The register's headline counts as the plugin shows them to {@code viewer} (current members only). */
    private String categories(String viewer) {
        try {
            Map<SupportCategory, Long> counts = s.plugin.register(viewer).headlineCounts();
            List<String> parts = new ArrayList<>();
            for (SupportCategory category : SupportCategory.values()) {
                parts.add(BotText.get(
                        "engagement.digest.category",
                        counts.getOrDefault(category, 0L),
                        category.name().toLowerCase(java.util.Locale.ROOT)));
            }
            return BotText.get("engagement.digest.categories", Words.list(parts));
        } catch (PluginUnavailable e) {
            return BotText.get("engagement.digest.categoriesUnavailable");
        } catch (PluginRefused e) {
            // Confluence answered, and said no: say what it said (a setup fault to mend), not that it is down
            log.warn("The register refused the digest's read for {}: {} (HTTP {})", viewer, e.getMessage(), e.status());
            return BotText.get("engagement.digest.categoriesRefused", Ui.esc(e.getMessage()));
        }
    }
}
