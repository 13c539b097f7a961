package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.alliancecompact.model.engagement.SignalKind;
import org.junit.jupiter.api.Test;

/** The coordinators' grammar for recording ladder signals, checked before Slack is acknowledged. */
class EngagementRecordsTest {

    private static String[] words(String text) {
        return text.split("\\s+");
    }

    @Test
    void aQueryIsNotARecord() {
        assertThat(EngagementRecords.parse(words("engagement"))).isEmpty();
        assertThat(EngagementRecords.parse(words("engagement St Peter's"))).isEmpty();
    }

    @Test
    void aMultiWordOrganisationDateAndNoteAreRead() {
        var parsed = EngagementRecords.parse(
                        words("engagement St Peter's CE documentation-overdue 2026-10-01 termly report"))
                .orElseThrow();
        assertThat(parsed.organisation()).isEqualTo("St Peter's CE");
        assertThat(parsed.kind()).isEqualTo(SignalKind.DOCUMENTATION_OVERDUE);
        assertThat(parsed.date()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(parsed.detail()).isEqualTo("termly report");
    }

    @Test
    void resumedNeedsNoDate() {
        var parsed =
                EngagementRecords.parse(words("engagement smithills RESUMED")).orElseThrow();
        assertThat(parsed.kind()).isEqualTo(SignalKind.ENGAGEMENT_RESUMED);
        assertThat(parsed.date()).isNull();
        assertThat(parsed.detail()).isNull();
    }

    @Test
    void badInputIsAnsweredWithTheUsage() {
        assertThatThrownBy(() -> EngagementRecords.parse(words("engagement missed 2026-10-01")))
                .hasMessageContaining("Name the organisation first");
        assertThatThrownBy(() -> EngagementRecords.parse(words("engagement smithills evidence-overdue")))
                .hasMessageContaining("Give the date");
        assertThatThrownBy(() -> EngagementRecords.parse(words("engagement smithills missed 1/10/2026")))
                .hasMessageContaining("is not a date like 2026-10-31");
        assertThatThrownBy(() -> EngagementRecords.parse(words("engagement smithills missed 2026-02-30")))
                .hasMessageContaining("is not a date");
        assertThatThrownBy(() -> EngagementRecords.parse(words("engagement smithills resumed " + "x".repeat(201))))
                .hasMessageContaining("under 200 characters");
    }
}
