package org.alliancecompact.confluence.macro;

import static org.alliancecompact.confluence.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.parsers.DocumentBuilderFactory;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.member.PersonRole;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The register's one line telling each viewer what they see and why, under each kind of data-sharing rule
 * and standing, and the web resource's dependency on the host's AUI.
 */
class RegisterStandingTest {

    private final org.alliancecompact.confluence.storage.CompactStore store = Fixtures.freshStore();

    private String standing(MouService mou, String email) {
        RegisterService register = new RegisterService(store, mou, CLOCK);
        String html = new SupportRegisterRenderer(register, mou.profile())
                .render(Fixtures.caller(email), "/rest", true, null);
        return Jsoup.parse(html).select(".compact-standing").text();
    }

    private MouService mou(String profile) {
        ProfileSource source = Fixtures.profile(profile);
        DemoData.seedIfEmpty(store, source.profile(), Fixtures.NOW);
        return new MouService(store, source, CLOCK);
    }

    @Test
    void aMemberThatSignedIsToldItSeesTheOtherSignersAndWhyTheRestAreOnlyCounted() {
        MouService mou = mou("oldham");
        String fingerprint = mou.currentEdition().fingerprint();
        for (PersonRole role : new PersonRole[] {PersonRole.HEAD, PersonRole.CHAIR}) {
            String email = role.name().toLowerCase(java.util.Locale.ROOT) + "@smithills.example";
            mou.sign(Fixtures.caller(email), "edition-1", new SignRequest("smithills", role, "FGB 7", fingerprint));
        }
        assertThat(standing(mou, "head@smithills.example"))
                .isEqualTo("You see Smithills School\u2019s row and the rows of the other members that have signed the"
                        + " MOU, because Smithills School has signed it: under the Oldham Education Partnership\u2019s"
                        + " data-sharing rule, members that have not signed show only in the counts until they sign.");
        assertThat(standing(mou, "head@ladybridge.example"))
                .startsWith("You see only Ladybridge High School\u2019s own row");
    }

    @Test
    void aMemberWithoutACategoryYetSeesItsOwnRowNotAnEmptyTable() {
        MouService mou = mou("oldham");
        RegisterService register = new RegisterService(store, mou, CLOCK);
        var doc = Jsoup.parse(new SupportRegisterRenderer(register, mou.profile())
                .render(Fixtures.caller("head@harwood.example"), "/rest", true, null));
        assertThat(doc.select(".compact-register tbody tr[data-member-id]"))
                .extracting(e -> e.attr("data-member-id") + ": "
                        + e.select(".compact-category").text())
                .containsExactly("harwood-meadows: Not yet categorised");
        assertThat(doc.text()).doesNotContain("No rows");
    }

    @Test
    void whereEveryMemberSeesEveryRowTheLineSaysSo() {
        MouService mou = mou("bolton");
        assertThat(standing(mou, "head@ladybridge.example"))
                .isEqualTo("You see every member organisation\u2019s row: the Bolton Learning Alliance shares its"
                        + " register with all its members.");
    }

    /**
     * The newcomer's finding 3: Dana (Smithills, Bolton) was told she sees every member organisation's row,
     * but Harwood Meadows (an associate not yet categorised) was missing. Bolton 23 shares performance data
     * with the other heads, and an uncategorised row shows no data, only that a category is awaited: the row
     * is shown to whoever may see that member's row, as the coordinator sees it. Under Oldham's rule an
     * uncategorised member is listed only to those who may see its row (its own people; signers for signers).
     */
    @Test
    void theLineIsTrueForTheRowsShownUncategorisedMembersIncluded() {
        MouService mou = mou("bolton");
        RegisterService register = new RegisterService(store, mou, CLOCK);
        var asDana = Jsoup.parse(new SupportRegisterRenderer(register, mou.profile())
                .render(Fixtures.caller("head@smithills.example"), "/rest", true, null));
        var asCoordinator = Jsoup.parse(new SupportRegisterRenderer(register, mou.profile())
                .render(Fixtures.coordinator("coordinator@alliance.example"), "/rest", true, null));
        assertThat(asDana.select(".compact-standing").text()).startsWith("You see every member organisation’s row");
        assertThat(asDana.select(".compact-register tbody tr[data-member-id]"))
                .extracting(e -> e.attr("data-member-id"))
                .containsExactlyElementsOf(asCoordinator.select(".compact-register tbody tr[data-member-id]").stream()
                        .map(e -> e.attr("data-member-id"))
                        .toList())
                .contains("harwood-meadows");
    }

    @Test
    void theMacrosScriptRunsOnTheHostsAui() throws Exception {
        var descriptor = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(RegisterStandingTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml"));
        NodeList resources = descriptor.getElementsByTagName("web-resource");
        Element compact = null;
        for (int i = 0; i < resources.getLength(); i++) {
            Element e = (Element) resources.item(i);
            if (e.getAttribute("key").equals("compact-resources")) {
                compact = e;
            }
        }
        assertThat(compact).isNotNull();
        NodeList dependencies = compact.getElementsByTagName("dependency");
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            keys.add(dependencies.item(i).getTextContent().trim());
        }
        assertThat(keys)
                .contains(
                        "com.atlassian.auiplugin:ajs",
                        "com.atlassian.auiplugin:dialog2",
                        "com.atlassian.auiplugin:aui-flag",
                        "com.atlassian.auiplugin:aui-date-picker",
                        "com.atlassian.auiplugin:aui-lozenge");
    }
}
