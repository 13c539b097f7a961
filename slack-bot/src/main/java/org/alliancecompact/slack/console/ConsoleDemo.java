package org.alliancecompact.slack.console;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.api.SupportAssignmentDto;
import org.alliancecompact.model.demo.DemoAlliance;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.slack.confluence.PluginClient;
import org.alliancecompact.slack.confluence.PluginRefused;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;
import org.jdbi.v3.core.Handle;

/**
 * The bot's half of the demo a newcomer meets on the defaults (issue 17: every demo meeting lay in the future,
 * so attendance could never be taken on fresh data): a meeting that started half an hour ago, one next week,
 * and support requests in four states (submitted, claimed, with a provider, completed), whose providers the plugin
 * is told as a coordinator's moves tell it (queued in the outbox with the move), so the provider sees the
 * recipient's register row while the support runs. Stored once, on a
 * bot database with no meetings and no requests, and only when Confluence holds the profile's demo members
 * ({@link DemoAlliance}), so a console pointed at a real Confluence never gets invented data.
 */
final class ConsoleDemo {

    /** What was stored, for the console's banner. */
    record Seeded(Meeting started, Meeting nextWeek, int requests) {}

    private ConsoleDemo() {}

    /**
     * Stores the demo when the stores are empty and {@code members} are the profile's demo members.
     *
     * @param plugin where the moves' pushes are queued (sent by whoever delivers the outbox)
     * @param slackIdOf the console's made-up Slack user ID for an e-mail address
     * @return what was stored, empty when nothing was
     */
    static Optional<Seeded> seedIfFresh(
            AllianceProfile profile,
            List<MemberDto> members,
            MeetingStore meetings,
            SupportStore support,
            PluginClient plugin,
            Function<String, String> slackIdOf,
            Instant now) {
        LocalDate today = now.atZone(profile.timeZone()).toLocalDate();
        List<String> demoIds = DemoAlliance.of(profile.id(), today).members().stream()
                .map(m -> m.id())
                .toList();
        List<MemberDto> demo =
                members.stream().filter(m -> demoIds.contains(m.id())).toList();
        if (demo.size() != demoIds.size()
                || !meetings.startingFrom(Instant.EPOCH).isEmpty()
                || !support.all().isEmpty()) {
            return Optional.empty();
        }
        String coordinator = slackIdOf.apply(DemoAlliance.COORDINATOR_EMAIL);
        MeetingKind kind = Stream.of(MeetingKind.ALLIANCE_MEETING, MeetingKind.STRATEGIC_GROUP)
                .filter(k -> profile.meetings().kinds().contains(k))
                .findFirst()
                .orElseGet(() -> profile.meetings().kinds().iterator().next());
        String label = kind.label().substring(0, 1).toUpperCase(Locale.ROOT)
                + kind.label().substring(1);
        String place = demo.get(0).name();
        Meeting started = meetings.insert(
                Meeting.schedule(
                        "new",
                        kind,
                        BotText.get("console.demo.meetingNow", label),
                        now.minus(Duration.ofMinutes(30)),
                        place,
                        null,
                        false,
                        profile.meetings()),
                coordinator,
                now);
        ZonedDateTime nextWeekAt =
                today.plusWeeks(1).atTime(LocalTime.of(16, 0)).atZone(profile.timeZone());
        Meeting nextWeek = meetings.insert(
                Meeting.schedule(
                        "new",
                        kind,
                        BotText.get("console.demo.meetingNext", label),
                        nextWeekAt.toInstant(),
                        place,
                        null,
                        false,
                        profile.meetings()),
                coordinator,
                now);
        SupportRules rules = profile.support();
        RequestStatus[] states = {
            RequestStatus.SUBMITTED, RequestStatus.CLAIMED, RequestStatus.ASSIGNED, RequestStatus.COMPLETED
        };
        for (int i = 0; i < states.length; i++) {
            MemberDto requester = demo.get((i + 1) % demo.size());
            MemberDto provider = demo.get(0);
            String head = requester.people().stream()
                    .filter(p -> p.role() == PersonRole.HEAD)
                    .map(PersonDto::email)
                    .findFirst()
                    .orElseThrow();
            Instant submitted = now.minus(Duration.ofDays(states.length - i + 1L));
            BigDecimal days = new BigDecimal(i + 1);
            SupportRequest request = support.insert(
                    SupportRequest.submit(
                            "new", requester.id(), BotText.get("console.demo.focus" + (i + 1)), days, null, submitted),
                    slackIdOf.apply(head),
                    priorityOf(plugin, requester.id()),
                    RequestLifecycle.brokerageRequired(days, rules));
            moveTo(support, plugin, request, states[i], provider.id(), coordinator, submitted, rules);
        }
        return Optional.of(new Seeded(started, nextWeek, states.length));
    }

