package org.alliancecompact.model.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.MembershipState;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.mou.MemberSigningStatus;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.Signature;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.model.mou.Withdrawal;
import org.alliancecompact.model.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** The domain-a DTOs survive domain -> DTO -> JSON -> DTO -> domain, with ISO dates in the JSON. */
class MemberAndMouDtoJsonTest {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final Member MEMBER = new Member(
            "smithills",
            "Smithills School",
            OrganisationKind.SCHOOL,
            Phase.SECONDARY,
            MembershipState.ASSOCIATE,
            LocalDate.of(2026, 9, 1),
            List.of(
                    new Person("head@smithills.example.org", "Ann Head", PersonRole.HEAD),
                    new Person("chair@smithills.example.org", "Bob Chair", PersonRole.CHAIR)));

    private static final MouEdition EDITION = MouEdition.first(
            "bolton-1", new ProfileLoader().loadBundled("bolton").mou(), LocalDate.of(2026, 9, 1), Period.ofYears(1));

    @Test
    void memberRoundTripsWithAnIsoJoiningDate() throws Exception {
        String text = json.writeValueAsString(MemberDto.from(MEMBER));

        JsonNode tree = json.readTree(text);
        assertThat(tree.get("joinedOn").asText()).isEqualTo("2026-09-01");
        assertThat(tree.get("state").asText()).isEqualTo("ASSOCIATE");
        assertThat(tree.get("people").get(0).get("role").asText()).isEqualTo("HEAD");
        assertThat(json.readValue(text, MemberDto.class).toDomain()).isEqualTo(MEMBER);
    }

    @Test
    void aMemberDtoWithABadEmailIsRefusedWhenMappedToTheDomain() throws Exception {
        MemberDto dto = json.readValue("""
                {"id":"x","name":"X","kind":"SCHOOL","phase":"PRIMARY","state":"FULL","joinedOn":"2026-09-01",
                 "people":[{"email":"not-an-email","name":"N","role":"HEAD"}]}
                """, MemberDto.class);

        assertThatThrownBy(dto::toDomain)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("email must look like");
    }

    @Test
    void editionRoundTripsWithSectionsAndClauses() throws Exception {
        String text = json.writeValueAsString(EditionDto.from(EDITION));

        JsonNode tree = json.readTree(text);
        assertThat(tree.get("effectiveDate").asText()).isEqualTo("2026-09-01");
        assertThat(tree.get("reviewDate").asText()).isEqualTo("2027-08-31");
        assertThat(tree.get("sections").get(2).get("heading").asText()).isEqualTo("Operation");
        assertThat(tree.get("sections")
                        .get(2)
                        .get("clauses")
                        .get(0)
                        .get("number")
                        .asText())
                .isEqualTo("21");
        assertThat(json.readValue(text, EditionDto.class).toDomain()).isEqualTo(EDITION);
    }

    @Test
    void anEditionWhoseWordingWasAlteredInTransitIsRefused() throws Exception {
        String tampered = json.writeValueAsString(EditionDto.from(EDITION)).replace("£3000", "£300");

        EditionDto dto = json.readValue(tampered, EditionDto.class);

        assertThatThrownBy(dto::toDomain).hasMessage("fingerprint does not match the edition's wording");
    }

    @Test
    void signatureRoundTripsWithAnIsoInstant() throws Exception {
        Signature signature = new Signature(
                "sig-1",
                EDITION.id(),
                EDITION.fingerprint(),
                MEMBER.id(),
                "chair@smithills.example.org",
                "Bob Chair",
                PersonRole.CHAIR,
                Instant.parse("2026-09-10T18:30:00Z"),
                "FGB 2026-09-09 minute 4");

        String text = json.writeValueAsString(SignatureDto.from(signature));

        assertThat(json.readTree(text).get("signedAt").asText()).isEqualTo("2026-09-10T18:30:00Z");
        assertThat(json.readValue(text, SignatureDto.class).toDomain()).isEqualTo(signature);
    }

