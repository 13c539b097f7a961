package org.alliancecompact.slack.flows;

import java.math.BigDecimal;
import java.util.Locale;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.support.Priority;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.text.BotText;

/**
 * The support texts several use cases share: days as the seeds count them (half days, Bolton 21), a request's status,
 * its priority (the requester's support category, Oldham's support categories) and an evaluation's rating, all from
 * the bundle (BotText, support section).
 */
final class SupportWords {
    private SupportWords() {}

    /** "1 day", "2 days", "1.5 days": half days as the seeds count them (Bolton 21), through {@link Words}. */
    static String days(BigDecimal days) {
        BigDecimal d = days.stripTrailingZeros();
        return d.scale() <= 0 ? Words.days(d.longValueExact()) : d.toPlainString() + " days";
    }

    /**
     * A group's name after "to" or "of": "the OEP School Improvement Group", but "The OEP" stays as the
     * alliance writes it rather than becoming "the The OEP".
     */
    static String theGroup(String name) {
        String n = name.strip();
        return n.regionMatches(true, 0, "the ", 0, 4) ? n : "the " + n;
    }

    static String statusLabel(RequestStatus status) {
        return BotText.get("support.status." + status.name());
    }

    static String priorityLabel(SupportCategory category) {
        return category == null
                ? BotText.get("support.priority.unknown", Priority.rank(null))
                : BotText.get(
                        "support.priority.known",
                        Priority.rank(category),
                        category.name().toLowerCase(Locale.ROOT));
    }

    static String ratingLabel(int i) {
        return BotText.get("support.rating." + Math.max(1, Math.min(5, i)));
    }
}
