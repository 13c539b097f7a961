package org.alliancecompact.model.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.Test;

/**
 * The REST contract's JSON does not depend on whose {@code ObjectMapper} writes it. Inside Confluence the
 * plugin's DTOs go through the host's Jackson, whose modules and settings are not ours; so every DTO must
 * give the same JSON under a plain {@code new ObjectMapper()} (no module), under the plugin's own
 * configuration ({@link ContractJson}, which the REST layer's JsonConfig hands out) and under the Slack
 * bot's (JavaTimeModule, dates as text), and read back equal under each.
 */
class ContractJsonTest {

    private static final Instant AT = Instant.parse("2026-10-01T09:00:00.120Z");
    private static final LocalDate DAY = LocalDate.of(2027, 2, 1);

    /** One instance of every DTO of the contract, each date and instant set. */
    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(
                    CategoryChangeRequest.class,
                    new CategoryChangeRequest(SupportCategory.TARGETED, Set.of("ofsted-ri"), "RI in June", DAY)),
            Map.entry(
                    EditionDto.class,
                    new EditionDto(
                            "bolton-1",
                            1,
                            "Memorandum",
                            List.of(new EditionDto.SectionDto(
                                    "Purpose", List.of(new EditionDto.ClauseDto("1", "We work together.")))),
                            DAY,
                            DAY.plusYears(1),
                            "f".repeat(64))),
            Map.entry(
                    EditionDto.SectionDto.class,
                    new EditionDto.SectionDto("Purpose", List.of(new EditionDto.ClauseDto("1", "Together.")))),
            Map.entry(EditionDto.ClauseDto.class, new EditionDto.ClauseDto("1", "Together.")),
            Map.entry(
                    EditionDraftDto.class,
                    new EditionDraftDto(
                            "bolton-1",
                            "Memorandum",
                            List.of(new EditionDto.SectionDto(
                                    "Purpose", List.of(new EditionDto.ClauseDto("1", "We work together.")))),
                            "e".repeat(64),
                            "coord@x.org",
                            AT)),
            Map.entry(
                    EditionComparisonDto.class,
                    new EditionComparisonDto(
                            "bolton-1",
                            1,
                            "Memorandum",
                            "Memorandum 2027",
                            true,
                            true,
                            Map.of(org.alliancecompact.model.mou.EditionComparison.Kind.CHANGED, 1),
                            List.of(new org.alliancecompact.model.mou.EditionComparison.ClauseChange(
                                    org.alliancecompact.model.mou.EditionComparison.Kind.CHANGED,
                                    "1",
                                    "Purpose",
                                    "Purpose",
                                    "We work together.",
                                    "We work together each term.")))),
            Map.entry(PublicationRequest.class, new PublicationRequest(DAY, "bolton-1")),
            Map.entry(EngagementReportDto.class, new EngagementReportDto("m1", 2, List.of("Overdue."), AT)),
            Map.entry(ErrorDto.class, new ErrorDto(400, "Give the reason.", "reason")),
            Map.entry(FeePaymentRequest.class, new FeePaymentRequest("2026/27", 300_000L, DAY, "INV-1")),
            Map.entry(FeePaymentDto.class, feePayment()),
            Map.entry(FeeReversalDto.class, new FeeReversalDto("Recorded against the wrong school", AT)),
            Map.entry(FeeReversalRequest.class, new FeeReversalRequest("Recorded against the wrong school")),
            Map.entry(FeeStatusDto.class, feeStatus()),
            Map.entry(FeesDto.class, new FeesDto("2026/27", 300_000, List.of(feeStatus()))),
            Map.entry(
                    MemberDto.class,
                    new MemberDto(
                            "smithills",
                            "Smithills School",
                            OrganisationKind.SCHOOL,
                            Phase.SECONDARY,
                            MembershipState.ASSOCIATE,
                            DAY,
                            List.of(new PersonDto("head@smithills.example.org", "Ann Head", PersonRole.HEAD)))),
            Map.entry(
                    MouStatusDto.class,
                    MouStatusDto.of(
                            "bolton-1",
                            1,
                            List.of(new MouStatusDto.MemberStatusDto(
                                    "m1",
                                    "Hollins",
                                    SigningStatus.PARTLY_SIGNED,
                                    Set.of(PersonRole.HEAD),
                                    Set.of(PersonRole.CHAIR))))),
            Map.entry(
                    MouStatusDto.MemberStatusDto.class,
                    new MouStatusDto.MemberStatusDto(
                            "m1", "Hollins", SigningStatus.SIGNED, Set.of(PersonRole.HEAD), Set.of())),
            Map.entry(PersonDto.class, new PersonDto("head@smithills.example.org", "Ann Head", PersonRole.HEAD)),
            Map.entry(
                    RegisterHistoryEntryDto.class,
                    new RegisterHistoryEntryDto(
                            1, "m1", SupportCategory.INTENSIVE, Set.of("ofsted-sm"), "c@x.org", AT, "SM", DAY)),
            Map.entry(RegisterPageDto.class, new RegisterPageDto(List.of(row()), Map.of(SupportCategory.TARGETED, 1L))),
            Map.entry(RegisterRowDto.class, row()),
            Map.entry(SignRequest.class, new SignRequest("m1", PersonRole.CHAIR, "FGB min 4", "f".repeat(64))),
            Map.entry(
                    SignatureDto.class,
                    new SignatureDto(
                            "sig-1",
                            "bolton-1",
                            "f".repeat(64),
                            "m1",
                            "chair@x.org",
                            "Bob Chair",
                            PersonRole.CHAIR,
                            AT,
                            "FGB min 4")),
            Map.entry(
                    SupportAssignmentDto.class,
                    new SupportAssignmentDto("provider", "recipient", SupportAssignmentDto.State.ACTIVE)),
            Map.entry(WithdrawalDto.class, new WithdrawalDto("w-1", "m1", AT, "coord@x.org", "Joined a MAT")),
            Map.entry(WithdrawalRequest.class, new WithdrawalRequest("m1", "Joined a MAT")));

    private static FeePaymentDto feePayment() {
        return new FeePaymentDto(7, 150_000, DAY, "BACS 1042", AT, new FeeReversalDto("Wrong amount", AT));
    }

    private static FeeStatusDto feeStatus() {
        return new FeeStatusDto(
                "m1", "Hollins", "2026/27", "OVERDUE", 300_000, 150_000, 150_000, DAY, List.of(feePayment()));
    }

    private static RegisterRowDto row() {
        return new RegisterRowDto(
                "m1", "Hollins", SupportCategory.TARGETED, Set.of("ofsted-ri"), "c@x.org", AT, "RI", DAY, false);
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static final ObjectMapper PLUGIN = ContractJson.mapper();

    /** The Slack bot's client mapper (Bot.json()): JavaTimeModule, dates as text, unknown fields ignored. */
    private static final ObjectMapper BOT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void everyDtoOfTheContractHasASample() {
        Set<String> dtos = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ContractJson.class.getPackageName())
                        .stream()
                        .filter(JavaClass::isRecord)
                        .map(JavaClass::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> sampled =
                SAMPLES.keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(sampled).isEqualTo(dtos);
    }

    @Test
    void aPlainObjectMapperWritesAndReadsEveryDtoAsThePluginAndTheBotDo() throws Exception {
        for (Map.Entry<Class<?>, Object> sample : SAMPLES.entrySet()) {
            Object dto = sample.getValue();
            String plain = PLAIN.writeValueAsString(dto);

            assertThat(PLUGIN.writeValueAsString(dto))
                    .as(sample.getKey().getName())
                    .isEqualTo(plain);
            assertThat(BOT.writeValueAsString(dto))
                    .as(sample.getKey().getName())
                    .isEqualTo(plain);
            for (ObjectMapper reader : List.of(PLAIN, PLUGIN, BOT)) {
                assertThat(reader.readValue(plain, sample.getKey()))
                        .as(sample.getKey().getName())
                        .isEqualTo(dto);
            }
        }
    }

    @Test
    void instantsAndDatesTravelAsIsoText() throws Exception {
        String row = PLAIN.writeValueAsString(row());
        assertThat(PLAIN.readTree(row).get("setAt").asText()).isEqualTo("2026-10-01T09:00:00.120Z");
        assertThat(PLAIN.readTree(row).get("nextReview").asText()).isEqualTo("2027-02-01");
        WithdrawalDto whole = new WithdrawalDto("w", "m1", Instant.parse("2026-10-01T09:00:00Z"), "c", "r");
        assertThat(PLAIN.readTree(PLAIN.writeValueAsString(whole))
                        .get("withdrawnAt")
                        .asText())
                .isEqualTo("2026-10-01T09:00:00Z");
    }

    @Test
    void aDateThatIsNotIsoTextIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> PLAIN.readValue(
                        "{\"category\":\"TARGETED\",\"criteria\":[],\"reason\":\"r\",\"nextReview\":\"01/02/2027\"}",
                        CategoryChangeRequest.class))
                .isInstanceOfSatisfying(
                        InvalidFormatException.class,
                        e -> assertThat(e.getValue()).isEqualTo("01/02/2027"));
        assertThatThrownBy(() -> PLAIN.readValue(
                        "{\"memberId\":\"m1\",\"level\":2,\"reasons\":[],\"at\":1700000000}",
                        EngagementReportDto.class))
                .hasMessageContaining("Instant");
    }
}
