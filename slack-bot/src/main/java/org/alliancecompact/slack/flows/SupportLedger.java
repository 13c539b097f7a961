package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alliancecompact.model.support.DaysLedger;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.time.AcademicYear;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;

/**
 * The days ledger in words (Bolton 21: "a minimum of 9 days of staff time each academic year"): what each
 * organisation committed, gave and still owes this academic year, from {@link DaysLedger}; for {@code /alliance
 * requests} and the coordinators' weekly digest.
 */
final class SupportLedger {
    private final Services s;

    SupportLedger(Services s) {
        this.s = s;
    }

    /**
     * The days ledger for the current academic year, one line per organisation: committed, given (the days
     * actually given on support completed this year) and outstanding, and the days received; "no committed
     * days" where the profile fixes none. With {@code total}, a last line for the whole alliance (the digest).
     */
    String text(Set<String> memberIds, List<SupportStore.Stored> all, boolean total) {
        AcademicYear year = AcademicYear.containing(s.now(), s.profile.timeZone());
        List<SupportRequest> requests =
                all.stream().map(SupportStore.Stored::request).toList();
        StringBuilder text = new StringBuilder(
                        BotText.get(total ? "support.digest.title" : "support.ledger.title", year.label()))
                .append('\n');
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal outstanding = BigDecimal.ZERO;
        for (String id : memberIds) {
            DaysLedger l = DaysLedger.of(id, year, requests, s.profile.support(), s.profile.timeZone());
            String name = esc(s.directory.nameOf(id));
            if (l.noCommitment()) {
                text.append(BotText.get(
                        "support.ledger.lineNone",
                        name,
                        SupportWords.days(l.given()),
                        SupportWords.days(l.received())));
            } else if (l.commitmentMet()) {
                text.append(BotText.get(
                        "support.ledger.lineMet",
                        name,
                        SupportWords.days(l.committed()),
                        SupportWords.days(l.given()),
                        SupportWords.days(l.received())));
            } else {
                text.append(BotText.get(
                        "support.ledger.line",
                        name,
                        SupportWords.days(l.committed()),
                        SupportWords.days(l.given()),
                        SupportWords.days(l.outstanding()),
                        SupportWords.days(l.received())));
            }
            text.append('\n');
            committed = committed.add(l.committed());
            given = given.add(l.given());
            outstanding = outstanding.add(l.outstanding());
        }
        if (total && !s.profile.support().noCommittedDays()) {
            text.append(BotText.get(
                            "support.ledger.total",
                            SupportWords.days(committed),
                            SupportWords.days(given),
                            SupportWords.days(outstanding)))
                    .append('\n');
        }
        return text.toString();
    }

    /** The support part of the coordinators' weekly digest: every current member's days this academic year. */
    String digest() {
        Set<String> memberIds = new LinkedHashSet<>();
        s.directory.activeMembers().forEach(m -> memberIds.add(m.id()));
        return text(memberIds, s.support.all(), true);
    }
}
