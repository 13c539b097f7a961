package org.alliancecompact.confluence.preview;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.confluence.page.MouPageTemplate;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.refusal.Refusal;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.mou.SigningStatus;
import org.owasp.encoder.Encode;

/**
 * The preview's browser side: a start page to choose who you are, one page per macro with the same
 * script and styles Confluence serves, the MOU page, and {@code /healthz}.
 */
@Path("/")
public class PreviewPages {

    static final String REST_BASE = "/rest/compact/1.0";

    /** Only these files are served from the plugin's web resources. */
    private static final Map<String, String> STATIC =
            Map.of("compact.js", "application/javascript; charset=UTF-8", "compact.css", "text/css; charset=UTF-8");

    private final CompactApp app;
    private final PreviewCallerSource callers;
    private final PreviewConfig config;

    @jakarta.inject.Inject
    public PreviewPages(CompactApp app, PreviewCallerSource callers, PreviewConfig config) {
        this.app = app;
        this.callers = callers;
        this.config = config;
    }

    @GET
    @Path("healthz")
    @Produces(MediaType.TEXT_PLAIN)
    public String health() {
        app.store.members();
        return "ok";
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start(@Context HttpHeaders headers) {
        Optional<Caller> me = callers.caller(headers);
        StringBuilder h = new StringBuilder();
        h.append("<h1>Alliance Compact preview: ")
                .append(text(app.profile.profile().name()))
                .append("</h1>\n");
        h.append("<p>This server previews the Confluence plugin's macros and REST API on an embedded database.")
                .append(" Choose who you are; the choice is kept in a cookie until the server restarts.</p>\n");
        h.append("<h2>Pages</h2>\n<ul>\n<li><a href=\"/pages/mou\">The MOU page (clauses and signatures)</a></li>\n")
                .append("<li><a href=\"/pages/mou-signature\">mou-signature macro</a></li>\n")
                .append("<li><a href=\"/pages/mou-status\">mou-status macro</a></li>\n")
                .append("<li><a href=\"/pages/support-register\">support-register macro</a></li>\n")
                .append("<li><a href=\"/pages/engagement-ladder\">engagement-ladder macro</a></li>\n</ul>\n");
        h.append("<h2>Sign in as</h2>\n<ul class=\"compact-people\">\n");
        for (Map.Entry<String, String> person : people().entrySet()) {
            h.append("<li><form method=\"post\" action=\"/session\"><input type=\"hidden\" name=\"email\" value=\"")
                    .append(attr(person.getKey()))
                    .append("\"><button type=\"submit\" data-email=\"")
                    .append(attr(person.getKey()))
                    .append("\">")
                    .append(text(person.getValue()))
                    .append("</button>")
                    .append("</form></li>\n");
        }
        h.append("</ul>\n");
        return page("Alliance Compact preview", me, h.toString());
    }

    @POST
    @Path("session")
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("email") String email) {
        if (email == null || !people().containsKey(email.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidInput("Choose one of the people on the start page.", "email");
        }
        NewCookie cookie = new NewCookie.Builder(PreviewCallerSource.COOKIE)
                .value(callers.cookieValue(email.trim().toLowerCase(java.util.Locale.ROOT)))
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.seeOther(URI.create("/pages/mou")).cookie(cookie).build();
    }

    @GET
    @Path("pages/{name}")
    @Produces(MediaType.TEXT_HTML)
    public Response macroPage(@Context HttpHeaders headers, @PathParam("name") String name) {
        Optional<Caller> me = callers.caller(headers);
        Caller viewer = me.orElse(null);
        String body;
        try {
            body = switch (name) {
                case "mou" ->
                    new MouPageTemplate(app.mou).preview(app.mou.currentEdition())
                            + app.signatureRenderer.render(viewer, REST_BASE, true, true);
                case "mou-signature" -> app.signatureRenderer.render(viewer, REST_BASE, true, true);
                case "mou-status" -> app.statusRenderer.render(EnumSet.noneOf(SigningStatus.class));
                case "support-register" -> app.registerRenderer.render(viewer, REST_BASE, true, null);
                case "engagement-ladder" -> app.ladderRenderer.render(viewer, false);
                default -> throw new NotFound("No preview page " + name + ".", "name");
            };
        } catch (Refusal e) {
            if (e instanceof NotFound) {
                throw e;
            }
            body = "<p class=\"compact-macro\">" + text(e.getMessage()) + "</p>";
        }
        return page(name + ": Alliance Compact preview", me, body);
    }

    @GET
    @Path("static/{file}")
    public Response resource(@PathParam("file") String file) throws IOException {
        String type = STATIC.get(file);
        if (type == null) {
            throw new NotFound("No such file.", "file");
        }
        try (InputStream in = PreviewPages.class.getClassLoader().getResourceAsStream("compact/" + file)) {
            if (in == null) {
                throw new NotFound("No such file.", "file");
            }
            return Response.ok(in.readAllBytes(), type).build();
        }
    }

    /** Everyone who may sign in: the members' people and the coordinators, with a label. */
    private Map<String, String> people() {
        Map<String, String> people = new LinkedHashMap<>();
        for (String c : config.coordinators()) {
            people.put(c, "Coordinator (" + c + ")");
        }
        for (Member m : app.store.members()) {
            for (Person p : m.people()) {
                people.merge(
                        p.email(),
                        p.name() + ", " + p.role().name().toLowerCase(java.util.Locale.ROOT) + " of " + m.name(),
                        (a, b) -> a + "; " + b);
            }
        }
        return people;
    }

    private static Response page(String title, Optional<Caller> me, String body) {
        String who = me.map(c -> "Signed in as <strong class=\"compact-me\">" + text(c.name()) + "</strong> ("
                        + text(c.email()) + ")" + (c.coordinator() ? ", coordinator" : ""))
                .orElse("Not signed in");
        String html = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + text(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"/static/compact.css\">\n"
                + "<script src=\"/static/compact.js\" defer></script>\n</head>\n<body>\n"
                + "<header class=\"compact-preview-header\"><a href=\"/\">Preview start page</a> | " + who
                + "</header>\n"
                + "<main>\n" + body + "</main>\n</body>\n</html>\n";
        return Response.ok(html, "text/html; charset=UTF-8")
                .header(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String text(String s) {
        return Encode.forHtml(s);
    }

    private static String attr(String s) {
        return Encode.forHtmlAttribute(s);
    }
}
