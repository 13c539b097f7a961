package org.alliancecompact.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorClockTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Real time in the tests: 09:00 on 1 December 2026 in London (GMT, so also 09:00Z). */
    private static final Instant REAL_NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static final Clock REAL = Clock.fixed(REAL_NOW, ZoneOffset.UTC);

    private static OperatorClock of(String... keyValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return OperatorClock.from(m, LONDON, REAL);
    }

    @Test
    void no_setting_is_real_time_and_shows_nothing() {
        OperatorClock c = of();
        assertThat(c.active()).isFalse();
        assertThat(c.mode()).isEqualTo(OperatorClock.Mode.REAL);
        assertThat(c.clock()).isSameAs(REAL);
        assertThat(c.notice()).isEmpty();
        assertThat(c.status()).containsEntry("mode", "real").doesNotContainKey("setting");
        // allowed but not set is still real time; blank values count as unset
        assertThat(of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", " ").active())
                .isFalse();
    }

    @Test
    void a_start_date_time_is_read_in_the_profile_s_zone_and_the_clock_runs_on_from_it() {
        // 30 June 2027 is in British Summer Time: 08:00 local is 07:00Z
        OperatorClock c = of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", "2027-06-30T08:00");
        assertThat(c.mode()).isEqualTo(OperatorClock.Mode.START);
        assertThat(c.clock().instant()).isEqualTo(Instant.parse("2027-06-30T07:00:00Z"));
        assertThat(c.offset()).isEqualTo(Duration.between(REAL_NOW, Instant.parse("2027-06-30T07:00:00Z")));
        assertThat(c.notice())
                .isEqualTo("Operator clock (ALLIANCE_CLOCK=2027-06-30T08:00): this process's time is"
                        + " Wed 30 Jun 2027 08:00 BST, not the real time.");
        assertThat(c.status())
                .containsEntry("mode", "start")
                .containsEntry("setting", "2027-06-30T08:00")
                .containsEntry("now", "2027-06-30T07:00:00Z");
    }

    @Test
    void a_start_with_an_explicit_offset_is_that_instant() {
        OperatorClock c = of("ALLIANCE_CLOCK_ALLOWED", "TRUE", "ALLIANCE_CLOCK", "2027-06-30T08:00Z");
        assertThat(c.clock().instant()).isEqualTo(Instant.parse("2027-06-30T08:00:00Z"));
    }

    @Test
    void the_start_clock_moves_with_real_time() {
        OperatorClock c = OperatorClock.from(
                Map.of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", "2027-03-01T09:00"),
                LONDON,
                Clock.systemUTC());
        Instant first = c.clock().instant();
        assertThat(first).isBetween(Instant.parse("2027-03-01T08:59:59Z"), Instant.parse("2027-03-01T09:00:01Z"));
        // the offset is fixed at start-up, so later reads go forward with real time
        assertThat(c.clock().instant()).isAfterOrEqualTo(first);
    }

    @Test
    void offsets_forward_and_backward() {
        assertThat(of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "P30D")
                        .clock()
                        .instant())
                .isEqualTo(Instant.parse("2026-12-31T09:00:00Z"));
        assertThat(of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "-PT2H")
                        .clock()
                        .instant())
                .isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
        // months are calendar months in the profile's zone: 1 Dec + 1 month 6 hours = 1 Jan 15:00
        assertThat(of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "P1MT6H")
                        .clock()
                        .instant())
                .isEqualTo(Instant.parse("2027-01-01T15:00:00Z"));
        assertThat(of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "p2w")
                        .clock()
                        .instant())
                .isEqualTo(Instant.parse("2026-12-15T09:00:00Z"));
        OperatorClock c = of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "P30D");
        assertThat(c.mode()).isEqualTo(OperatorClock.Mode.OFFSET);
        assertThat(c.status()).containsEntry("mode", "offset").containsEntry("offsetSeconds", 30L * 86_400);
    }

    @Test
    void a_clock_without_the_explicit_allowance_is_refused_naming_both_variables() {
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK", "2027-03-01T09:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ALLIANCE_CLOCK is set but ALLIANCE_CLOCK_ALLOWED is not true")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK_OFFSET", "P30D", "ALLIANCE_CLOCK_ALLOWED", "false"))
                .hasMessageStartingWith("ALLIANCE_CLOCK_OFFSET is set but ALLIANCE_CLOCK_ALLOWED is not true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on"})
    void the_allowance_is_true_or_false_only(String value) {
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK_ALLOWED", value, "ALLIANCE_CLOCK_OFFSET", "P1D"))
                .hasMessage("ALLIANCE_CLOCK_ALLOWED must be true or false, not '" + value + "'");
    }

    @Test
    void both_settings_at_once_are_refused() {
        assertThatThrownBy(() -> of(
                        "ALLIANCE_CLOCK_ALLOWED",
                        "true",
                        "ALLIANCE_CLOCK",
                        "2027-03-01T09:00",
                        "ALLIANCE_CLOCK_OFFSET",
                        "P1D"))
                .hasMessageStartingWith("set ALLIANCE_CLOCK or ALLIANCE_CLOCK_OFFSET, not both");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01", "01/03/2027 09:00", "2027-02-30T09:00", "2027-03-01T25:00", "tomorrow"})
    void malformed_dates_are_refused_naming_the_variable(String value) {
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", value))
                .hasMessageStartingWith("ALLIANCE_CLOCK must be a date and time such as 2027-03-01T09:00")
                .hasMessageContaining("'" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30D", "P", "PT", "P1DT", "P1.5D", "-P-1D", "P1H", "30 days"})
    void malformed_offsets_are_refused_naming_the_variable(String value) {
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", value))
                .hasMessageStartingWith("ALLIANCE_CLOCK_OFFSET must be an ISO-8601 period or duration")
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void at_most_ten_years_either_way() {
        assertThat(of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "P10Y")
                        .clock()
                        .instant())
                .isEqualTo(Instant.parse("2036-12-01T09:00:00Z"));
        assertThat(of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", "2016-12-01T09:00")
                        .clock()
                        .instant())
                .isEqualTo(Instant.parse("2016-12-01T09:00:00Z"));
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK_OFFSET", "P10YT1S"))
                .hasMessageStartingWith("ALLIANCE_CLOCK_OFFSET puts the clock at 2036-12-01T09:00:01");
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", "2016-12-01T08:59"))
                .hasMessageStartingWith("ALLIANCE_CLOCK puts the clock at 2016-12-01T08:59")
                .hasMessageContaining("more than 10 years from today");
        assertThatThrownBy(() -> of("ALLIANCE_CLOCK_ALLOWED", "true", "ALLIANCE_CLOCK", "+20270-03-01T09:00"))
                .hasMessageStartingWith("ALLIANCE_CLOCK ");
    }
}
