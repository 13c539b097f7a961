package org.alliancecompact.slack.flows;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.slack.slackapi.SlackText;
import org.alliancecompact.slack.text.BotText;

/**
 * {@code /alliance}, the keyboard path. The text is parsed before acknowledging, so a mistake is
 * answered at once (ephemeral) with the right usage; the work itself runs after the acknowledgement.
 */
final class CommandRouter {
    static final String HELP = """
            *What /alliance does*
            `/alliance meetings` — upcoming meetings and your answers (coordinators: add meetings, who is coming, attendance)
            `/alliance rsvp <meeting> attend` | `deputy @someone` | `apologies` — answer an invitation (add `for <organisation>` if you act for several)
            `/alliance support` — request support (opens a form), or `/alliance support <days> <focus>`
            `/alliance support <organisation> <days> <focus>` — the same, for one of several organisations you act for
            `/alliance requests` — support requests (coordinators: the queue by priority, with its buttons) and days given
            `/alliance claim|start <request>`, `/alliance broker <request> <note>`, `/alliance assign <request> <organisation>`, `/alliance complete <request> <days given>`, `/alliance decline <request> <reason>` — coordinators: move a request, as its buttons do
            `/alliance engagement [organisation]` — the disengagement ladder (coordinators also record: `/alliance engagement <organisation> documentation-overdue|evidence-overdue|missed <YYYY-MM-DD>` or `resumed`)
            `/alliance mou` — your organisation's MOU signing status
            `/alliance run <job>` — coordinators: run a daily job now (`/alliance run` lists them)
            `/alliance help` — this message""";

