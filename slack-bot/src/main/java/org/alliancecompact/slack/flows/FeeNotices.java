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
     * The digest's fee section, mrkdwn ending in a new line: under one heading for the academic year, the fees
     * overdue (unpaid after their due date: state OVERDUE) and the fees not yet due (state NOT_YET_DUE), each
     * counted with its total outstanding and listed by organisation with what is left to pay and the due date;
     * paid and not-owed fees are in neither. The states are the plugin's ({@code FeeStatus.State}), so the
     * digest and the register page agree. Empty when there is no fee.
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
        text.append(BotText.get("fees.digest.heading", fees.academicYear())).append('\n');
        part(
                text,
                withState(fees, FeeStatus.State.OVERDUE),
                "fees.digest.overdue",
                "fees.digest.unpaid",
                "fees.digest.partlyPaid");
        part(
                text,
                withState(fees, FeeStatus.State.NOT_YET_DUE),
                "fees.digest.notYetDue",
                "fees.digest.toPay",
                "fees.digest.partlyToPay");
        return text.toString();
    }

    /**
     * One part of the section: {@code headingKey} with the count and total outstanding, then a line per
     * organisation; {@code headingKey + ".none"} when there is none.
     */
    private static void part(
            StringBuilder text, List<FeeStatusDto> fees, String headingKey, String unpaidKey, String partKey) {
        if (fees.isEmpty()) {
            text.append(BotText.get(headingKey + ".none")).append('\n');
            return;
        }
        text.append(BotText.get(headingKey, organisations(fees), pounds(outstanding(fees))))
                .append('\n');
        for (FeeStatusDto f : fees) {
            text.append(line(f, unpaidKey, partKey)).append('\n');
        }
    }

    /** One organisation's line: {@code unpaidKey} when nothing is paid yet, {@code partKey} when part is. */
    private static String line(FeeStatusDto f, String unpaidKey, String partKey) {
        String name = esc(f.memberName());
        return f.paidPence() == 0
                ? BotText.get(unpaidKey, name, pounds(f.outstandingPence()), date(f.dueBy()))
                : BotText.get(partKey, name, pounds(f.outstandingPence()), pounds(f.duePence()), date(f.dueBy()));
    }

    private static String organisations(List<FeeStatusDto> fees) {
        return Words.count(fees.size(), "organisation", "organisations");
    }

    private static long outstanding(List<FeeStatusDto> fees) {
        return fees.stream().mapToLong(FeeStatusDto::outstandingPence).sum();
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
