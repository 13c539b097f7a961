package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.slack.store.SupportStore;

/** The App Home tab: the person's organisation, its next meetings and requests, and the main buttons. */
final class HomeFlow {
    /** Open requests, and completed ones still waiting for the requester's evaluation. */
    private static final List<RequestStatus> SHOWN_ON_HOME = Arrays.stream(RequestStatus.values())
            .filter(status -> status.open() || status == RequestStatus.COMPLETED)
            .toList();

    private final Services s;
    private final MeetingFlow meetings;

    HomeFlow(Services s, MeetingFlow meetings) {
        this.s = s;
        this.meetings = meetings;
    }

    void publish(String slackUser) {
        s.slack.publishHome(slackUser, view(slackUser));
    }

    View view(String slackUser) {
        List<LayoutBlock> blocks = new ArrayList<>();
        Caller c;
        try {
            c = s.directory.who(slackUser);
        } catch (NotRecognised e) {
            blocks.add(Ui.text("*" + esc(s.profile.name()) + "*\n" + esc(e.getMessage())));
            return View.builder().type("home").blocks(blocks).build();
        }
        blocks.add(Ui.text("*" + esc(s.profile.name()) + "*\n"
                + (c.isMember() ? "You are with *" + esc(c.member().name()) + "*." : "")
                + (c.coordinator() ? " You are a coordinator." : "")));
        List<ButtonElement> main = new ArrayList<>();
        if (c.isMember()) {
            main.add(Ui.primary("support:open", "Request support", "open"));
            main.add(Ui.button("home:mou", "MOU status", "mou"));
        }
        main.add(Ui.button("home:requests", c.coordinator() ? "Support queue" : "Our requests", "requests"));
        if (c.coordinator()) {
            main.add(Ui.button("meeting:add", "Add a meeting", "add"));
            main.add(Ui.button("home:engagement", "Engagement", "engagement"));
        }
        blocks.add(Ui.buttons("home_main", main));
        List<Meeting> upcoming =
                s.meetings.startingFrom(s.now()).stream().limit(5).toList();
        blocks.add(Ui.text(upcoming.isEmpty() ? "*Meetings*\nNone scheduled." : "*Meetings*"));
        for (Meeting m : upcoming) {
            String line = meetings.describe(m);
            if (c.isMember()) {
                RsvpChoice choice =
                        s.meetings.rsvp(m.id(), c.memberId()).map(Rsvp::choice).orElse(RsvpChoice.NO_REPLY);
                line += "\nYour answer: *" + MeetingFlow.choiceLabel(choice) + "*";
            }
            blocks.add(Ui.text(line));
            if (c.isMember()) {
                blocks.add(Ui.buttons("home_rsvp_" + m.id(), MeetingFlow.rsvpButtons(m.id())));
            }
        }
        if (c.isMember()) {
            List<SupportStore.Stored> own = s.support.ofRequester(c.memberId(), SHOWN_ON_HOME);
            StringBuilder text = new StringBuilder("*Your organisation's open requests*\n");
            if (own.isEmpty()) {
                text.append("None.");
            }
            for (SupportStore.Stored st : own) {
                text.append("• #")
                        .append(st.request().id())
                        .append(' ')
                        .append(esc(st.request().focus()))
                        .append(" — ")
                        .append(SupportFlow.statusLabel(st.request().status()))
                        .append('\n');
            }
            blocks.addAll(TextBlocks.sections(text.toString()));
        }
        blocks.addAll(new FeeNotices(s).homeBlocks(c)); // issue 18, finding 5: the organisation's unpaid fee
        return View.builder().type("home").blocks(blocks).build();
    }
}
