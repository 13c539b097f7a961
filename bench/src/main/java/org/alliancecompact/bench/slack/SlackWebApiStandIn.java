package org.alliancecompact.bench.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.bench.harness.JdkHttpServers;
import org.alliancecompact.bench.harness.TokenBucket;

/**
 * A local stand-in for Slack's Web API ({@code /api/<method>} on 127.0.0.1) that enforces rate
 * limits the way Slack does: {@code chat.postMessage} at most about one message per second per
 * channel with short bursts allowed, plus a workspace-wide allowance per minute for every limited
 * method; over a limit it answers HTTP 429 with {@code Retry-After} in whole seconds and does not
 * deliver. {@code auth.test}, {@code users.info} (for users given with {@link #withUser}) and other
 * methods answer {@code ok}. It records each channel's
 * delivered messages so a benchmark can check nothing was lost or sent twice, and the text of every
 * reply posted to a slash command's {@code response_url} so it can check what the bot answered.
 */
public final class SlackWebApiStandIn implements AutoCloseable {

    /** A per-method allowance: {@code perMinute} on average, at most {@code burst} at once. */
    public record Tier(int perMinute, int burst) {
        public Tier {
            if (perMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("perMinute and burst must be at least 1");
            }
        }
    }

    /**
     * @param channelPerSecond chat.postMessage per channel (Slack: 1)
     * @param channelBurst how many messages one channel may take at once
     * @param tiers workspace-wide allowances by method name; methods not named are not limited
     */
    public record Limits(double channelPerSecond, int channelBurst, Map<String, Tier> tiers) {
        public Limits {
            tiers = Map.copyOf(tiers);
        }
    }

    private static final String POST_MESSAGE = "chat.postMessage";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_CHANNEL = Pattern.compile("\"channel\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpServer http;
    private final ExecutorService executor;
    private final Limits limits;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> methodBuckets = new HashMap<>();
    private final Map<String, TokenBucket> channelBuckets = new HashMap<>();
    private final Map<String, LongAdder> deliveredByChannel = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> okByMethod = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> limitedByMethod = new ConcurrentHashMap<>();
    private final Map<String, String> emailByUser = new ConcurrentHashMap<>();
    private final Queue<String> responseTexts = new ConcurrentLinkedQueue<>();
    /** When a reply reached each {@link #responseUrl(String)}, by its key (the stand-in's clock). */
    private final Map<String, Long> replyArrivals = new ConcurrentHashMap<>();

    private final AtomicLong ts = new AtomicLong();
    private long requestsSinceSweep;

    private SlackWebApiStandIn(Limits limits, LongSupplier nanoTime) throws IOException {
        JdkHttpServers.noDelay();
        this.limits = limits;
        this.nanoTime = nanoTime;
        limits.tiers()
                .forEach((method, tier) ->
                        methodBuckets.put(method, new TokenBucket(tier.burst(), tier.perMinute() / 60.0, nanoTime)));
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/", this::handle);
        http.createContext("/response/", this::respondOk);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-stand-in");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
    }

    public static SlackWebApiStandIn start(Limits limits) throws IOException {
        return start(limits, System::nanoTime);
    }

    static SlackWebApiStandIn start(Limits limits, LongSupplier nanoTime) throws IOException {
        SlackWebApiStandIn standIn = new SlackWebApiStandIn(limits, nanoTime);
        standIn.http.start();
        return standIn;
    }

    /** What Slack's SDK takes as its methods endpoint prefix (ends in {@code /api/}). */
    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/api/");
    }

    /** Where a slash command's {@code response_url} may point. */
    public URI responseUrl() {
        return responseUrl("bench");
    }

    /** A response_url of its own for one command, whose reply's arrival time is kept under {@code key}. */
    public URI responseUrl(String key) {
        if (!key.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a response_url key is letters, digits, - and _");
        }
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/response/" + key);
    }

    /** When the first reply to {@link #responseUrl(String) responseUrl(key)} arrived, on the stand-in's clock. */
    public Optional<Long> replyArrivedAt(String key) {
        return Optional.ofNullable(replyArrivals.get(key));
    }

    public long delivered(String channel) {
        LongAdder n = deliveredByChannel.get(channel);
        return n == null ? 0 : n.sum();
    }

    public int channelsDeliveredTo() {
        return deliveredByChannel.size();
    }

    public long ok(String method) {
        LongAdder n = okByMethod.get(method);
        return n == null ? 0 : n.sum();
    }

    public long rateLimited(String method) {
        LongAdder n = limitedByMethod.get(method);
        return n == null ? 0 : n.sum();
    }

    /** Makes {@code users.info} answer for {@code userId} with this email (as a workspace member). */
    public SlackWebApiStandIn withUser(String userId, String email) {
        emailByUser.put(userId, email);
        return this;
    }

    /** Replies posted to {@link #responseUrl} so far. */
    public long responses() {
        return responseTexts.size();
    }

