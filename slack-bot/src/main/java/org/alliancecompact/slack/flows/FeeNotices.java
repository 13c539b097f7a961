package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliancecompact.model.api.FeeStatusDto;
import org.alliancecompact.model.api.FeesDto;
import org.alliancecompact.model.fee.FeeStatus;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.confluence.PluginRefused;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpaid annual fees (issue 18, finding 5; Bolton 25: "We will pay £3000 per year to support the operation of
 * the SSIG") in the coordinators' weekly digest and on a member's Home tab, as the plugin's GET /fees says
 * (the payments are recorded in Confluence). An alliance whose profile has no fee hears nothing about fees,
 * and the plugin is not asked. A plugin that cannot answer never stops the digest or the Home tab.
 */
final class FeeNotices {

    private static final Logger log = LoggerFactory.getLogger(FeeNotices.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Services s;

    FeeNotices(Services s) {
        this.s = s;
    }

    /**
     * The digest's fee section, mrkdwn ending in a new line: every organisation whose fee is unpaid after its
     * due date, with what is outstanding, and how many owe a fee not yet due. Empty when there is no fee.
     */
    String digestSection() {
        if (!charged()) {
            return "";
        }
        FeesDto fees;
        try {
            fees = s.plugin.fees(null);
        } catch (PluginUnavailable | PluginRefused e) {
            log.warn("Fees left out of the weekly digest: the plugin did not answer GET /fees ({})", e.getMessage());
            return BotText.get("fees.digest.unreadable") + "\n";
        }
        StringBuilder text = new StringBuilder();
        List<FeeStatusDto> overdue = withState(fees, FeeStatus.State.OVERDUE);
        if (overdue.isEmpty()) {
            text.append(BotText.get("fees.digest.allPaid", fees.academicYear())).append('\n');
        } else {
            text.append(BotText.get("fees.digest.heading", fees.academicYear())).append('\n');
            for (FeeStatusDto f : overdue) {
                String name = esc(f.memberName());
                String line = f.paidPence() == 0
                        ? BotText.get("fees.digest.unpaid", name, pounds(f.outstandingPence()), date(f.dueBy()))
                        : BotText.get(
                                "fees.digest.partlyPaid",
                                name,
                                pounds(f.outstandingPence()),
                                pounds(f.duePence()),
                                date(f.dueBy()));
                text.append(line).append('\n');
            }
        }
        int notYetDue = withState(fees, FeeStatus.State.NOT_YET_DUE).size();
        if (notYetDue > 0) {
            String who = overdue.isEmpty()
                    ? Words.count(notYetDue, "organisation owes", "organisations owe")
                    : Words.count(notYetDue, "more organisation owes", "more organisations owe");
            text.append(BotText.get("fees.digest.notYetDue", who)).append('\n');
        }
        return text.toString();
    }

    /**
     * The Home tab's fee blocks for {@code c}: each organisation they act for with a fee still to pay this
     * academic year (overdue or not yet due), read with their own sight. None when there is no fee, nothing
     * is unpaid or the plugin cannot answer.
     */
    List<LayoutBlock> homeBlocks(Caller c) {
        if (!charged() || !c.isMember()) {
            return List.of();
        }
        FeesDto fees;
        try {
            fees = s.plugin.fees(c.email());
        } catch (PluginUnavailable | PluginRefused e) {
            log.warn("Fees left off a Home tab: the plugin did not answer GET /fees ({})", e.getMessage());
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (FeeStatusDto f : fees.organisations()) {
            FeeStatus.State state = FeeStatus.State.valueOf(f.state());
            if (!c.actsFor(f.memberId())
                    || (state != FeeStatus.State.OVERDUE && state != FeeStatus.State.NOT_YET_DUE)) {
                continue;
            }
            lines.add(BotText.get(
                    state == FeeStatus.State.OVERDUE ? "fees.home.overdue" : "fees.home.due",
                    esc(f.memberName()),
                    pounds(f.outstandingPence()),
                    date(f.dueBy())));
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        return TextBlocks.sections(
                BotText.get("fees.home.heading", fees.academicYear()) + "\n" + String.join("\n", lines));
    }

    private boolean charged() {
        return s.profile.support().annualFeePence() > 0;
    }

    private static List<FeeStatusDto> withState(FeesDto fees, FeeStatus.State state) {
        return fees.organisations().stream()
                .filter(f -> f.state().equals(state.name()))
                .toList();
    }

    /** "£3,000.00" from pence, as the plugin's register macro writes it. */
    static String pounds(long pence) {
        return String.format(Locale.UK, "£%,d.%02d", pence / 100, pence % 100);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
