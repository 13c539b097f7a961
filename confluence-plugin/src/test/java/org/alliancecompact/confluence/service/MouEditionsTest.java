package org.alliancecompact.confluence.service;

import static org.alliancecompact.confluence.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.macro.MouSignatureRenderer;
import org.alliancecompact.confluence.page.MouPageTemplate;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.mou.MouTemplate;
import org.alliancecompact.model.profile.AllianceProfile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** MOU pages from the profile's clauses: a change of clauses makes a new edition, old signatures stay. */
class MouEditionsTest {

    private final AoCompactStore store = Fixtures.freshStore();

    @Test
    void changingTheClausesPublishesANewEditionAndKeepsTheOldSignaturesAsHistory() {
        ProfileSource bolton = Fixtures.profile("bolton");
        DemoData.seedIfEmpty(store, bolton.profile(), Fixtures.NOW);
        MouService first = new MouService(store, bolton, CLOCK);
        MouEdition one = first.currentEdition();
        assertThat(one.number()).isEqualTo(1);
        assertThat(one.reviewDate()).isEqualTo(Fixtures.TODAY.plusYears(1).minusDays(1));
        first.sign(
                Fixtures.caller("head@smithills.example"),
                one.id(),
                new SignRequest("smithills", PersonRole.HEAD, null, one.fingerprint()));
        assertThat(first.currentEdition()).isEqualTo(one);

        MouService changed = new MouService(store, new ProfileSource(withExtraClause(bolton.profile())), CLOCK);
        MouEdition two = changed.currentEdition();
        assertThat(two.number()).isEqualTo(2);
        assertThat(two.fingerprint()).isNotEqualTo(one.fingerprint());
        assertThat(store.editions()).containsExactly(one, two);
        assertThat(store.signatures(one.id())).hasSize(1);
        assertThat(changed.status())
                .allSatisfy(s -> assertThat(s.status().signedRoles()).isEmpty());

        var page = Jsoup.parse(new MouSignatureRenderer(changed).render(null, null, false, true));
        assertThat(page.select("h2").text()).contains("edition 2");
        assertThat(page.select(".compact-history summary").text())
                .contains("Edition 1")
                .contains("1 signatures");
    }

    @Test
    void readsThatPublishTheNewEditionFindItStraightAway() {
        ProfileSource bolton = Fixtures.profile("bolton");
        ProfileSource changed = new ProfileSource(withExtraClause(bolton.profile()));

        // in each case the first read is what publishes edition 2
        assertThat(new MouService(withEditionOne(bolton), changed, CLOCK).editions())
                .extracting(MouEdition::number)
                .containsExactly(1, 2);
        assertThat(new MouService(withEditionOne(bolton), changed, CLOCK)
                        .edition("edition-2")
                        .number())
                .isEqualTo(2);
        AoCompactStore third = withEditionOne(bolton);
        MouEdition one = third.currentEdition().orElseThrow();
        MouService reader = new MouService(third, changed, CLOCK);
        assertThat(reader.signatures("edition-2")).isEmpty();
        assertThat(reader.edition(one.id())).isEqualTo(one);
    }

    private static AoCompactStore withEditionOne(ProfileSource profile) {
        AoCompactStore fresh = Fixtures.freshStore();
        DemoData.seedIfEmpty(fresh, profile.profile(), Fixtures.NOW);
        new MouService(fresh, profile, CLOCK).currentEdition();
        return fresh;
    }

    @Test
    void theMouPageIsBuiltFromTheClausesWithEditionDatesAndTheSignatureMacro() {
        ProfileSource bolton =
                new ProfileSource(withExtraClause(Fixtures.profile("bolton").profile()));
        MouService mou = new MouService(store, bolton, CLOCK);
        MouEdition edition = mou.currentEdition();
        MouPageTemplate template = new MouPageTemplate(mou);
        String storage = template.storageFormat(edition);
        assertThat(storage)
                .contains("<ac:structured-macro ac:name=\"mou-signature\"")
                .contains("Edition 1 of Bolton Learning Alliance")
                .contains("effective 23 November 2026")
                .contains("to be reviewed by 22 November 2027")
                .contains("Clause with &lt;markup&gt; &amp; an ampersand")
                .doesNotContain("<markup>");
        var doc = Jsoup.parse(template.preview(edition));
        assertThat(doc.select("h2")).hasSize(edition.sections().size());
        assertThat(doc.select(".compact-clause"))
                .hasSize(edition.sections().stream()
                        .mapToInt(s -> s.clauses().size())
                        .sum());
        assertThat(template.title(edition)).endsWith("(edition 1)");

        var context = new com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext();
        new BlueprintProbe(mou).fill(context);
        assertThat(context.getTitle()).isEqualTo(template.title(edition));
        assertThat(context.get(org.alliancecompact.confluence.page.MouBlueprintContextProvider.BODY))
                .isEqualTo(storage);
    }

    /** Calls the provider's protected hook the way Confluence's create-content plugin does. */
    private static final class BlueprintProbe extends org.alliancecompact.confluence.page.MouBlueprintContextProvider {
        BlueprintProbe(MouService mou) {
            super(mou);
        }

        void fill(com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext context) {
            updateBlueprintContext(context);
        }
    }

    private static AllianceProfile withExtraClause(AllianceProfile p) {
        List<MouTemplate.Section> sections = new ArrayList<>(p.mou().sections());
        sections.add(new MouTemplate.Section(
                "Added at review", List.of(new MouTemplate.Clause("99", "Clause with <markup> & an ampersand."))));
        return new AllianceProfile(
                p.id(),
                p.name(),
                p.timeZone(),
                p.partnershipLeaderTitle(),
                p.membership(),
                p.meetings(),
                p.support(),
                p.engagement(),
                p.register(),
                new MouTemplate(p.mou().title(), sections));
    }
}
