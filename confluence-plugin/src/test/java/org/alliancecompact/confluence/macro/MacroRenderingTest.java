package org.alliancecompact.confluence.macro;

import static org.alliancecompact.confluence.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.storage.EngagementReport;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The macros' HTML (escaping, who gets buttons, which rows are emitted) and their Confluence classes. */
class MacroRenderingTest {

    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    private final AoCompactStore store = Fixtures.freshStore();

    private MouService mou(String profile) {
        ProfileSource source = Fixtures.profile(profile);
        DemoData.seedIfEmpty(store, source.profile(), Fixtures.NOW);
        return new MouService(store, source, CLOCK);
    }

    private void renameWithHostileText(String memberId) {
        Member m = store.member(memberId).orElseThrow();
        List<Person> people = m.people().stream()
                .map(p -> new Person(p.email(), HOSTILE, p.role(), p.userKey()))
                .toList();
        store.updateMember(new Member(m.id(), HOSTILE, m.kind(), m.phase(), m.state(), m.joinedOn(), people));
    }

    private static Caller person(String email) {
        return Fixtures.caller(email);
    }

    @Test
    void signatureMacroEscapesHostileNamesEverywhere() {
        MouService mou = mou("bolton");
        renameWithHostileText("smithills");
        Caller head = person("head@smithills.example");
        mou.sign(
                head,
                "edition-1",
                new SignRequest(
                        "smithills", PersonRole.HEAD, null, mou.currentEdition().fingerprint()));
        String html = new MouSignatureRenderer(mou).render(person("chair@smithills.example"), "/rest", true, true);
        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select("tr[data-member-id=smithills] th").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("td[data-member-id=smithills][data-role=HEAD] .compact-signer")
                        .text())
                .isEqualTo(HOSTILE);
        assertThat(doc.select(".compact-sign").attr("data-member-name")).isEqualTo(HOSTILE);
    }

    @Test
    void onlyTheEntitledViewerGetsASignButtonAndExportsGetNone() {
        MouService mou = mou("oldham");
        Document chair = Jsoup.parse(
                new MouSignatureRenderer(mou).render(person("chair@ladybridge.example"), null, true, false));
        assertThat(chair.select(".compact-sign")).hasSize(1);
        assertThat(chair.select(".compact-sign").attr("data-member-id")).isEqualTo("ladybridge");
        assertThat(chair.select(".compact-sign").attr("data-role")).isEqualTo("CHAIR");
        assertThat(chair.select(".compact-sign-dialog input.compact-minute")).hasSize(1);
        assertThat(chair.select("section").attr("data-minute-required")).isEqualTo("true");

        Document coordinator = Jsoup.parse(new MouSignatureRenderer(mou)
                .render(Fixtures.coordinator("coordinator@alliance.example"), null, true, false));
        assertThat(coordinator.select(".compact-sign, .aui-dialog2")).isEmpty();

        Document pdf = Jsoup.parse(
                new MouSignatureRenderer(mou).render(person("chair@ladybridge.example"), null, false, false));
        assertThat(pdf.select(".compact-sign, .aui-dialog2")).isEmpty();
        assertThat(pdf.select("tbody tr")).hasSize(7);
    }

    @Test
    void statusMacroCountsListsAndShowsAssociateExpiry() {
        MouService mou = mou("bolton");
        String fingerprint = mou.currentEdition().fingerprint();
        mou.sign(
                person("head@smithills.example"),
                "edition-1",
                new SignRequest("smithills", PersonRole.HEAD, null, fingerprint));
        mou.sign(
                person("chair@smithills.example"),
                "edition-1",
                new SignRequest("smithills", PersonRole.CHAIR, null, fingerprint));
        mou.sign(
                person("head@ladybridge.example"),
                "edition-1",
                new SignRequest("ladybridge", PersonRole.HEAD, null, fingerprint));
        Document doc = Jsoup.parse(new MouStatusRenderer(mou).render(EnumSet.noneOf(SigningStatus.class)));
        assertThat(doc.select("tr[data-status=SIGNED] .compact-count").text()).isEqualTo("1");
        assertThat(doc.select("tr[data-status=PARTLY_SIGNED] .compact-count").text())
                .isEqualTo("1");
        assertThat(doc.select("tr[data-status=NOT_SIGNED] .compact-count").text())
                .isEqualTo("5");
        assertThat(doc.select(".compact-status-partly_signed li").text())
                .contains("Ladybridge")
                .contains("Chair of governors");
        // Harwood Meadows joined five months ago: associate until joining + 6 months, expiring within 30 days.
        assertThat(doc.select(".compact-associates li[data-member-id=harwood-meadows]")
                        .text())
                .contains("associate until 23 December 2026")
                .contains("Expiring soon");
        Document onlySigned = Jsoup.parse(new MouStatusRenderer(mou).render(EnumSet.of(SigningStatus.SIGNED)));
        assertThat(onlySigned.select("tr[data-status]")).hasSize(1);
    }

    @Test
    void registerMacroNeverEmitsRowsTheViewerMayNotSee() {
        MouService mou = mou("oldham");
        renameWithHostileText("smithills");
        RegisterService register = new RegisterService(store, mou, CLOCK);
        store.addCategoryAssignment(new CategoryAssignment(
                "ladybridge",
                SupportCategory.INTENSIVE,
                java.util.Set.of(),
                "coordinator@alliance.example",
                Fixtures.NOW.plusSeconds(5),
                HOSTILE,
                Fixtures.TODAY.plusMonths(3)));
        SupportRegisterRenderer renderer = new SupportRegisterRenderer(register, mou.profile());

        String member = renderer.render(person("head@ladybridge.example"), "/rest", true, null);
        assertThat(member)
                .doesNotContain("smithills")
                .doesNotContain("St Peter")
                .doesNotContain("<script>");
        Document doc = Jsoup.parse(member);
        assertThat(doc.select(".compact-register tbody tr[data-member-id]"))
                .extracting(e -> e.attr("data-member-id"))
                .containsExactly("ladybridge");
        assertThat(doc.select(".compact-set").text()).contains(HOSTILE);
        assertThat(doc.select(".compact-change, .compact-change-dialog")).isEmpty();
        assertThat(doc.select(".compact-csv").attr("href")).isEqualTo("/rest/register.csv");

        Document coordinator =
                Jsoup.parse(renderer.render(Fixtures.coordinator("coordinator@alliance.example"), "/rest", true, null));
        // every member, the one not yet categorised (Harwood Meadows) too, so it can be categorised
        assertThat(coordinator.select(".compact-register tbody tr[data-member-id]"))
                .hasSize(7);
        assertThat(coordinator.select("tr.compact-unlisted").attr("data-member-id"))
                .isEqualTo("harwood-meadows");
        assertThat(coordinator.select(".compact-change")).hasSize(7);
        assertThat(coordinator.select(".compact-change-dialog input[name=criteria]"))
                .hasSize(mou.profile().register().criteria().size());
        assertThat(coordinator.select("script, img")).isEmpty();
        Document intensiveOnly = Jsoup.parse(renderer.render(
                Fixtures.coordinator("coordinator@alliance.example"), "/rest", false, SupportCategory.INTENSIVE));
        assertThat(intensiveOnly.select(".compact-register tbody tr[data-member-id]"))
                .extracting(e -> e.attr("data-member-id"))
                .containsExactlyInAnyOrder("ladybridge", "bolton-college");
    }

    @Test
    void ladderMacroShowsCoordinatorsEveryOrganisationAndAMemberOnlyItsOwn() throws Exception {
        MouService mou = mou("oldham");
        renameWithHostileText("smithills");
        RegisterService register = new RegisterService(store, mou, CLOCK);
        store.addEngagementReport(new EngagementReport("ladybridge", 1, List.of("missed 2 meetings"), Fixtures.NOW));
        store.addEngagementReport(
                new EngagementReport("ladybridge", 3, List.of("evidence overdue"), Fixtures.NOW.plusSeconds(60)));
        store.addEngagementReport(new EngagementReport("smithills", 2, List.of(HOSTILE), Fixtures.NOW));
        store.addEngagementReport(new EngagementReport("st-peters", 1, List.of("x"), Fixtures.NOW));
        store.addEngagementReport(new EngagementReport("st-peters", 0, List.of(), Fixtures.NOW.plusSeconds(60)));
        EngagementLadderRenderer renderer = new EngagementLadderRenderer(register, mou.profile());
        Caller coordinator = Fixtures.coordinator("coordinator@alliance.example");

        Document all = Jsoup.parse(renderer.render(coordinator, false));
        // latest report per organisation, most disengaged first; level 0 only counted
        assertThat(all.select(".compact-ladder tbody tr"))
                .extracting(e -> e.attr("data-member-id") + "@" + e.attr("data-level"))
                .containsExactly("ladybridge@3", "smithills@2");
        assertThat(all.select("tr[data-member-id=ladybridge]").text())
                .contains("evidence overdue")
                .doesNotContain("missed 2 meetings")
                .contains(mou.profile().engagement().level(3).actions().get(0));
        assertThat(all.select(".compact-engaged").text()).contains("1 organisation has come back down");
        assertThat(all.select("script, img")).isEmpty();
        assertThat(all.select("tr[data-member-id=smithills]").text()).contains(HOSTILE);
        assertThat(Jsoup.parse(renderer.render(coordinator, true)).select(".compact-ladder tbody tr"))
                .hasSize(3);

        String ladybridge = renderer.render(person("head@ladybridge.example"), false);
        assertThat(Jsoup.parse(ladybridge).select(".compact-ladder tbody tr"))
                .extracting(e -> e.attr("data-member-id"))
                .containsExactly("ladybridge");
        assertThat(ladybridge).doesNotContain("smithills").doesNotContain("St Peter");
        assertThat(renderer.render(person("head@stpeters.example"), false))
                .contains("Your organisation is not on the ladder.")
                .doesNotContain("ladybridge");
        assertThat(renderer.render(null, false)).contains("Sign in");

        ConversionContext display = mock(ConversionContext.class);
        when(display.getOutputType()).thenReturn("display");
        MacroSupport stranger = new MacroSupport(
                headers -> Optional.of(person("who@elsewhere.example")),
                mock(PageBuilderService.class, org.mockito.Mockito.RETURNS_DEEP_STUBS),
                mock(ApplicationProperties.class));
        assertThat(new EngagementLadderMacro(renderer, stranger).execute(Map.of(), null, display))
                .contains("not listed for any member organisation");
    }

    @Test
    void confluenceMacrosRequireTheirWebResourcesOnlyForInteractiveOutput() throws Exception {
        MouService mou = mou("bolton");
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources resources = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        MacroSupport support =
                new MacroSupport(headers -> Optional.of(person("head@stpeters.example")), pageBuilder, application);
        MouSignatureMacro macro = new MouSignatureMacro(new MouSignatureRenderer(mou), support);
        assertThat(macro.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(macro.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);

        ConversionContext pdf = mock(ConversionContext.class);
        when(pdf.getOutputType()).thenReturn("pdf");
        assertThat(Jsoup.parse(macro.execute(Map.of(), null, pdf)).select(".compact-sign"))
                .isEmpty();
        verifyNoInteractions(pageBuilder);

        ConversionContext display = mock(ConversionContext.class);
        when(display.getOutputType()).thenReturn("display");
        Document shown = Jsoup.parse(macro.execute(Map.of("showHistory", "false"), null, display));
        assertThat(shown.select(".compact-sign")).hasSize(1);
        assertThat(shown.select("section").attr("data-rest-base")).isEqualTo("/confluence/rest/compact/1.0");
        assertThat(shown.select(".compact-history")).isEmpty();
        verify(resources).requireWebResource("org.alliancecompact.confluence:compact-resources");

        MouStatusMacro status = new MouStatusMacro(new MouStatusRenderer(mou));
        assertThat(status.execute(Map.of("status", "SIGNED,NOT_SIGNED"), null, display))
                .contains("data-status=\"NOT_SIGNED\"");
        assertThatThrownBy(() -> status.execute(Map.of("status", "MAYBE"), null, display))
                .isInstanceOf(MacroExecutionException.class);

        RegisterService register = new RegisterService(store, mou, CLOCK);
        MacroSupport stranger =
                new MacroSupport(headers -> Optional.of(person("who@elsewhere.example")), pageBuilder, application);
        SupportRegisterMacro registerMacro =
                new SupportRegisterMacro(new SupportRegisterRenderer(register, mou.profile()), stranger);
        assertThat(registerMacro.execute(Map.of(), null, display)).contains("not listed for any member organisation");
        assertThatThrownBy(() -> registerMacro.execute(Map.of("category", "SEVERE"), null, display))
                .isInstanceOf(MacroExecutionException.class);
        verify(resources, never()).requireWebResource("something-else");
    }
}
