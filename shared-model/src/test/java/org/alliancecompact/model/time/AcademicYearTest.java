package org.alliancecompact.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcademicYearTest {

    private static final ZoneId LONDON = AcademicYear.ENGLAND;

    @Test
    void runsFromFirstSeptemberToThirtyFirstAugust() {
        AcademicYear year = AcademicYear.parse("2026/27");

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(AcademicYear.containing(LocalDate.of(2027, 8, 31))).isEqualTo(year);
        assertThat(AcademicYear.containing(LocalDate.of(2026, 9, 1))).isEqualTo(year);
        assertThat(AcademicYear.containing(LocalDate.of(2026, 8, 31))).isEqualTo(year.previous());
        assertThat(AcademicYear.containing(LocalDate.of(2027, 9, 1))).isEqualTo(year.next());
    }

    @Test
    void lastMinuteOfAugustInLondonIsTheOldYearAndMidnightTheNew() {
        Instant lastMinute =
                LocalDateTime.of(2026, 8, 31, 23, 59).atZone(LONDON).toInstant();
        Instant midnight = LocalDateTime.of(2026, 9, 1, 0, 0).atZone(LONDON).toInstant();

        assertThat(AcademicYear.containing(lastMinute, LONDON).label()).isEqualTo("2025/26");
        assertThat(AcademicYear.containing(midnight, LONDON).label()).isEqualTo("2026/27");
        assertThat(AcademicYear.parse("2026/27").start(LONDON)).isEqualTo(midnight);
        assertThat(AcademicYear.parse("2025/26").end(LONDON)).isEqualTo(midnight);
    }

    @Test
    void anInstantStillOnThirtyFirstAugustInUtcIsAlreadySeptemberInLondonDuringSummerTime() {
        // 23:30 UTC on 31 August is 00:30 BST on 1 September.
        Instant lateAugustUtc = Instant.parse("2026-08-31T23:30:00Z");

        assertThat(AcademicYear.containing(lateAugustUtc, ZoneOffset.UTC).label())
                .isEqualTo("2025/26");
        assertThat(AcademicYear.containing(lateAugustUtc, LONDON).label()).isEqualTo("2026/27");
        assertThat(AcademicYear.parse("2026/27").contains(lateAugustUtc, LONDON))
                .isTrue();
        assertThat(AcademicYear.parse("2026/27").start(LONDON)).isEqualTo(Instant.parse("2026-08-31T23:00:00Z"));
    }

    @Test
    void labelsAndParsesBothSpellings() {
        assertThat(new AcademicYear(2026).label()).isEqualTo("2026/27");
        assertThat(new AcademicYear(2099).label()).isEqualTo("2099/00");
        assertThat(AcademicYear.parse("2099/00")).isEqualTo(new AcademicYear(2099));
        assertThat(AcademicYear.parse(" 2026-27 ")).isEqualTo(new AcademicYear(2026));
        assertThat(AcademicYear.parse("2026")).isEqualTo(new AcademicYear(2026));
        assertThat(new AcademicYear(2026)).isLessThan(new AcademicYear(2027));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "26/27", "2026/28", "2026/2027", "2026/7", "twenty", "2026/26", "0999/00"})
    void refusesBadInputWithAMessage(String text) {
        assertThatThrownBy(() -> AcademicYear.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("academic year");
    }

    @Property
    void everyDateBelongsToTheYearWhoseBoundsContainIt(@ForAll @IntRange(min = 0, max = 36_500) int dayOffset) {
        LocalDate date = LocalDate.of(1950, 1, 1).plusDays(dayOffset);
        AcademicYear year = AcademicYear.containing(date);

        assertThat(date).isBetween(year.firstDay(), year.lastDay());
        assertThat(AcademicYear.parse(year.label())).isEqualTo(year);
    }
}
