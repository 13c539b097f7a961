package org.alliancecompact.confluence.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every REST method says who the host lets through (Confluence 9 and later treat a method with no REST v2
 * access annotation as licensed-only), and the calls the Slack bot makes need no Confluence licence.
 */
class RestAccessAnnotationsTest {

    private static final List<Class<? extends Annotation>> ACCESS = List.of(
            UnrestrictedAccess.class,
            AnonymousSiteAccess.class,
            UnlicensedSiteAccess.class,
            LicensedOnly.class,
            AdminOnly.class,
            SystemAdminOnly.class);

    /** What the bot's client (slack-bot, package confluence) calls, as "verb path". */
    private static final Set<String> BOT_CALLS = Set.of(
            "get /members",
            "get /register",
            "get /mou/current",
            "get /mou/status",
            "get /mou/status/{memberId}",
            "put /support-assignments/{requestId}",
            "post /engagement");

    /** Every resource method, as "verb path", with the access annotations it carries. */
    private static Map<String, List<String>> accessByCall() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Class<?> resource : OpenApiContractTest.RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                String verb = OpenApiContractTest.httpMethod(m);
                if (verb == null) {
                    continue;
                }
                List<String> annotations = ACCESS.stream()
                        .filter(a -> m.isAnnotationPresent(a) || resource.isAnnotationPresent(a))
                        .map(Class::getSimpleName)
                        .toList();
                out.put(verb + " " + OpenApiContractTest.path(resource, m), annotations);
            }
        }
        return out;
    }

    @Test
    void everyResourceMethodCarriesExactlyOneAccessAnnotation() {
        Map<String, List<String>> calls = accessByCall();
        assertThat(calls).hasSizeGreaterThan(15);
        List<String> wrong = new ArrayList<>();
        calls.forEach((call, annotations) -> {
            if (annotations.size() != 1) {
                wrong.add(call + " " + annotations);
            }
        });
        assertThat(wrong)
                .as("resource methods without exactly one REST v2 access annotation")
                .isEmpty();
    }

    @Test
    void theBotsCallsNeedNoLicenceAndPeoplesWritesDo() {
        Map<String, List<String>> calls = accessByCall();
        assertThat(calls.keySet()).containsAll(BOT_CALLS);
        for (String call : BOT_CALLS) {
            assertThat(calls.get(call)).as(call).containsExactly("UnrestrictedAccess");
        }
        Set<String> peoplesWrites = Stream.of(
                        "post /members",
                        "put /members/{id}",
                        "post /mou/editions/{id}/signatures",
                        "post /mou/withdrawals",
                        "put /register/{memberId}")
                .collect(Collectors.toSet());
        for (String call : peoplesWrites) {
            assertThat(calls.get(call)).as(call).containsExactly("LicensedOnly");
        }
    }
}