    @Test
    void withdrawalRoundTripsWithAnIsoInstantAndItsRequestReadsTheFieldsSent() throws Exception {
        Withdrawal withdrawal = new Withdrawal(
                "w-1",
                MEMBER.id(),
                Instant.parse("2027-03-01T10:00:00Z"),
                "coordinator@alliance.example",
                "Joined a MAT");

        String text = json.writeValueAsString(WithdrawalDto.from(withdrawal));

        assertThat(json.readTree(text).get("withdrawnAt").asText()).isEqualTo("2027-03-01T10:00:00Z");
        assertThat(json.readValue(text, WithdrawalDto.class)).isEqualTo(WithdrawalDto.from(withdrawal));
        assertThat(json.readValue("{\"memberId\":\"smithills\",\"reason\":\"Joined a MAT\"}", WithdrawalRequest.class))
                .isEqualTo(new WithdrawalRequest("smithills", "Joined a MAT"));
    }

    @Test
    void signRequestReadsTheFieldsTheSigningPageSends() throws Exception {
        SignRequest request = json.readValue(
                "{\"memberId\":\"smithills\",\"role\":\"CHAIR\",\"minuteReference\":\"FGB min 4\",\"editionFingerprint\":\""
                        + EDITION.fingerprint() + "\"}",
                SignRequest.class);

        assertThat(request)
                .isEqualTo(new SignRequest("smithills", PersonRole.CHAIR, "FGB min 4", EDITION.fingerprint()));
        assertThat(json.readValue(json.writeValueAsString(request), SignRequest.class))
                .isEqualTo(request);
    }

    @Test
    void statusCountsEveryStatusAndRoundTrips() throws Exception {
        MouStatusDto dto = MouStatusDto.of(
                EDITION.id(),
                EDITION.number(),
                List.of(
                        MouStatusDto.MemberStatusDto.from(
                                new MemberSigningStatus(
                                        "smithills",
                                        SigningStatus.PARTLY_SIGNED,
                                        Set.of(PersonRole.HEAD),
                                        Set.of(PersonRole.CHAIR)),
                                "Smithills School"),
                        MouStatusDto.MemberStatusDto.from(
                                new MemberSigningStatus(
                                        "turton",
                                        SigningStatus.SIGNED,
                                        Set.of(PersonRole.CHAIR, PersonRole.HEAD),
                                        Set.of()),
                                "Turton School")));

        String text = json.writeValueAsString(dto);

        JsonNode tree = json.readTree(text);
        assertThat(tree.get("counts").get("SIGNED").asLong()).isEqualTo(1);
        assertThat(tree.get("counts").get("PARTLY_SIGNED").asLong()).isEqualTo(1);
        assertThat(tree.get("counts").get("NOT_SIGNED").asLong()).isZero();
        assertThat(tree.get("members").get(1).get("signedRoles").toString()).isEqualTo("[\"HEAD\",\"CHAIR\"]");
        assertThat(tree.get("members").get(0).get("missingRoles").toString()).isEqualTo("[\"CHAIR\"]");
        MouStatusDto back = json.readValue(text, MouStatusDto.class);
        assertThat(back).isEqualTo(dto);
        assertThat(back.members().get(0).toDomain().missingRoles()).containsExactly(PersonRole.CHAIR);
    }

    @Test
    void errorHasTheContractShape() throws Exception {
        ErrorDto error = ErrorDto.badRequest("Give the reference of the minute.", "minuteReference");

        assertThat(json.writeValueAsString(error))
                .isEqualTo(
                        "{\"status\":400,\"message\":\"Give the reference of the minute.\",\"field\":\"minuteReference\"}");
        assertThat(json.readValue("{\"status\":404,\"message\":\"No such member\",\"field\":null}", ErrorDto.class))
                .isEqualTo(new ErrorDto(404, "No such member", null));
    }
}
