package org.alliancecompact.confluence.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The newcomer's findings 4 and 5: the preview names people as the demo (and the bot) does, offers the
 * partnership leader, lists an executive head once with both roles; an unknown page is an HTML page for a
 * browser; every page's header has a way to switch person.
 */
class PreviewPeopleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(PreviewServer server, String path, String cookie) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Accept", "text/html");
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(PreviewServer server, String email) throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(server.baseUri().resolve("session"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=" + email))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static List<String> people(Document start) {
        return start.select(".compact-people button").eachText();
    }

    @Test
    void theStartPageNamesPeopleAsTheDemoDoes() throws Exception {
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forDemo("bolton", "people-bolton"), CLOCK)) {
            Document start = Jsoup.parse(get(server, "/", null).body());
            assertThat(people(start))
                    .contains(
                            "Helen Crompton, alliance coordinator",
                            "Ann Hargreaves, partnership leader",
                            "Judith Entwistle, Head of Hulton Academy and Head of Westhoughton High School")
                    .noneMatch(p -> p.contains("@alliance.example"));
            assertThat(people(start).stream().filter(p -> p.startsWith("Judith Entwistle")))
                    .hasSize(1);

            String cookie = signIn(server, "coordinator@alliance.example");
            Document mou = Jsoup.parse(get(server, "/pages/mou", cookie).body());
            assertThat(mou.select(".compact-me").text()).isEqualTo("Helen Crompton");
            // the register's Set by column and the History dialog (its names from the page) name them too
            Document register =
                    Jsoup.parse(get(server, "/pages/support-register", cookie).body());
            assertThat(register.select(".compact-register tr:not(.compact-unlisted) .compact-set")
                            .eachText())
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t).contains("Helen Crompton").doesNotContain("@alliance.example"));
            assertThat(register.select(".compact-support-register").attr("data-people-names"))
                    .contains("\"coordinator@alliance.example\":\"Helen Crompton\"");
        }
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forDemo("oldham", "people-oldham"), CLOCK)) {
            assertThat(people(Jsoup.parse(get(server, "/", null).body())))
                    .contains("Claire Dawson, alliance coordinator");
        }
    }

    @Test
    void anUnknownPageIsAPageAndEveryPageCanSwitchPerson() throws Exception {
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forDemo("bolton", "people-pages"), CLOCK)) {
            HttpResponse<String> nope = get(server, "/pages/nope", null);
            assertThat(nope.statusCode()).isEqualTo(404);
            assertThat(nope.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            Document page = Jsoup.parse(nope.body());
            assertThat(page.select("h1").text()).isEqualTo("Page not found");
            assertThat(page.select(".compact-page-body a[href=/]").text()).isEqualTo("Choose who you are");

            String cookie = signIn(server, "head@smithills.example");
            Document register =
                    Jsoup.parse(get(server, "/pages/support-register", cookie).body());
            assertThat(register.select("#header a.compact-switch-person[href=/]")
                            .text())
                    .isEqualTo("Switch person");
            // the preview's header only: never inside a macro
            assertThat(register.select(".compact-page-body .compact-switch-person"))
                    .isEmpty();
            // REST keeps its JSON
            HttpResponse<String> rest = get(server, "/rest/compact/1.0/members/nope", cookie);
            assertThat(rest.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        }
    }
}
