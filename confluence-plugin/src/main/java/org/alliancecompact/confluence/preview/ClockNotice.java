package org.alliancecompact.confluence.preview;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import org.alliancecompact.model.time.OperatorClock;
import org.owasp.encoder.Encode;

/**
 * Puts the operator clock's notice into the header of every preview page while the preview server
 * runs on an operator clock ({@code ALLIANCE_CLOCK} or {@code ALLIANCE_CLOCK_OFFSET}), so nobody takes
 * the dates shown for today's. Registered only then; a response filter, so the pages themselves need
 * not know about it. (In Confluence the plugin always keeps the system clock: there is no such setting.)
 */
final class ClockNotice implements ContainerResponseFilter {
    private final OperatorClock clock;

    ClockNotice(OperatorClock clock) {
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof String html)
                || response.getMediaType() == null
                || !response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        response.setEntity(withNotice(html, clock.notice()), response.getEntityAnnotations(), response.getMediaType());
    }

    /**
     * {@code html} with the notice as the last thing in its first {@code <header>} (the page's header
     * bar), or straight after {@code <body>} when it has none; unchanged when it has neither.
     */
    static String withNotice(String html, String notice) {
        String block = "<div class=\"compact-operator-clock aui-message aui-message-warning\" role=\"status\">"
                + Encode.forHtml(notice) + "</div>";
        int header = html.indexOf("</header>");
        if (header >= 0) {
            return html.substring(0, header) + block + html.substring(header);
        }
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        return open < 0 ? html : html.substring(0, open + 1) + "\n" + block + html.substring(open + 1);
    }
}
