package org.alliancecompact.confluence.macro;

import static org.alliancecompact.confluence.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.api.EditionDraftDto;
import org.alliancecompact.model.api.PublicationRequest;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.EditionDraft;
import org.alliancecompact.model.mou.MouEdition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The annual review on the MOU page (issue 18, Bolton: "These protocols will be reviewed on an annual
 * basis"): the coordinators' draft, comparison and publish actions inside mou-signature, escaped; the
 * new wording and the old signatures for everyone after publication.
 */
class EditionPanelTest {

    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    private final AoCompactStore store = Fixtures.freshStore();
    private final MouService mou = bolton();
    private final Caller coordinator = Fixtures.coordinator("coordinator@alliance.example");
    private final Caller head = Fixtures.caller("head@smithills.example");

    private MouService bolton() {
        ProfileSource source = Fixtures.profile("bolton");
        DemoData.seedIfEmpty(store, source.profile(), Fixtures.NOW);
        return new MouService(store, source, CLOCK);
    }

    private Document page(Caller viewer, boolean interactive) {
        return Jsoup.parse(new MouSignatureRenderer(mou).render(viewer, "/rest/compact/1.0", interactive, true));
    }

    private void draftWithHostileClause() {
        MouEdition one = mou.currentEdition();
        mou.drafts().start(coordinator);
        EditionDraft changed = EditionDraft.from(one)
                .withClauseText(one.sections().get(0).clauses().get(0).number(), HOSTILE)
                .withClauseAdded("Operation", "99", "We will meet each term.");
        mou.drafts().save(coordinator, EditionDraftDto.from(changed, "x", Fixtures.NOW));
    }

    @Test
    void coordinatorsAreOfferedToStartTheDraftAndNobodyElseIs() {
        Document forCoordinator = page(coordinator, true);
        assertThat(forCoordinator.select(".compact-editions button.compact-draft-start"))
                .hasSize(1);
        assertThat(forCoordinator.select(".compact-editions").text()).contains("due for review by 22 November 2027");
        assertThat(page(head, true).select(".compact-editions")).isEmpty();
        assertThat(page(null, true).select(".compact-editions")).isEmpty();
        assertThat(page(coordinator, false).select(".compact-editions"))
                .as("exports")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "'reviewed on an annual basis': the draft's changes are listed clause by clause, escaped, with edit and publish dialogs")
    void theDraftIsComparedClauseByClauseAndEveryTextIsEscaped() {
        draftWithHostileClause();
        Document doc = page(coordinator, true);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select(".compact-comparison-counts").text())
                .isEqualTo("Compared with edition 1: 1 added, 0 removed, 1 changed, 47 unchanged.");
        assertThat(doc.select(".compact-comparison li"))
                .extracting(li -> li.attr("data-kind"))
                .containsExactly("CHANGED", "ADDED");
        assertThat(doc.select(".compact-comparison li[data-kind=CHANGED] ins").text())
                .isEqualTo(HOSTILE);
        assertThat(doc.select(".compact-comparison li[data-kind=CHANGED] .aui-lozenge")
                        .text())
                .isEqualTo("Changed");
        assertThat(doc.select(".compact-draft-dialog textarea.compact-text")
                        .first()
                        .text())
                .isEqualTo(HOSTILE);
        assertThat(doc.select(".compact-draft-dialog .compact-draft-section .compact-draft-clause"))
                .hasSize(49);
        assertThat(doc.select(".compact-draft-dialog").attr("data-based-on")).isEqualTo("edition-1");
        assertThat(doc.select(".compact-publish-dialog input[name=effectiveDate]"))
                .hasSize(1);
        assertThat(doc.select("button.compact-draft-publish").hasAttr("disabled"))
                .isFalse();
        assertThat(new MouSignatureRenderer(mou).render(coordinator, "/rest", true, true))
                .doesNotContain("<script>alert");
    }

    @Test
    @DisplayName(
            "After publication everyone is 'Not signed', edition 1's signatures stay as history and the new wording is marked")
    void afterPublicationEveryoneIsNotSignedAndTheOldSignaturesAreHistory() {
        MouEdition one = mou.currentEdition();
        mou.sign(head, one.id(), new SignRequest("smithills", PersonRole.HEAD, null, one.fingerprint()));
        draftWithHostileClause();
        MouEdition two = mou.drafts().publish(coordinator, new PublicationRequest(Fixtures.TODAY.plusDays(30), null));

        Document doc = page(head, true);
        assertThat(doc.select("h2").first().text()).contains("edition 2");
        assertThat(doc.select(".compact-signatures .compact-signer")).isEmpty();
        assertThat(doc.select(".compact-signatures td .aui-lozenge").eachText()).containsOnly("Not signed");
        assertThat(doc.select(".compact-history summary").text())
                .contains("Edition 1")
                .contains("1 signature");
        assertThat(doc.select(".compact-edition-text summary").text())
                .isEqualTo("Read edition 2 (changes since edition 1 marked)");
        assertThat(doc.select(".compact-edition-text dt .aui-lozenge").eachText())
                .containsExactly("Changed", "Added");
        assertThat(doc.select(".compact-edition-text dd").first().text()).isEqualTo(HOSTILE);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(page(coordinator, true).select(".compact-editions button.compact-draft-start"))
                .as("the draft became edition 2; the next review starts afresh")
                .hasSize(1);
        assertThat(List.of(two.number())).containsExactly(2);
    }
}
