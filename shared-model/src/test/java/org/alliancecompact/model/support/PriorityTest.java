package org.alliancecompact.model.support;

import static org.alliancecompact.model.support.SupportFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.Test;

class PriorityTest {

    @Test
    void intensiveFirstThenTargetedThenUniversalThenUncategorisedThenOldestFirst() {
        Map<String, SupportCategory> categories = Map.of(
                "intensive", SupportCategory.INTENSIVE,
                "targeted", SupportCategory.TARGETED,
                "universal", SupportCategory.UNIVERSAL);
        SupportRequest newUniversal = request("u2", "universal", "1", "2026-10-05T09:00:00Z");
        SupportRequest oldUniversal = request("u1", "universal", "1", "2026-10-01T09:00:00Z");
        SupportRequest unknown = request("x", "newcomer", "1", "2026-09-01T09:00:00Z");
        SupportRequest targeted = request("t", "targeted", "1", "2026-10-09T09:00:00Z");
        SupportRequest intensive = request("i", "intensive", "1", "2026-10-10T09:00:00Z");

        List<SupportRequest> queue = new ArrayList<>(List.of(newUniversal, unknown, targeted, oldUniversal, intensive));
        queue.sort(Priority.comparator(categories));

        assertThat(queue).extracting(SupportRequest::id).containsExactly("i", "t", "u1", "u2", "x");
    }

    @Test
    void sameCategoryAndTimeIsOrderedById() {
        SupportRequest b = request("b", "s", "1", "2026-10-01T09:00:00Z");
        SupportRequest a = request("a", "s", "1", "2026-10-01T09:00:00Z");
        List<SupportRequest> queue = new ArrayList<>(List.of(b, a));
        queue.sort(Priority.comparator(Map.of()));
        assertThat(queue).extracting(SupportRequest::id).containsExactly("a", "b");
    }

    @Test
    void ranks() {
        assertThat(Priority.rank(SupportCategory.INTENSIVE)).isEqualTo(1);
        assertThat(Priority.rank(SupportCategory.UNIVERSAL)).isEqualTo(3);
        assertThat(Priority.rank(null)).isEqualTo(4);
    }
}
