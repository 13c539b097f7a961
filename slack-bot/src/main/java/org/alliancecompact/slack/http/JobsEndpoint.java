package org.alliancecompact.slack.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.config.ConfigException;
import org.alliancecompact.slack.schedule.DailyJobs;

/**
 * {@code POST /jobs/{job}}: runs one of the bot's daily jobs now, for an operator or a test, with
 * {@code Authorization: Bearer <OPERATOR_TOKEN>}. Served only when {@code OPERATOR_TOKEN} is set (else
 * the path is 404 like any other).
 *
 * <p>Answers (JSON): 200 {@code {"job","ranAt","messagesSent","tookMillis","clock"}} when the job ran;
 * 500 with the same and {@code "error"} when it failed; 401 (with {@code WWW-Authenticate: Bearer}, RFC
 * 6750 section 3) without a bearer token; 403 with a wrong one; 404 {@code {"error","jobs"}} for a name
 * that is no job (only after the token is accepted, so the list is not shown to strangers); 405 for any
 * other method. The token is compared in constant time and never logged or echoed.
 */
public final class JobsEndpoint extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Shortest token taken: 32 characters, such as {@code openssl rand -hex 16}. */
    public static final int MIN_TOKEN_LENGTH = 32;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DailyJobs jobs;
    private final transient OperatorClock clock;
    private final byte[] token;

    public JobsEndpoint(DailyJobs jobs, OperatorClock clock, String token) {
        this.jobs = jobs;
        this.clock = clock;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code OPERATOR_TOKEN} from the settings: empty when unset (the endpoint is then off).
     *
     * @throws ConfigException when it is shorter than {@link #MIN_TOKEN_LENGTH} or holds white space
     */
    public static Optional<String> token(Map<String, String> settings) {
        String t = settings.get("OPERATOR_TOKEN");
        if (t == null || t.isBlank()) {
            return Optional.empty();
        }
        t = t.strip();
        if (t.length() < MIN_TOKEN_LENGTH || t.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("OPERATOR_TOKEN must be at least " + MIN_TOKEN_LENGTH
                    + " characters without spaces (such as the output of openssl rand -hex 16)");
        }
        return Optional.of(t);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            answer(resp, 405, Map.of("error", "use POST"));
            return;
        }
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"alliance-bot\"");
            answer(resp, 401, Map.of("error", "a bearer token (OPERATOR_TOKEN) is required"));
            return;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            answer(resp, 403, Map.of("error", "that token is not the operator token"));
            return;
        }
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<DailyJobs.Job> job = jobs.find(name);
        if (job.isEmpty()) {
            answer(
                    resp,
                    404,
                    Map.of(
                            "error",
                            "no such job",
                            "jobs",
                            jobs.jobs().stream().map(DailyJobs.Job::name).toList()));
            return;
        }
        DailyJobs.Outcome o = jobs.run(job.get(), "operator over REST from " + req.getRemoteAddr());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", o.job().name());
        body.put("ranAt", o.at().toString());
        body.put("messagesSent", o.messagesSent());
        body.put("tookMillis", o.took().toMillis());
        body.put("clock", clock.status());
        if (!o.ok()) {
            body.put("error", o.failure());
        }
        answer(resp, o.ok() ? 200 : 500, body);
    }

    private static void answer(HttpServletResponse resp, int status, Map<String, ?> body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(JSON.writeValueAsString(body));
    }

    /** {@code /jobs/*} when OPERATOR_TOKEN is unset: 404 to every method, as if there were no such path. */
    static final class Off extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            answer(resp, 404, Map.of("error", "not found"));
        }
    }
}
