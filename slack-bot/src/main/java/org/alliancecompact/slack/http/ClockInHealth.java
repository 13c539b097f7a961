package org.alliancecompact.slack.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import org.alliancecompact.model.time.OperatorClock;

/**
 * Adds {@code "clock": {"mode","setting","offsetSeconds","now"}} to {@code GET /healthz} when the
 * operator clock is set, so a monitor or a person checking the bot sees it is not on real time. (A
 * filter, so the health check itself stays as it is.)
 */
final class ClockInHealth implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OperatorClock clock;

    ClockInHealth(OperatorClock clock) {
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        CharArrayWriter body = new CharArrayWriter();
        HttpServletResponseWrapper capture = new HttpServletResponseWrapper((HttpServletResponse) resp) {
            private final PrintWriter writer = new PrintWriter(body);

            @Override
            public PrintWriter getWriter() {
                return writer;
            }
        };
        chain.doFilter(req, capture);
        capture.getWriter().flush();
        String text = body.toString();
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(text);
            json.set("clock", JSON.valueToTree(clock.status()));
            text = JSON.writeValueAsString(json);
        } catch (IOException | ClassCastException e) {
            // not the JSON object expected: pass it on untouched
        }
        resp.getWriter().write(text);
    }
}