    /** A Slack user mention as sent when the command escapes users: {@code <@U123|name>}. */
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]*))?>");

    private final Services s;
    private final MeetingFlow meetings;
    private final SupportFlow support;
    private final EngagementFlow engagement;
    private final MouFlow mou;
    private final EngagementRecords records;
    private final JobsCommand jobs;
    private final ModalOpener modals;

    CommandRouter(
            Services s,
            MeetingFlow meetings,
            SupportFlow support,
            EngagementFlow engagement,
            MouFlow mou,
            ModalOpener modals,
            JobsCommand jobs) {
        this.modals = modals;
        this.jobs = jobs;
        this.s = s;
        this.meetings = meetings;
        this.support = support;
        this.engagement = engagement;
        this.mou = mou;
        this.records = new EngagementRecords(s, engagement);
    }

    Response handle(SlashCommandPayload p, String triggerId, Reply reply, SlashCommandContext ctx) {
        // Slack sends & < > as entities; the words below are what the person typed.
        String text = p.getText() == null ? "" : SlackText.decode(p.getText()).strip();
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        String verb = words.length == 0 ? "help" : words[0].toLowerCase(Locale.ROOT);
        String user = p.getUserId();
        switch (verb) {
            case "help" -> {
                return say(ctx, HELP);
            }
            case "meetings" -> {
                if (words.length > 1) {
                    return say(ctx, BotText.get("meetings.list.noArguments"));
                }
                s.later(reply, () -> meetings.list(meetings.answering(user), reply));
            }
            case "rsvp" -> {
                return rsvp(words, user, reply, ctx);
            }
            case "support" -> {
                if (words.length == 1) {
                    modals.open(triggerId, reply, () -> support.requestModal(s.directory.who(user)));
                } else {
                    Optional<SupportCommands.Filing> filing = SupportCommands.filing(words);
                    if (filing.isEmpty()) {
                        return say(ctx, BotText.get("support.command.usageSupport"));
                    }
                    s.later(reply, () -> {
                        Caller c = s.directory.who(user);
                        SupportCommands.Filing f = filing.get();
                        String organisation = f.organisation() == null
                                ? null
                                : SupportCommands.organisationOf(c, s.directory, f.organisation());
                        Map<String, String> errors = support.file(c, organisation, f.focus(), f.days(), null, reply);
                        if (!errors.isEmpty()) {
                            reply.text(Ui.esc(String.join(" ", errors.values())));
                        }
                    });
                }
            }
            case "claim", "broker", "assign", "start", "complete", "decline" -> {
                Optional<SupportCommands.Move> move = SupportCommands.move(words);
                if (move.isEmpty()) {
                    return say(ctx, SupportCommands.usage(words));
                }
                s.later(reply, () -> SupportCommands.run(support, s.directory.who(user), move.get(), reply));
            }
            case "requests" -> {
                if (words.length > 1) {
                    return say(ctx, "`/alliance requests` takes nothing after it.");
                }
                s.later(reply, () -> support.list(s.directory.who(user), reply));
            }
            case "engagement" -> {
                Optional<EngagementRecords.Parsed> record;
                try {
                    record = EngagementRecords.parse(words);
                } catch (IllegalArgumentException e) {
                    return say(ctx, e.getMessage());
                }
                if (record.isPresent()) {
                    s.later(reply, () -> records.record(s.directory.who(user), record.get(), reply));
                    return ctx.ack();
                }
                String organisation =
                        words.length > 1 ? String.join(" ", Arrays.copyOfRange(words, 1, words.length)) : null;
                s.later(reply, () -> engagement.show(s.directory.who(user), organisation, reply));
            }
            case "mou" -> {
                if (words.length > 1) {
                    return say(ctx, "`/alliance mou` takes nothing after it.");
                }
                s.later(reply, () -> mou.status(s.directory.who(user), reply));
            }
            case "run" -> jobs.handle(words, user, reply);
            default -> {
                return say(ctx, "I don't know `" + words[0] + "`.\n" + HELP);
            }
        }
        return ctx.ack();
    }

    /**
     * The command's immediate answer, as mrkdwn that shows {@code text} literally: usage lines name
     * placeholders such as {@code <days>}, and errors quote what was typed.
     */
    private static Response say(SlashCommandContext ctx, String text) {
        return ctx.ack(SlackText.escape(text));
    }

    /**
     * {@code /alliance rsvp <meeting> attend|apologies|deputy <who> [for <organisation>]}: a person who acts for
     * several organisations names the one the answer is for (issue 15).
     */
    private Response rsvp(String[] words, String user, Reply reply, SlashCommandContext ctx) {
        String usage = BotText.get("meetings.rsvp.usage");
        if (words.length < 3 || !words[1].matches("#?\\d{1,18}")) {
            return say(ctx, usage);
        }
        String meetingId = words[1].replace("#", "");
        String answer = words[2].toLowerCase(Locale.ROOT);
        List<String> rest = List.of(words).subList(3, words.length);
        int forAt = -1;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equalsIgnoreCase("for")) {
                forAt = i; // the last "for": a deputy's name may hold the word, an organisation's name follows it
            }
        }
        String organisation = forAt < 0 ? null : String.join(" ", rest.subList(forAt + 1, rest.size()));
        List<String> before = forAt < 0 ? rest : rest.subList(0, forAt);
        if (organisation != null && organisation.isBlank()) {
            return say(ctx, usage);
        }
        switch (answer) {
            case "attend", "attending", "apologies" -> {
                if (!before.isEmpty()) {
                    return say(ctx, usage);
                }
                RsvpChoice choice = answer.equals("apologies") ? RsvpChoice.APOLOGIES : RsvpChoice.ATTENDING;
                s.later(reply, () -> meetings.answer(meetings.answering(user), meetingId, organisation, choice, reply));
            }
            case "deputy" -> {
                if (before.isEmpty()) {
                    return say(ctx, BotText.get("meetings.deputy.nameMissing", meetingId));
                }
                String who = String.join(" ", before);
                s.later(reply, () -> {
                    String name = who;
                    String email = null;
                    Matcher m = MENTION.matcher(who);
                    if (m.matches()) {
                        String deputyUser = m.group(1);
                        email = s.slack.emailOf(deputyUser).orElse(null);
                        name = s.slack.nameOf(deputyUser);
                    }
                    meetings.deputy(meetings.answering(user), meetingId, organisation, name, email, reply)
                            .ifPresent(refusal -> reply.text(Ui.esc(refusal)));
                });
            }
            default -> {
                return say(ctx, usage);
            }
        }
        return ctx.ack();
    }
}
