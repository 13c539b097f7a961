package org.alliancecompact.confluence.service;

import static org.alliancecompact.confluence.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.preview.DemoData;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.api.ContractJson;
import org.alliancecompact.model.api.RegisterPageDto;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.Test;

/** The register's JSON: the same as its page for every viewer, kept only while nothing changes. */
class RegisterPageJsonTest {

    private static final ObjectMapper JSON = ContractJson.mapper();
    private static final Caller COORDINATOR = Fixtures.coordinator("coordinator@alliance.example");
    private static final Caller LADYBRIDGE = Fixtures.caller("head@ladybridge.example");

    private final AoCompactStore store = Fixtures.freshStore();

    private RegisterService register(String profile) {
        ProfileSource source = Fixtures.profile(profile);
        DemoData.seedIfEmpty(store, source.profile(), Fixtures.NOW);
        return new RegisterService(store, new MouService(store, source, CLOCK), CLOCK);
    }

    @Test
    void theJsonIsThePageForAViewerWhoSeesOnlySomeRowsAndForOneWhoSeesAll() throws Exception {
        RegisterService register = register("oldham"); // data sharing limits what members see

        RegisterPageDto partial = JSON.readValue(register.pageJson(LADYBRIDGE), RegisterPageDto.class);
        assertThat(partial).isEqualTo(register.page(LADYBRIDGE));
        assertThat(partial.rows().size())
                .isLessThan(register.page(COORDINATOR).rows().size());

        assertThat(JSON.readValue(register.pageJson(COORDINATOR), RegisterPageDto.class))
                .isEqualTo(register.page(COORDINATOR));
    }

    @Test
    void theWholeRegistersJsonIsWrittenOnceUntilSomethingIsStored() throws Exception {
        RegisterService register = register("bolton"); // every member sees every row
        byte[] first = register.pageJson(COORDINATOR);
        assertThat(register.pageJson(LADYBRIDGE)).isSameAs(first);

        store.addCategoryAssignment(new CategoryAssignment(
                "smithills",
                SupportCategory.INTENSIVE,
                Set.of(),
                "coordinator@alliance.example",
                Fixtures.NOW.plusSeconds(30),
                "Safeguarding concern",
                Fixtures.TODAY.plusMonths(1)));

        byte[] after = register.pageJson(COORDINATOR);
        assertThat(after).isNotSameAs(first);
        RegisterPageDto page = JSON.readValue(after, RegisterPageDto.class);
        assertThat(page.rows())
                .filteredOn(r -> r.memberId().equals("smithills"))
                .singleElement()
                .satisfies(r -> assertThat(r.category()).isEqualTo(SupportCategory.INTENSIVE));
    }
}
