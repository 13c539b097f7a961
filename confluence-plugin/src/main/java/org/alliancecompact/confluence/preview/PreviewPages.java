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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.alliancecompact.confluence.page.MouPageTemplate;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.refusal.Refusal;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.demo.DemoAlliance;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.model.text.Words;
import org.owasp.encoder.Encode;

/**
 * The preview's browser side: a start page to choose who you are, one page per macro with the same
 * script and styles Confluence serves, the MOU page, and {@code /healthz}.
 */
@Path("/")
public class PreviewPages {

    static final String REST_BASE = "/rest/compact/1.0";

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
        h.append("<p>").append(t("compact.preview.start.intro")).append("</p>\n");
        h.append("<h2>").append(t("compact.preview.start.signInAs")).append("</h2>\n<ul class=\"compact-people\">\n");
        for (Map.Entry<String, String> person : people().entrySet()) {
            h.append("<li><form method=\"post\" action=\"/session\" class=\"aui\">")
                    .append("<input type=\"hidden\" name=\"email\" value=\"")
                    .append(attr(person.getKey()))
                    .append("\"><button type=\"submit\" class=\"aui-button aui-button-link\" data-email=\"")
                    .append(attr(person.getKey()))
                    .append("\">")
                    .append(text(person.getValue()))
                    .append("</button>")
                    .append("</form></li>\n");
        }
        h.append("</ul>\n");
        return page(null, Texts.get("compact.preview.start.title"), me, h.toString());
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
        if (!PAGES.containsKey(name)) {
            // a browser's address: a page saying so with the way back, not the REST API's JSON error
            String body = "<div class=\"aui-message aui-message-warning\"><p>"
                    + t("compact.preview.notFound.body", name) + "</p></div><p><a href=\"/\">"
                    + t("compact.preview.start.title") + "</a></p>";
            return Response.fromResponse(page(null, Texts.get("compact.preview.notFound.title"), me, body))
                    .status(Response.Status.NOT_FOUND)
                    .build();
        }
        if (me.isEmpty()) {
            // As a Confluence space closed to anonymous users: sign in first (the start page).
            return Response.seeOther(URI.create("/")).build();
        }
        String title = "mou".equals(name)
                ? new MouPageTemplate(app.mou).title(app.mou.currentEdition())
                : Texts.get(PAGES.get(name));
        String body;
        try {
            body = switch (name) {
                case "mou" ->
                    new MouPageTemplate(app.mou).preview(app.mou.currentEdition())
                            + app.signatureRenderer.render(viewer, REST_BASE, true, true);
                case "mou-signature" -> app.signatureRenderer.render(viewer, REST_BASE, true, true);
                case "mou-status" -> app.statusRenderer.render(EnumSet.noneOf(SigningStatus.class));
                case "support-register" -> app.registerRenderer.render(viewer, REST_BASE, true, null);
                default -> app.ladderRenderer.render(viewer, false);
            };
        } catch (Refusal e) {
            body = "<div class=\"compact-macro aui-message aui-message-warning\"><p>" + text(e.getMessage())
                    + "</p></div>";
        }
        return page(name, title, me, body);
    }

    /** The preview's pages, in the space sidebar's order, with the bundle key of their title. */
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("mou", "compact.preview.page.mou");
        PAGES.put("mou-signature", "compact.preview.page.signatures");
        PAGES.put("mou-status", "compact.preview.page.status");
        PAGES.put("support-register", "compact.preview.page.register");
        PAGES.put("engagement-ladder", "compact.preview.page.ladder");
    }

    /** The plugin's own web resources, served as Confluence serves them. */
    private static final Pattern OWN = Pattern.compile("compact\\.(js|css)");

    /** AUI and jQuery as the build fetched them (scripts/fetch-aui.sh): only these paths are served. */
    private static final Pattern LIBRARY = Pattern.compile(
            "lib/(aui/aui-prototyping\\.(js|css)|aui/fonts/[a-z-]+\\.(woff|ttf|eot)|jquery/jquery\\.min\\.js)");

    @GET
    @Path("static/{path: .+}")
    public Response resource(@PathParam("path") String path) throws IOException {
        String location;
        if (OWN.matcher(path).matches()) {
            location = "compact/" + path;
        } else if (LIBRARY.matcher(path).matches()) {
            location = "preview-static/" + path.substring("lib/".length());
        } else {
            throw new NotFound("No such file.", "path");
        }
        try (InputStream in = PreviewPages.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new NotFound("AUI is missing from the build (scripts/fetch-aui.sh fetches it): " + path, "path");
            }
            String type = path.endsWith(".js")
                    ? "application/javascript; charset=UTF-8"
                    : path.endsWith(".css")
                            ? "text/css; charset=UTF-8"
                            : "font/" + path.substring(path.lastIndexOf('.') + 1);
            return Response.ok(in.readAllBytes(), type)
                    .header("Cache-Control", location.startsWith("compact/") ? "no-cache" : "max-age=3600")
                    .build();
        }
    }

    /**
     * Everyone who may sign in, with a label: the demo's staff by their demo names (as the bot's console
     * names them: coordinators, then the partnership leader), any other configured coordinator by e-mail,
     * then the members' people, each person once with every role they hold (an executive head leads two
     * schools).
     */
    private Map<String, String> people() {
        Map<String, String> people = new LinkedHashMap<>();
        List<DemoAlliance.Staff> staff = staff();
        for (DemoAlliance.Staff s : staff) {
            if (s.role() == DemoAlliance.StaffRole.COORDINATOR
                    && config.coordinators().contains(s.email())) {
                people.put(s.email(), Texts.get("compact.preview.person.coordinator", s.name()));
            }
        }
        for (String c : new java.util.TreeSet<>(config.coordinators())) {
            people.putIfAbsent(c, Texts.get("compact.preview.person.coordinatorEmail", c));
        }
        for (DemoAlliance.Staff s : staff) {
            if (s.role() == DemoAlliance.StaffRole.PARTNERSHIP_LEADER) {
                people.putIfAbsent(s.email(), Texts.get("compact.preview.person.leader", s.name()));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, java.util.TreeSet<String>> roles = new LinkedHashMap<>();
        for (Member m : app.store.members()) {
            for (Person p : m.people()) {
                names.putIfAbsent(p.email(), p.name());
                roles.computeIfAbsent(p.email(), e -> new java.util.TreeSet<>())
                        .add(Texts.get(
                                "compact.preview.person.role",
                                Texts.get("compact.role." + p.role().name()),
                                m.name()));
            }
        }
        names.forEach((email, name) -> people.putIfAbsent(
                email, Texts.get("compact.preview.person.member", name, Words.list(List.copyOf(roles.get(email))))));
        return people;
    }

    /** The demo alliance's staff (coordinators, partnership leader), or none when the preview has no demo. */
    private List<DemoAlliance.Staff> staff() {
        return config.demo() == null
                ? List.of()
                : DemoAlliance.of(config.demo(), app.mou.today()).staff();
    }

    /**
     * A page the way Confluence frames one: the application header (with who is signed in), the space
     * sidebar listing the preview's pages, breadcrumbs and the page title, then the macro. Built from AUI's
     * page layout, so the macro is seen in the surroundings it will have.
     */
    private Response page(String current, String title, Optional<Caller> me, String body) {
        String space = app.profile.profile().name();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text(title))
                .append(" - ")
                .append(text(space))
                .append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/lib/aui/aui-prototyping.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/compact.css\">\n")
                .append("<script src=\"/static/lib/jquery/jquery.min.js\"></script>\n")
                .append("<script src=\"/static/lib/aui/aui-prototyping.js\"></script>\n")
                .append("<script src=\"/static/compact.js\" defer></script>\n</head>\n")
                .append("<body class=\"aui-page-sidebar-none compact-preview\">\n<div id=\"page\">\n")
                .append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"")
                .append(attr(Texts.get("compact.preview.header")))
                .append("\"><div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"/\">")
                .append("<span class=\"aui-header-logo-device\">")
                .append(t("compact.preview.product"))
                .append("</span></a></span><ul class=\"aui-nav\"><li><a href=\"/pages/mou\">")
                .append(t("compact.preview.spaces"))
                .append("</a></li></ul></div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\"><li>")
                .append(who(me))
                .append("</li></ul></div></div></nav></header>\n")
                .append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">\n")
                .append("<div class=\"aui-page-panel-nav compact-space-sidebar\"><nav class=\"aui-navgroup")
                .append(" aui-navgroup-vertical\" aria-label=\"")
                .append(attr(Texts.get("compact.preview.sidebar")))
                .append("\"><div class=\"aui-navgroup-inner\"><div class=\"aui-nav-heading\"><strong>")
                .append(text(space))
                .append("</strong></div><ul class=\"aui-nav\">");
        for (Map.Entry<String, String> p : PAGES.entrySet()) {
            h.append("<li")
                    .append(p.getKey().equals(current) ? " class=\"aui-nav-selected\"" : "")
                    .append("><a href=\"/pages/")
                    .append(attr(p.getKey()))
                    .append("\">")
                    .append(t(p.getValue()))
                    .append("</a></li>");
        }
        h.append("</ul></div></nav></div>\n<section class=\"aui-page-panel-content\" id=\"main-content\">\n")
                .append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><ol class=\"aui-nav aui-nav-breadcrumbs\">")
                .append("<li><a href=\"/\">")
                .append(t("compact.preview.product"))
                .append("</a></li><li><a href=\"/pages/mou\">")
                .append(text(space))
                .append("</a></li>")
                .append(current == null ? "" : "<li class=\"aui-nav-selected\">" + text(title) + "</li>")
                .append("</ol><h1 id=\"title-text\">")
                .append(text(title))
                .append("</h1></div></div></header>\n")
                .append("<div class=\"compact-page-body\">\n")
                .append(body)
                .append("</div>\n</section>\n</div></div>\n</div>\n</body>\n</html>\n");
        return Response.ok(h.toString(), "text/html; charset=UTF-8")
                .header(
                        "Content-Security-Policy",
                        // AUI writes style attributes into the markup it builds (dialogs, flags, date picker)
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                                + " img-src 'self' data:; font-src 'self' data:; object-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** "Signed in as Dana Whitworth (head@...)", once; a coordinator's address is their name here. */
    private static String who(Optional<Caller> me) {
        if (me.isEmpty()) {
            return "<a href=\"/\">" + t("compact.preview.signIn") + "</a>";
        }
        Caller c = me.get();
        String name = c.name() == null || c.name().equalsIgnoreCase(c.email())
                ? "<strong class=\"compact-me\">" + text(c.email()) + "</strong>"
                : "<strong class=\"compact-me\">" + text(c.name()) + "</strong> (" + text(c.email()) + ")";
        return "<span class=\"compact-signed-in\">" + t("compact.preview.signedInAs") + " " + name
                + (c.coordinator()
                        ? " <span class=\"aui-lozenge aui-lozenge-subtle\">" + t("compact.preview.coordinator")
                                + "</span>"
                        : "")
                + "</span></li><li><a class=\"compact-switch-person\" href=\"/\">" + t("compact.preview.switchPerson")
                + "</a>";
    }

    private static String t(String key, Object... args) {
        return text(Texts.get(key, args));
    }

    private static String text(String s) {
        return Encode.forHtml(s);
    }

    private static String attr(String s) {
        return Encode.forHtmlAttribute(s);
    }
}