    /**
     * The requester's register category, the request's priority, as a request filed through the bot gets it
     * (found by a newcomer: the demo's requests were posted as "no category" while the register had one).
     */
    private static SupportCategory priorityOf(PluginClient plugin, String memberId) {
        try {
            return plugin.categoryOf(memberId);
        } catch (PluginUnavailable | PluginRefused e) {
            return null;
        }
    }

    /** Moves a request along the profile's own path (brokered first where the profile says so) to {@code target}. */
    private static void moveTo(
            SupportStore support,
            PluginClient plugin,
            SupportRequest request,
            RequestStatus target,
            String provider,
            String coordinator,
            Instant at,
            SupportRules rules) {
        SupportRequest r = request;
        Instant when = at;
        while (r.status() != target) {
            RequestStatus next = nextOnTheWay(r, rules);
            SupportRequest after = switch (next) {
                case CLAIMED -> RequestLifecycle.claim(r, coordinator, rules);
                case BROKERED -> RequestLifecycle.broker(r, rules);
                case ASSIGNED -> RequestLifecycle.assign(r, provider, rules);
                case IN_PROGRESS -> RequestLifecycle.start(r, rules);
                case COMPLETED -> RequestLifecycle.complete(r, when, rules);
                default -> throw new IllegalStateException("no demo path through " + next);
            };
            when = when.plus(Duration.ofHours(4));
            SupportRequest before = r;
            support.move(r, after, coordinator, when, h -> tellPlugin(plugin, h, before, after));
            r = after;
        }
    }

    /**
     * The push a coordinator's move makes (SupportFlow's assign and complete): assigning grants the provider
     * sight of the recipient's register row (Oldham data-sharing: partners providing support), completing ends it.
     */
    private static void tellPlugin(PluginClient plugin, Handle h, SupportRequest before, SupportRequest after) {
        if (after.status() == RequestStatus.ASSIGNED) {
            plugin.queueSupportAssignment(
                    h,
                    after.id(),
                    new SupportAssignmentDto(
                            after.providerMemberId(), after.requesterMemberId(), SupportAssignmentDto.State.ACTIVE));
        } else if (after.status() == RequestStatus.COMPLETED) {
            plugin.queueSupportAssignment(
                    h,
                    after.id(),
                    new SupportAssignmentDto(
                            before.providerMemberId(), before.requesterMemberId(), SupportAssignmentDto.State.ENDED));
        }
    }

    private static RequestStatus nextOnTheWay(SupportRequest r, SupportRules rules) {
        var next = RequestLifecycle.nextStates(r, rules);
        for (RequestStatus s : List.of(
                RequestStatus.CLAIMED,
                RequestStatus.ASSIGNED,
                RequestStatus.BROKERED,
                RequestStatus.IN_PROGRESS,
                RequestStatus.COMPLETED)) {
            if (next.contains(s) && s.ordinal() > r.status().ordinal()) {
                return s;
            }
        }
        throw new IllegalStateException("no way on from " + r.status());
    }
}
