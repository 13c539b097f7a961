package org.alliancecompact.model.mou;

import static org.alliancecompact.model.mou.MouFixtures.EDITION_1;
import static org.alliancecompact.model.mou.MouFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MouEditionTest {

    @Test
    void theFirstEditionIsNumberedOneAndDueForReviewAYearOn() {
        assertThat(EDITION_1.number()).isEqualTo(1);
        assertThat(EDITION_1.effectiveDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(EDITION_1.reviewDate()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(EDITION_1.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(EDITION_1.isLapsedOn(LocalDate.of(2027, 8, 31))).isFalse();
        assertThat(EDITION_1.isLapsedOn(LocalDate.of(2027, 9, 1))).isTrue();
    }

    @Test
    void theFingerprintIsTheSha256OfTheDocumentedCanonicalForm() throws Exception {
        MouTemplate tiny = new MouTemplate(
                "T", List.of(new MouTemplate.Section("S", List.of(new MouTemplate.Clause("1", "Héllo  world")))));
        String canonical = "T1:TS1:SN1:1C12:Héllo world";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(MouFingerprint.of(tiny.title(), tiny.sections()))
                .isEqualTo(java.util.HexFormat.of().formatHex(digest));
    }

    @Test
    void aNewEditionWhenAClauseChanges() {
        List<MouTemplate.Section> changed = replaceClause(TEMPLATE.sections(), 1, 0, "We will commit 10 days.");

        MouEdition second =
                EDITION_1.next("bla-2", TEMPLATE.title(), changed, LocalDate.of(2027, 9, 1), Period.ofYears(1));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.id()).isEqualTo("bla-2");
        assertThat(second.fingerprint()).isNotEqualTo(EDITION_1.fingerprint());
        assertThat(second.reviewDate()).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(second.clause("21").orElseThrow().text()).isEqualTo("We will commit 10 days.");
    }

    @Test
    void noNewEditionWhenOnlyWhitespaceChanged() {
        List<MouTemplate.Section> reflowed =
                replaceClause(TEMPLATE.sections(), 0, 0, "  We are committed\n to   supporting\teach other. ");

        assertThatThrownBy(() -> EDITION_1.next(
                        "bla-2", TEMPLATE.title(), reflowed, LocalDate.of(2027, 9, 1), Period.ofYears(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sections: the wording is unchanged from edition 1");
    }

    @Test
    void aReviewThatKeepsTheWordingExtendsTheReviewDateAndKeepsTheFingerprint() {
        MouEdition reviewed = EDITION_1.withReviewDate(LocalDate.of(2028, 8, 31));

        assertThat(reviewed.fingerprint()).isEqualTo(EDITION_1.fingerprint());
        assertThat(reviewed.isLapsedOn(LocalDate.of(2027, 9, 1))).isFalse();
    }

    @Test
    void refusesAFingerprintThatDoesNotMatchTheWording() {
        assertThatThrownBy(() -> new MouEdition(
                        "x",
                        1,
                        TEMPLATE.title(),
                        TEMPLATE.sections(),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 8, 31),
                        "0".repeat(64)))
                .hasMessage("fingerprint does not match the edition's wording");
    }

    @Test
    void refusesBadNumbersDatesAndIds() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        assertThatThrownBy(
                        () -> MouEdition.of("x", 0, TEMPLATE.title(), TEMPLATE.sections(), start, start.plusYears(1)))
                .hasMessageStartingWith("number must be 1 or more");
        assertThatThrownBy(() -> MouEdition.of("x", 1, TEMPLATE.title(), TEMPLATE.sections(), start, start))
                .hasMessageStartingWith("reviewDate must be after effectiveDate");
        assertThatThrownBy(
                        () -> MouEdition.of(" ", 1, TEMPLATE.title(), TEMPLATE.sections(), start, start.plusYears(1)))
                .hasMessage("id is required");
        assertThatThrownBy(() -> MouEdition.of("x", 1, null, TEMPLATE.sections(), start, start.plusYears(1)))
                .hasMessage("mou.title is required");
        assertThatThrownBy(() -> EDITION_1.next(
                        "bla-1", TEMPLATE.title(), TEMPLATE.sections(), start.plusYears(1), Period.ofYears(1)))
                .hasMessageStartingWith("id:");
        assertThatThrownBy(() -> EDITION_1.next(
                        "bla-2", "New title", TEMPLATE.sections(), start.minusDays(1), Period.ofYears(1)))
                .hasMessageStartingWith("effectiveDate:");
    }

    // --- properties ---

    @Property
    void theFingerprintIgnoresHowTheTextIsSpacedOut(@ForAll("spacing") String gap, @ForAll("spacing") String edge) {
        List<MouTemplate.Section> respaced = new ArrayList<>();
        for (MouTemplate.Section s : TEMPLATE.sections()) {
            respaced.add(new MouTemplate.Section(
                    edge + s.heading() + edge,
                    s.clauses().stream()
                            .map(c -> new MouTemplate.Clause(
                                    c.number() + edge, edge + c.text().replace(" ", gap)))
                            .toList()));
        }

        assertThat(MouFingerprint.of(edge + TEMPLATE.title().replace(" ", gap), respaced))
                .isEqualTo(EDITION_1.fingerprint());
    }

    @Property
    void anyEditOfAnyClauseChangesTheFingerprint(
            @ForAll @IntRange(min = 0, max = 2) int which,
            @ForAll @IntRange(min = 0, max = 200) int position,
            @ForAll("visibleCharacter") char inserted) {
        int section = which == 2 ? 1 : 0;
        int clause = which == 2 ? 0 : which;
        String text = TEMPLATE.sections().get(section).clauses().get(clause).text();
        int at = position % (text.length() + 1);
        String edited = text.substring(0, at) + inserted + text.substring(at);

        List<MouTemplate.Section> changed = replaceClause(TEMPLATE.sections(), section, clause, edited);

        assertThat(MouFingerprint.of(TEMPLATE.title(), changed)).isNotEqualTo(EDITION_1.fingerprint());
    }

    @Property
    void movingTextBetweenClausesChangesTheFingerprint(@ForAll @IntRange(min = 1, max = 20) int cut) {
        // "ab" + "c" and "a" + "bc" must not hash alike: lengths are part of the canonical form.
        String first = TEMPLATE.sections().get(0).clauses().get(0).text();
        String second = TEMPLATE.sections().get(0).clauses().get(1).text();
        String moved = first.substring(first.length() - cut);
        List<MouTemplate.Section> changed = replaceClause(
                replaceClause(TEMPLATE.sections(), 0, 0, first.substring(0, first.length() - cut)),
                0,
                1,
                moved + second);

        assertThat(MouFingerprint.of(TEMPLATE.title(), changed)).isNotEqualTo(EDITION_1.fingerprint());
    }

    @Provide
    Arbitrary<String> spacing() {
        return Arbitraries.of(" ", "  ", "\t", "\n", " \r\n ", "\u00A0")
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Character> visibleCharacter() {
        return Arbitraries.chars().alpha().numeric().with('.', ',', '£', 'é');
    }

    static List<MouTemplate.Section> replaceClause(
            List<MouTemplate.Section> sections, int section, int clause, String text) {
        List<MouTemplate.Section> out = new ArrayList<>(sections);
        MouTemplate.Section s = out.get(section);
        List<MouTemplate.Clause> clauses = new ArrayList<>(s.clauses());
        clauses.set(clause, new MouTemplate.Clause(clauses.get(clause).number(), text));
        out.set(section, new MouTemplate.Section(s.heading(), clauses));
        return out;
    }
}
