package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.confluence.PluginRefused;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;

/**
 * The App Home tab: who the person is, then one section for every organisation they act for (a head of two
 * schools sees both, issue 15) with its support category as the plugin shows that person, its engagement,
 * its open requests and its answers to the next meetings, each with the buttons for that organisation.
 */
final class HomeFlow {
    /** Open requests, and completed ones still waiting for the requester's evaluation. */
    private static final List<RequestStatus> SHOWN_ON_HOME = Arrays.stream(RequestStatus.values())
            .filter(status -> status.open() || status == RequestStatus.COMPLETED)
            .toList();

    /** How many upcoming meetings the tab lists. */
    private static final int MEETINGS_SHOWN = 5;

    private final Services s;
    private final MeetingFlow meetings;
    private final EngagementFlow engagement;

    HomeFlow(Services s, MeetingFlow meetings, EngagementFlow engagement) {
        this.s = s;
        this.meetings = meetings;
        this.engagement = engagement;
    }

    void publish(String slackUser) {
        s.slack.publishHome(slackUser, view(slackUser));
    }

    View view(String slackUser) {
        Caller c;
        try {
            c = s.directory.who(slackUser);
        } catch (NotRecognised e) {
            return View.builder()
                    .type("home")
                    .blocks(List.of(Ui.text("*" + esc(s.profile.name()) + "*\n" + esc(e.getMessage()))))
                    .build();
        }
        List<Meeting> upcoming =
                s.meetings.startingFrom(s.now()).stream().limit(MEETINGS_SHOWN).toList();
        Optional<Map<String, RegisterRowDto>> rows = c.isMember() ? rowsSeenBy(c) : Optional.empty();
        // A tab holds at most 100 blocks (SlackLimits.VIEW_BLOCKS): a chair of many schools sees fewer
        // meetings under each, and past that a pointer to /alliance meetings.
        List<LayoutBlock> blocks = List.of();
        for (int shown = upcoming.size(); shown >= Math.min(1, upcoming.size()); shown--) {
            blocks = blocks(c, upcoming.subList(0, shown), rows);
            if (blocks.size() <= SlackLimits.VIEW_BLOCKS) {
                break;
            }
        }
        if (blocks.size() > SlackLimits.VIEW_BLOCKS) {
            blocks = new ArrayList<>(blocks.subList(0, SlackLimits.VIEW_BLOCKS - 1));
            blocks.add(Ui.text(BotText.get("home.more")));
        }
        blocks.addAll(new FeeNotices(s).homeBlocks(c)); // issue 18, finding 5: the organisation's unpaid fee
        return View.builder().type("home").blocks(blocks).build();
    }

