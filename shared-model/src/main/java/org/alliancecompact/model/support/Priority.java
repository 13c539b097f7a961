package org.alliancecompact.model.support;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.alliancecompact.model.register.SupportCategory;

/**
 * The order in which the improvement group serves requests: highest priority to those deemed vulnerable
 * (Oldham role 2b), so by the requester's support category (Intensive, Targeted, Universal, then
 * uncategorised), then oldest first, then by id so the order is total.
 */
public final class Priority {

    private static final int UNKNOWN = SupportCategory.values().length + 1;

    private Priority() {}

    /** @param categoryOf the requester's current category, or null when it has none */
    public static Comparator<SupportRequest> comparator(Function<String, SupportCategory> categoryOf) {
        return Comparator.<SupportRequest>comparingInt(r -> rank(categoryOf.apply(r.requesterMemberId())))
                .thenComparing(SupportRequest::submittedAt)
                .thenComparing(SupportRequest::id);
    }

    public static Comparator<SupportRequest> comparator(Map<String, SupportCategory> categories) {
        return comparator(categories::get);
    }

    /** 1 for INTENSIVE ... 4 for uncategorised. */
    public static int rank(SupportCategory category) {
        return category == null ? UNKNOWN : category.priority();
    }
}
