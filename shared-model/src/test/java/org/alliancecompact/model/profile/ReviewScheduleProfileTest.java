package org.alliancecompact.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18: the next review date and its reminders are profile data, with a default when a profile is silent. */
class ReviewScheduleProfileTest {

    private final ProfileLoader loader = new ProfileLoader();

    @Test
    @DisplayName(
            "Leeds 'will be reviewed annually' and Bolton 'reviewed on an annual basis': a year, reminders a month and a week before by default")
    void theSeedsReviewYearlyAndRemindAMonthAndAWeekBefore() {
        for (String name : List.of("leeds", "bolton")) {
            var membership = loader.loadBundled(name).membership();
            assertThat(membership.reviewPeriod()).as(name).isEqualTo(Period.ofYears(1));
            assertThat(membership.reviewReminders()).as(name).containsExactly(Period.ofMonths(1), Period.ofDays(7));
        }
    }

    @Test
    void aProfileMayGiveItsOwnReminderLeadTimes() {
        String yaml = bundledText("bolton")
                .replace("  reviewPeriod: \"P1Y\"\n", "  reviewPeriod: \"P1Y\"\n  reviewReminders: [\"P14D\"]\n");
        assertThat(load(yaml).membership().reviewReminders()).containsExactly(Period.ofDays(14));
        String none = bundledText("bolton")
                .replace("  reviewPeriod: \"P1Y\"\n", "  reviewPeriod: \"P1Y\"\n  reviewReminders: []\n");
        assertThat(load(none).membership().reviewReminders()).isEmpty();
    }

    @Test
    void aLeadTimeAsLongAsTheReviewPeriodOrNotPositiveIsRefused() {
        String asLong = bundledText("bolton")
                .replace("  reviewPeriod: \"P1Y\"\n", "  reviewPeriod: \"P1Y\"\n  reviewReminders: [\"P12M\"]\n");
        assertThatThrownBy(() -> load(asLong))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("membership.reviewReminders");
        String justShorter = bundledText("bolton")
                .replace("  reviewPeriod: \"P1Y\"\n", "  reviewPeriod: \"P1Y\"\n  reviewReminders: [\"P364D\"]\n");
        assertThat(load(justShorter).membership().reviewReminders()).containsExactly(Period.ofDays(364));
        String zero = bundledText("bolton")
                .replace("  reviewPeriod: \"P1Y\"\n", "  reviewPeriod: \"P1Y\"\n  reviewReminders: [\"P0D\"]\n");
        assertThatThrownBy(() -> load(zero)).hasMessageContaining("must be positive");
    }

    private AllianceProfile load(String yaml) {
        return loader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    private static String bundledText(String name) {
        try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream("profiles/" + name + ".yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
