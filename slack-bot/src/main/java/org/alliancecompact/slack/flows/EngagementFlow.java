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
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.store.EngagementStore;
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
        if (!member.state().isCurrent()) {
            return; // as in the daily job: an organisation that has left is not on the ladder
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
                                "Engagement: " + esc(member.name()) + " is at level " + nudge.level(),
                                List.of(Ui.text("*" + esc(member.name()) + " — engagement level " + nudge.level()
                                        + "*\n" + esc(nudge.message())))));
            }
        }
    }

    /** `/alliance engagement [organisation]`: coordinators any organisation, members their own. */
    void show(Caller c, String organisation, Reply reply) {
        if (!c.coordinator()) {
            if (organisation != null
                    && s.directory
                            .findMember(organisation)
                            .map(m -> !LadderVisibility.canSee(c.coordinator(), c.memberId(), m.id()))
                            .orElse(true)) {
                throw new IllegalArgumentException("You can see your own organisation's engagement only.");
            }
            reply.text(line(c.member()));
            return;
        }
        if (organisation != null) {
            MemberDto m = s.directory
                    .findMember(organisation)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No member organisation is called or has the id '" + organisation + "'."));
            reply.text(line(m));
            return;
        }
        StringBuilder text = new StringBuilder("*Engagement by organisation*\n");
        for (MemberDto m : s.directory.activeMembers()) {
            text.append(line(m)).append('\n');
        }
        List<LayoutBlock> blocks = new ArrayList<>(TextBlocks.sections(text.toString()));
        blocks.add(Ui.buttons(
                "engagement_admin",
                List.of(Ui.button("engagement:record", "Record overdue work or re-engagement", "record"))));
        reply.show(text.toString().strip(), blocks);
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
        kinds.put(SignalKind.DOCUMENTATION_OVERDUE, "Documentation overdue (self-review, action plan)");
        kinds.put(SignalKind.EVIDENCE_OVERDUE, "Evidence of impact overdue");
        kinds.put(SignalKind.MEETING_MISSED, "Meeting missed (no deputy or apologies)");
        kinds.put(SignalKind.ENGAGEMENT_RESUMED, "Engagement resumed");
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** Coordinators record what the bot cannot see itself: overdue documentation or evidence, re-engagement. */
    View signalModal(Caller c) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException("Only coordinators record engagement.");
        }
        List<OptionObject> organisations = s.directory.activeMembers().stream()
                .map(m -> Ui.opt(m.name(), m.id()))
                .toList();
        List<OptionObject> kinds = RECORDABLE.entrySet().stream()
                .map(e -> Ui.opt(e.getValue(), e.getKey().name()))
                .toList();
        return Ui.modal(
                SIGNAL_MODAL,
                "Record engagement",
                "Record",
                "",
                List.of(
                        Ui.select("organisation", "Organisation", organisations, null, false),
                        Ui.select("kind", "What", kinds, null, false),
                        Ui.date("date", "When it was due, missed or resumed"),
                        Ui.textInput("detail", "What it is about (optional)", false, true, 200)));
    }

    /** Stores the signal and recomputes the ladder at once; errors by block id. */
    Map<String, String> submitSignal(Caller c, View view, Reply reply) {
        if (!c.coordinator()) {
            return Map.of("organisation", "Only coordinators record engagement.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String memberId = Ui.value(view, "organisation");
        if (memberId == null || s.directory.member(memberId).isEmpty()) {
            errors.put("organisation", "Choose the organisation.");
        }
        SignalKind kind = null;
        try {
            kind = SignalKind.valueOf(
                    Optional.ofNullable(Ui.value(view, "kind")).orElse(""));
            if (!RECORDABLE.containsKey(kind)) {
                errors.put("kind", "Unreturned evaluations are recorded by the bot itself.");
            }
        } catch (IllegalArgumentException e) {
            errors.put("kind", "Choose what to record.");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(Optional.ofNullable(Ui.value(view, "date")).orElse(""));
        } catch (DateTimeParseException e) {
            errors.put("date", "Choose the date.");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        errors.putAll(record(c, memberId, kind, date, Ui.value(view, "detail")));
        if (!errors.isEmpty()) {
            return errors;
        }
        MemberDto member = s.directory.member(memberId).orElseThrow();
        s.later(reply, () -> {
            recompute(member);
            reply.text("Recorded for " + esc(member.name()) + ". " + line(member));
        });
        return Map.of();
    }

    /**
     * Stores one coordinator's record as a ladder signal (the modal and the typed command both come
     * here); returns problems by field (organisation, date), empty when stored. The caller recomputes.
     */
    Map<String, String> record(Caller c, String memberId, SignalKind kind, LocalDate date, String detail) {
        if (!c.coordinator()) {
            return Map.of("organisation", "Only coordinators record engagement.");
        }
        if (memberId == null || s.directory.member(memberId).isEmpty()) {
            return Map.of("organisation", "Choose the organisation.");
        }
        LocalDate today = s.now().atZone(s.profile.timeZone()).toLocalDate();
        if (date.isAfter(today)) {
            return Map.of("date", "The date cannot be in the future.");
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

    /** One organisation's line: level, what the level means and why. */
    String line(MemberDto m) {
        Optional<EngagementStore.Level> level = s.engagement.level(m.id());
        if (level.isEmpty() || level.get().level() == 0) {
            return "• *" + esc(m.name()) + "*: engaged (level 0)";
        }
        EngagementStore.Level l = level.get();
        return "• *" + esc(m.name()) + "*: level " + l.level() + " — "
                + esc(s.profile.engagement().level(l.level()).description()) + "\n   "
                + esc(String.join(" ", l.reasons()));
    }

    /** Weekly: coordinators get who is on the ladder, open requests and overdue evaluations. */
    void weeklyDigest() {
        Instant now = s.now();
        var date = now.atZone(s.profile.timeZone());
        String week = date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        StringBuilder text = new StringBuilder("*Weekly digest, " + week + "*\n");
        List<EngagementStore.Level> onLadder =
                s.engagement.levels().stream().filter(l -> l.level() > 0).toList();
        text.append(onLadder.isEmpty() ? "No organisation is on the disengagement ladder.\n" : "On the ladder:\n");
        for (EngagementStore.Level l : onLadder) {
            text.append("• ")
                    .append(esc(s.directory.nameOf(l.memberId())))
                    .append(": level ")
                    .append(l.level())
                    .append('\n');
        }
        Map<RequestStatus, Integer> byStatus = s.support.countByStatus();
        int open = byStatus.entrySet().stream()
                .filter(e -> e.getKey().open())
                .mapToInt(Map.Entry::getValue)
                .sum();
        int awaiting = byStatus.getOrDefault(RequestStatus.COMPLETED, 0);
        text.append("Open support requests: ")
                .append(open)
                .append(". Completed, awaiting evaluation: ")
                .append(awaiting)
                .append('.');
        // issue 18, finding 5: unpaid fees (nothing when the profile has no fee)
        String fees = new FeeNotices(s).digestSection();
        if (!fees.isEmpty()) {
            text.append('\n').append(fees);
        }
        for (String email : s.config.coordinatorEmails()) {
            s.directory
                    .slackUserOf(email)
                    .ifPresent(user -> s.nudges.sendOnce("digest:" + week + ":" + email, email, now, () -> {
                        // at alliance scale the digest is long: every page of it, in order
                        for (List<LayoutBlock> page :
                                BlockPages.of(TextBlocks.sections(text.toString()), SlackLimits.MESSAGE_BLOCKS)) {
                            s.slack.post(user, "Weekly digest " + week, page);
                        }
                    }));
        }
    }
}