    private List<LayoutBlock> blocks(Caller c, List<Meeting> upcoming, Optional<Map<String, RegisterRowDto>> rows) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(BotText.get("home.signedInAs", esc(s.directory.nameOf(c))));
        if (c.coordinator()) {
            header.add(BotText.get("home.coordinator"));
        }
        if (c.organisations().size() > 1) {
            header.add(BotText.get(
                    "home.actsForSeveral",
                    esc(Words.list(
                            c.organisations().stream().map(MemberDto::name).toList()))));
        }
        List<MemberDto> former = s.directory.formerOrganisationsOf(c.email());
        if (!former.isEmpty()) {
            // a person of a current and a former member: told plainly why the former one has no section
            header.add(BotText.get(
                    "home.former",
                    esc(Words.list(former.stream().map(MemberDto::name).toList())),
                    esc(s.profile.name())));
        }
        blocks.add(Ui.text("*" + esc(s.profile.name()) + "*\n" + String.join("\n", header)));
        if (c.coordinator()) {
            blocks.add(Ui.buttons(
                    "home_coordinator",
                    List.of(
                            Ui.button("home:requests", BotText.get("home.button.queue"), "requests"),
                            Ui.button("meeting:add", BotText.get("home.button.addMeeting"), "add"),
                            Ui.button("home:engagement", BotText.get("home.button.engagement"), "engagement"))));
        }
        for (MemberDto m : c.organisations()) {
            blocks.addAll(organisation(c, m, rows, upcoming));
        }
        if (!c.isMember()) {
            blocks.add(Ui.text(BotText.get("home.meetings.title")));
            if (upcoming.isEmpty()) {
                blocks.add(Ui.text(BotText.get("home.meetings.none")));
            }
            for (Meeting meeting : upcoming) {
                blocks.add(Ui.text(meetings.describe(meeting)));
            }
        }
        return blocks;
    }

    /** One organisation's section: role, category, engagement, buttons, requests and meeting answers. */
    private List<LayoutBlock> organisation(
            Caller c, MemberDto m, Optional<Map<String, RegisterRowDto>> rows, List<Meeting> upcoming) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        lines.add(BotText.get("home.org.title", esc(m.name()), roles(c, m)));
        Optional<RegisterRowDto> row = rows.flatMap(r -> Optional.ofNullable(r.get(m.id())));
        lines.add(
                rows.isEmpty()
                        ? BotText.get("home.org.categoryUnavailable")
                        : row.isEmpty()
                                ? BotText.get("home.org.noCategory")
                                : row.map(RegisterRowDto::category)
                                        .map(category -> BotText.get("home.org.category", label(category.name())))
                                        .orElse(BotText.get("home.org.notCategorised")));
        lines.add(engagement.line(m).replaceFirst("^• ", ""));
        blocks.add(Ui.text(String.join("\n", lines)));
        blocks.add(Ui.buttons(
                "home_org_" + m.id(),
                List.of(
                        Ui.primary("support:open", BotText.get("home.button.requestSupport"), m.id()),
                        Ui.button("home:mou", BotText.get("home.button.mou"), m.id()),
                        Ui.button("home:requests", BotText.get("home.button.requests"), m.id()))));
        List<SupportStore.Stored> shown = s.support.ofRequester(m.id(), SHOWN_ON_HOME);
        // open means not yet completed; a completed request waits for the requester's evaluation, with its button
        List<SupportStore.Stored> open =
                shown.stream().filter(st -> st.request().status().open()).toList();
        StringBuilder text = new StringBuilder(BotText.get("home.requests.title", esc(m.name())) + "\n");
        if (open.isEmpty()) {
            text.append(BotText.get("home.requests.none"));
        }
        for (SupportStore.Stored st : open) {
            text.append(BotText.get(
                            "home.requests.line",
                            st.request().id(),
                            esc(st.request().focus()),
                            SupportWords.statusLabel(st.request().status())))
                    .append('\n');
        }
        blocks.addAll(TextBlocks.sections(text.toString()));
        for (SupportStore.Stored st : shown) {
            if (st.request().status() == RequestStatus.COMPLETED) {
                blocks.add(Ui.text(BotText.get(
                        "home.requests.awaitingEvaluation",
                        st.request().id(),
                        esc(st.request().focus()))));
                blocks.add(Ui.buttons(
                        "home_eval_" + m.id() + "_" + st.request().id(),
                        List.of(Ui.primary(
                                "support:evaluate",
                                BotText.get("support.button.evaluate"),
                                st.request().id()))));
            }
        }
        blocks.add(Ui.text(BotText.get("home.meetings.titleFor", esc(m.name()))));
        if (upcoming.isEmpty()) {
            blocks.add(Ui.text(BotText.get("home.meetings.none")));
        }
        for (Meeting meeting : upcoming) {
            RsvpChoice choice =
                    s.meetings.rsvp(meeting.id(), m.id()).map(Rsvp::choice).orElse(RsvpChoice.NO_REPLY);
            blocks.add(Ui.text(meetings.describe(meeting) + "\n"
                    + BotText.get("home.meetings.answer", esc(m.name()), MeetingText.choiceLabel(choice))));
            blocks.add(
                    Ui.buttons("home_rsvp_" + meeting.id() + "_" + m.id(), MeetingText.rsvpButtons(meeting.id(), m)));
        }
        return blocks;
    }

    /**
     * The register rows the plugin shows this person, by member id: read with {@code ?viewer=} so the tab
     * never shows more than Confluence would show them (issue 15, finding 2); empty when Confluence cannot
     * answer just now (the rest of the tab still shows).
     */
    private Optional<Map<String, RegisterRowDto>> rowsSeenBy(Caller c) {
        try {
            return Optional.of(s.plugin.register(c.email()).rows().stream()
                    .collect(Collectors.toMap(RegisterRowDto::memberId, r -> r, (a, b) -> a)));
        } catch (PluginUnavailable | PluginRefused e) {
            return Optional.empty();
        }
    }

    /** The caller's roles at {@code m}, in words ("head", "chair and data contact"). */
    private static String roles(Caller c, MemberDto m) {
        return Words.list(m.people().stream()
                .filter(p -> p.email().equalsIgnoreCase(c.email()))
                .map(PersonDto::role)
                .distinct()
                .map(r -> label(r.name()))
                .toList());
    }

    /** An enum name in words: DATA_CONTACT is "data contact". */
    private static String label(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