    /** Replies posted to {@link #responseUrl} whose text begins with {@code prefix}. */
    public long responsesStartingWith(String prefix) {
        return responseTexts.stream().filter(t -> t.startsWith(prefix)).count();
    }

    /** The text of one reply that does not begin with {@code prefix}, if any (to say what went wrong). */
    public Optional<String> aResponseNotStartingWith(String prefix) {
        return responseTexts.stream().filter(t -> !t.startsWith(prefix)).findFirst();
    }

    /** Forgets what was delivered (so a heap measurement does not count the stand-in's records). */
    public void forgetDeliveries() {
        deliveredByChannel.clear();
        responseTexts.clear();
        replyArrivals.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            Map<String, String> params = form(exchange.getRequestBody());
            if (method.equals("auth.test")) {
                count(okByMethod, method);
                send(exchange, 200, null, """
                        {"ok":true,"url":"https://bench.slack.com/","team":"Bench","user":"bench-bot",\
                        "team_id":"T0BENCH","user_id":"U0BENCHBOT","bot_id":"B0BENCH"}""");
                return;
            }
            if (method.equals("users.info")) {
                count(okByMethod, method);
                String user = params.getOrDefault("user", "");
                String email = emailByUser.get(user);
                send(
                        exchange,
                        200,
                        null,
                        email == null
                                ? "{\"ok\":false,\"error\":\"user_not_found\"}"
                                : "{\"ok\":true,\"user\":{\"id\":\"" + json(user) + "\",\"name\":\"bench\","
                                        + "\"real_name\":\"Bench User\",\"profile\":{\"email\":\"" + json(email)
                                        + "\",\"real_name\":\"Bench User\"}}}");
                return;
            }
            String channel = params.get("channel");
            if (method.equals(POST_MESSAGE) && (channel == null || channel.isBlank())) {
                send(exchange, 200, null, "{\"ok\":false,\"error\":\"channel_not_found\"}");
                return;
            }
            long waitNanos = admit(method, method.equals(POST_MESSAGE) ? channel : null);
            if (waitNanos > 0) {
                count(limitedByMethod, method);
                long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
                send(exchange, 429, String.valueOf(seconds), "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            count(okByMethod, method);
            if (method.equals(POST_MESSAGE)) {
                count(deliveredByChannel, channel);
                String stamp = String.format("%d.%06d", 1_800_000_000L, ts.incrementAndGet() % 1_000_000);
                send(
                        exchange,
                        200,
                        null,
                        "{\"ok\":true,\"channel\":\"" + json(channel) + "\",\"ts\":\"" + stamp + "\"}");
            } else {
                send(exchange, 200, null, "{\"ok\":true}");
            }
        }
    }

    /** 0 when the call may go through (its tokens taken), else nanoseconds until it could. */
    private synchronized long admit(String method, String channel) {
        TokenBucket methodBucket = methodBuckets.get(method);
        TokenBucket channelBucket = null;
        if (channel != null) {
            channelBucket = channelBuckets.computeIfAbsent(
                    channel, c -> new TokenBucket(limits.channelBurst(), limits.channelPerSecond(), nanoTime));
        }
        long wait = Math.max(
                methodBucket == null ? 0 : methodBucket.waitNanos(),
                channelBucket == null ? 0 : channelBucket.waitNanos());
        if (wait == 0) {
            if (methodBucket != null) {
                methodBucket.take();
            }
            if (channelBucket != null) {
                channelBucket.take();
            }
        }
        if (++requestsSinceSweep >= 1_000) {
            // A full bucket is the same as no bucket: drop them so 10,000 channels do not pile up.
            requestsSinceSweep = 0;
            for (Iterator<TokenBucket> it = channelBuckets.values().iterator(); it.hasNext(); ) {
                if (it.next().full()) {
                    it.remove();
                }
            }
        }
        return wait;
    }

    /** A {@code response_url}: Slack answers {@code ok} to a JSON message and shows its text. */
    private void respondOk(HttpExchange exchange) throws IOException {
        long arrived = nanoTime.getAsLong();
        try (exchange) {
            JsonNode message;
            try {
                message = JSON.readTree(exchange.getRequestBody());
            } catch (IOException e) {
                message = null;
            }
            if (message == null || !message.path("text").isTextual()) {
                send(exchange, 400, null, "invalid_payload");
                return;
            }
            responseTexts.add(message.path("text").asText());
            String key = exchange.getRequestURI().getPath().substring("/response/".length());
            replyArrivals.putIfAbsent(key, arrived);
            send(exchange, 200, null, "ok");
        }
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static void send(HttpExchange exchange, int status, String retryAfter, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Slack's SDK posts form-encoded parameters; of a JSON body only the channel is read. */
    static Map<String, String> form(InputStream body) throws IOException {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = new HashMap<>();
        if (text.startsWith("{")) {
            Matcher channel = JSON_CHANNEL.matcher(text);
            if (channel.find()) {
                params.put("channel", channel.group(1));
            }
            return params;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
