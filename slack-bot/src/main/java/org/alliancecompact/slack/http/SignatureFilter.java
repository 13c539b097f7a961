package org.alliancecompact.slack.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks Slack's signature before any request reaches Bolt. Reads the raw body once (at most 1 MiB,
 * far above anything Slack sends), verifies it, then hands Bolt a request that replays the same bytes.
 * A request that fails the check is a 401 whatever its headers hold; an exact copy of a command or
 * interaction already passed within the signature window is acknowledged (200, empty) and not acted on
 * again ({@link ReplayGuard}); events are deduped by their event_id.
 */
public final class SignatureFilter implements Filter {
    private static final Logger log = LoggerFactory.getLogger(SignatureFilter.class);
    static final int MAX_BODY = 1 << 20;

    private final SlackSignature signature;
    private final ReplayGuard replays;

    public SignatureFilter(SlackSignature signature, ReplayGuard replays) {
        this.signature = signature;
        this.replays = replays;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            refuse(response, request, 413, "body too large");
            return;
        }
        String timestamp = request.getHeader("X-Slack-Request-Timestamp");
        String signed = request.getHeader("X-Slack-Signature");
        SlackSignature.Verdict verdict = signature.verify(timestamp, signed, body);
        if (verdict != SlackSignature.Verdict.VALID) {
            refuse(response, request, 401, verdict.name());
            return;
        }
        // Events API deliveries (JSON) carry an event_id that DuplicateEventMiddleware dedupes on every
        // instance, and it logs Slack's redeliveries as such; commands and interactions (forms) have no
        // id of their own, so a copy of one is known by its signature.
        boolean event = String.valueOf(request.getContentType()).startsWith("application/json");
        if (!event && !replays.firstSighting(signed.trim(), Long.parseLong(timestamp.trim()))) {
            log.warn("Ignored a copy of a signed Slack request already handled, from {}", request.getRemoteAddr());
            response.setStatus(200);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private static void refuse(HttpServletResponse response, HttpServletRequest request, int status, String why)
            throws IOException {
        // What and from where, never the signature or the secret.
        log.warn("Refused Slack request from {}: {}", request.getRemoteAddr(), why);
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"invalid_request\"}");
    }

    /** A request whose body is the bytes already read. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
