package org.alliancecompact.model.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.CriterionDefinition;
import org.alliancecompact.model.register.RegisterRules;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.Test;

/** JSON round trips of the register, support-assignment and engagement DTOs, as the plugin and bot exchange them. */
class DomainBDtoJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Instant SET_AT = Instant.parse("2026-10-01T09:00:00Z");

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        String json = JSON.writeValueAsString(value);
        T back = JSON.readValue(json, type);
        assertThat(back).isEqualTo(value);
        return back;
    }

    private static RegisterRowDto row() {
        return new RegisterRowDto(
                "m1",
                "Hollins Primary",
                SupportCategory.TARGETED,
                Set.of("ofsted-ri"),
                "coord@example.org",
                SET_AT,
                "RI in June",
                LocalDate.of(2027, 10, 1),
                false);
    }

    @Test
    void registerRowUsesIsoDatesAndCategoryNames() throws Exception {
        roundTrip(row(), RegisterRowDto.class);
        JsonNode node = JSON.readTree(JSON.writeValueAsString(row()));
        assertThat(node.get("setAt").asText()).isEqualTo("2026-10-01T09:00:00Z");
        assertThat(node.get("nextReview").asText()).isEqualTo("2027-10-01");
        assertThat(node.get("category").asText()).isEqualTo("TARGETED");
        assertThat(node.get("criteria").get(0).asText()).isEqualTo("ofsted-ri");
    }

    @Test
    void registerPageCarriesHeadlineCountsKeyedByCategory() throws Exception {
        RegisterPageDto page = new RegisterPageDto(
                List.of(row()),
                Map.of(SupportCategory.INTENSIVE, 1L, SupportCategory.TARGETED, 4L, SupportCategory.UNIVERSAL, 7L));
        roundTrip(page, RegisterPageDto.class);
        JsonNode node = JSON.readTree(JSON.writeValueAsString(page));
        assertThat(node.get("headlineCounts").get("UNIVERSAL").asLong()).isEqualTo(7);
        assertThat(node.get("rows")).hasSize(1);
    }

    @Test
    void categoryChangeRequestParsesWithoutNextReviewAndBecomesAnAssignment() throws Exception {
        CategoryChangeRequest request = JSON.readValue(
                "{\"category\":\"TARGETED\",\"criteria\":[\"ofsted-ri\"],\"reason\":\"RI in June\"}",
                CategoryChangeRequest.class);
        assertThat(request.nextReview()).isNull();
        roundTrip(request, CategoryChangeRequest.class);

        RegisterRules rules = new RegisterRules(
                List.of(new CriterionDefinition("ofsted-ri", SupportCategory.TARGETED, "Requires improvement")),
                Period.ofMonths(4));
        CategoryAssignment a =
                request.toAssignment("m1", "coord@example.org", SET_AT, rules, ZoneId.of("Europe/London"));
        assertThat(a.nextReview()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(a.category()).isEqualTo(SupportCategory.TARGETED);
    }

    @Test
    void historyEntryRoundTripsAndRebuildsTheAssignment() throws Exception {
        CategoryAssignment a = new CategoryAssignment(
                "m1", SupportCategory.INTENSIVE, Set.of("ofsted-sm"), "c", SET_AT, "SM", LocalDate.of(2026, 12, 1));
        RegisterHistoryEntryDto entry = roundTrip(RegisterHistoryEntryDto.of(1, a), RegisterHistoryEntryDto.class);
        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(entry.toAssignment()).isEqualTo(a);
    }

    @Test
    void supportAssignmentStateIsActiveOrEnded() throws Exception {
        roundTrip(
                new SupportAssignmentDto("provider", "recipient", SupportAssignmentDto.State.ACTIVE),
                SupportAssignmentDto.class);
        SupportAssignmentDto ended = JSON.readValue(
                "{\"providerMemberId\":\"p\",\"recipientMemberId\":\"r\",\"state\":\"ENDED\"}",
                SupportAssignmentDto.class);
        assertThat(ended.state()).isEqualTo(SupportAssignmentDto.State.ENDED);
    }

    @Test
    void engagementReportRoundTrips() throws Exception {
        EngagementReportDto report =
                new EngagementReportDto("m1", 2, List.of("Documentation overdue since 17 November 2026."), SET_AT);
        roundTrip(report, EngagementReportDto.class);
        assertThat(JSON.readTree(JSON.writeValueAsString(report)).get("at").asText())
                .isEqualTo("2026-10-01T09:00:00Z");
    }

    @Test
    void engagementReportRefusesALevelOffTheLadder() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.readValue(
                        "{\"memberId\":\"m1\",\"level\":5,\"reasons\":[],\"at\":null}", EngagementReportDto.class))
                .hasMessageContaining("level must be 0 to 4");
    }
}
