package org.alliancecompact.model.support;

import static org.alliancecompact.model.support.SupportFixtures.RULES;
import static org.alliancecompact.model.support.SupportFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.alliancecompact.model.register.CategoryAssignment;
import org.alliancecompact.model.register.RegisterVisibility;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.register.Viewer;
import org.junit.jupiter.api.Test;

class ActiveSupportTest {

    private static SupportRequest assigned(String id, String requester, String provider) {
        return RequestLifecycle.assign(
                RequestLifecycle.claim(request(id, requester, "1", "2026-10-01T09:00:00Z"), "c", RULES),
                provider,
                RULES);
    }

    @Test
    void supportRunsFromAssignmentUntilCompletion() {
        SupportRequest a = assigned("1", "b", "a");
        SupportRequest inProgress = RequestLifecycle.start(assigned("2", "c", "a"), RULES);
        SupportRequest completed = RequestLifecycle.complete(
                RequestLifecycle.start(assigned("3", "d", "a"), RULES), Instant.parse("2026-11-01T00:00:00Z"), RULES);
        SupportRequest otherProvider = assigned("4", "e", "z");
        SupportRequest claimedOnly = RequestLifecycle.claim(request("5", "f", "1", "2026-10-01T09:00:00Z"), "c", RULES);

        assertThat(ActiveSupport.recipientsOf("a", List.of(a, inProgress, completed, otherProvider, claimedOnly)))
                .containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void theProviderSeesTheRecipientsRowOnlyWhileTheSupportRuns() {
        SupportRequest running = RequestLifecycle.start(assigned("1", "nonsigner", "provider"), RULES);
        SupportRequest done = RequestLifecycle.complete(running, Instant.parse("2026-11-01T00:00:00Z"), RULES);
        CategoryAssignment row = new CategoryAssignment(
                "nonsigner",
                SupportCategory.INTENSIVE,
                java.util.Set.of(),
                "c",
                Instant.parse("2026-09-10T00:00:00Z"),
                "r",
                java.time.LocalDate.of(2027, 9, 10));
        java.util.Set<String> signers = java.util.Set.of("provider");

        Viewer during = Viewer.ofMember("provider", true, ActiveSupport.recipientsOf("provider", List.of(running)));
        Viewer after = Viewer.ofMember("provider", true, ActiveSupport.recipientsOf("provider", List.of(done)));
        assertThat(RegisterVisibility.view(during, List.of(row), signers).rows())
                .containsExactly(row);
        assertThat(RegisterVisibility.view(after, List.of(row), signers).rows()).isEmpty();
    }
}
