package org.alliancecompact.slack.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.alliancecompact.slack.http.FormFields;
import org.alliancecompact.slack.slackapi.SlackLimits;

/**
 * A strict stand-in for Slack's Web API and its response URLs, on loopback: it answers as Slack
 * does, refusing with Slack's error code whatever Slack's documentation says Slack refuses.
 *
 * <ul>
 *   <li>Every documented limit on blocks, texts, options, views and message text, by {@link SlackLimits}
 *       ({@code invalid_blocks}, {@code invalid_arguments}, {@code msg_too_long}, {@code no_text}).
 *   <li>Channels: chat.postMessage takes an ID, a name ({@code #x} or {@code x}) of a known channel or
 *       a known user's ID (a DM, answered with the DM's {@code D…} ID); chat.update, chat.delete and
 *       reactions take IDs only (api.slack.com/methods/chat.update); anything else is
 *       {@code channel_not_found}; a channel the bot is not in is {@code not_in_channel}.
 *   <li>A {@code thread_ts} or an update's {@code ts} that was never posted in that channel:
 *       {@code thread_not_found} / {@code message_not_found}.
 *   <li>views.open and views.push exchange a {@code trigger_id} minted here ({@link #triggerId()}),
 *       within 3 s of minting by this stand-in's clock and once only (api.slack.com/surfaces/modals,
 *       "Pass a valid trigger_id within 3 seconds"; api.slack.com/methods/views.open errors
 *       {@code expired_trigger_id}, {@code exchanged_trigger_id}, {@code invalid_trigger_id}).
 *   <li>views.update needs a view opened here ({@code not_found}); views.publish a known user.
 *   <li>A response_url is used at most 5 times within 30 minutes
 *       (api.slack.com/interactivity/handling#message_responses), and its message is checked as a
 *       message (HTTP 400 with Slack's error code as the body).
 *   <li>Rate limits when asked ({@link #limitPerChannel}, {@link #limit}): HTTP 429 {@code ratelimited}
 *       with {@code Retry-After} in whole seconds (api.slack.com/apis/rate-limits).
 * </ul>
 *
 * <p>Tests read what was sent ({@link #calls}, {@link #postsTo}, {@link #responses}), see every
 * refusal ({@link #refusals()}, injected ones apart), and inject latency ({@link #delay}) and
 * failures ({@link #refuse}, {@link #failHttp}).
 *
 * <p>The benchmarks use it too, at their scale: 10,000 users and channels, hundreds of calls a second
 * from many threads. Its counters ({@link #ok}, {@link #rateLimited}, {@link #delivered}) cost O(1) to
 * read, a channel's rate-limit bucket is dropped once full again (a full bucket is the same as none),
 * and {@link #forget} empties the log between runs so the stand-in's records do not weigh on a heap
 * measurement.
 *
 * <p>From WireMock stubs: an {@code okJson("{ok:false,error:X}")} stub is {@code refuse(method,
 * where("channel", id), X)}; {@code withFixedDelay} is {@link #delay}; a 429-then-5xx scenario is
 * {@link #failHttp} twice (applied in order); {@code findAll(postRequestedFor(...))} is
 * {@link #log} (each {@link Call} has its arrival time and form fields); a channel the bot posts to
 * by name is registered with {@link #channel}, users with {@link #user}; Socket Mode's
 * apps.connections.open answers {@link #socketModeUrl}. A method the stand-in does not implement is
 * {@code unknown_method}, as Slack answers an unknown method.
 */
public final class StrictSlack implements AutoCloseable {
    /** One call as received, and Slack's error code when it was refused (null when it was taken). */
    public record Call(
            String method, Instant at, Map<String, String> fields, String error, String detail, boolean injected) {
        public boolean ok() {
            return error == null;
        }
    }

    /** An injected failure; {@link #remove()} stops it. */
    public final class Injection {
        private final String method;
        private final Predicate<Map<String, String>> when;
        private final String error;
        private final int status;
        private final int retryAfter;
        private final AtomicInteger remaining;

        private Injection(
                String method,
                Predicate<Map<String, String>> when,
                String error,
                int status,
                int retryAfter,
                int times) {
            this.method = method;
            this.when = when;
            this.error = error;
            this.status = status;
            this.retryAfter = retryAfter;
            this.remaining = new AtomicInteger(times);
        }

        public void remove() {
            injections.remove(this);
        }

        private boolean applies(String m, Map<String, String> fields) {
            return method.equals(m) && when.test(fields) && remaining.getAndDecrement() > 0;
        }
    }

    /** Trigger IDs expire this long after they are minted (api.slack.com/surfaces/modals). */
    public static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(3);
    /** A response_url takes 5 messages (api.slack.com/interactivity/handling#message_responses). */
    public static final int RESPONSE_URL_USES = 5;
    /** ... within 30 minutes of the interaction. */
    public static final Duration RESPONSE_URL_LIFETIME = Duration.ofMinutes(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer http;
    private final ExecutorService executor;
    private final Clock clock;
    private final Map<String, User> usersById = new ConcurrentHashMap<>();
    private final Map<String, String> userByEmail = new ConcurrentHashMap<>();
    /** Channel ID to name, and whether the bot is a member. */
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    /** Message timestamps posted, by channel ID. */
    private final Map<String, Set<String>> messages = new ConcurrentHashMap<>();

    private final Map<String, Instant> triggers = new ConcurrentHashMap<>();
    private final Set<String> exchanged = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> views = new ConcurrentHashMap<>();
    private final Map<String, ResponseUrl> responseUrls = new ConcurrentHashMap<>();
    private final java.util.Queue<Call> calls = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final List<Injection> injections = new CopyOnWriteArrayList<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<String, Bucket> methodLimits = new ConcurrentHashMap<>();
    private final Map<String, Bucket> channelBuckets = new ConcurrentHashMap<>();
    private volatile Limit channelLimit;
    private volatile String socketModeUrl;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, LongAdder> okByMethod = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> limitedByMethod = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> deliveredByConversation = new ConcurrentHashMap<>();
    private final AtomicInteger admitsSinceSweep = new AtomicInteger();

    private record User(String id, String email, String name) {}

    private record Channel(String id, String name, boolean botIsMember) {}

    private static final class ResponseUrl {
        final Instant issued;
        final List<JsonNode> messages = new CopyOnWriteArrayList<>();
        final AtomicInteger uses = new AtomicInteger();
        /** When the first message arrived, by the stand-in's clock (null until then). */
        volatile Instant firstAt;

        ResponseUrl(Instant issued) {
            this.issued = issued;
        }
    }

    static {
        // The JDK's HTTP server writes headers and body separately with Nagle's algorithm on, so each
        // answer waited ~40 ms for the client's delayed ACK (1,200 calls took 55 s); Slack's servers
        // answer without that. The JDK reads this once, before its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private StrictSlack(Clock clock) throws IOException {
        this.clock = clock;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/", this::api);
        http.createContext("/respond/", this::respond);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "strict-slack");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.start();
    }

    /** A stand-in on a free loopback port whose trigger_ids and response URLs age by {@code clock}. */
    public static StrictSlack start(Clock clock) {
        try {
            return new StrictSlack(clock);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A stand-in on wall-clock time (a trigger_id expires 3 real seconds after minting). */
    public static StrictSlack start() {
        return start(Clock.systemUTC());
    }

    // ---- the workspace ------------------------------------------------------------------------

    /** A workspace member: users.info and users.lookupByEmail answer for them; DMs to them are taken. */
    public StrictSlack user(String id, String email, String name) {
        usersById.put(id, new User(id, email.toLowerCase(Locale.ROOT), name));
        userByEmail.put(email.toLowerCase(Locale.ROOT), id);
        return this;
    }

    /** A workspace member whose display name is their email. */
    public StrictSlack user(String id, String email) {
        return user(id, email, email);
    }

    /** A channel the bot is a member of. */
    public StrictSlack channel(String id, String name) {
        return channel(id, name, true);
    }

    /** A channel; when the bot is not a member, posts are refused with {@code not_in_channel}. */
    public StrictSlack channel(String id, String name, boolean botIsMember) {
        if (!SlackLimits.isConversationId(id)) {
            throw new IllegalArgumentException("a channel ID begins with C, G or D: " + id);
        }
        channels.put(id, new Channel(id, name.startsWith("#") ? name.substring(1) : name, botIsMember));
        return this;
    }

    /** apps.connections.open answers this WebSocket URL (a local Socket Mode server of the test). */
    public StrictSlack socketModeUrl(String url) {
        this.socketModeUrl = url;
        return this;
    }

    /** The DM conversation ID Slack answers for a post to this user. */
    public static String dmOf(String userId) {
        return "D" + userId.substring(1);
    }

    // ---- what tests hand to the bot ------------------------------------------------------------

    /** Where Slack's SDK sends Web API calls ({@code SLACK_API_URL}), ending in {@code /api/}. */
    public String apiUrl() {
        return baseUrl() + "/api/";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** A new trigger_id, minted now by this stand-in's clock, good for one views.open within 3 s. */
    public String triggerId() {
        long n = sequence.incrementAndGet();
        String id = clock.instant().getEpochSecond() + "." + n + ".strict" + Long.toHexString(n * 2654435761L);
        triggers.put(id, clock.instant());
        return id;
    }

    /**
     * A modal on someone's screen, opened earlier (its trigger_id long used): a {@code view_submission}
     * carries its view id, and views.update then takes that id, as Slack does for a view it opened.
     * Idempotent; returns {@code viewId}.
     */
    public String viewOnScreen(String viewId, String callbackId) {
        views.computeIfAbsent(
                viewId,
                id -> JSON.createObjectNode().put("id", id).put("type", "modal").put("callback_id", callbackId));
        return viewId;
    }

    /** A new response_url, issued now. */
    public String responseUrl() {
        String key = Long.toString(sequence.incrementAndGet());
        responseUrls.put(key, new ResponseUrl(clock.instant()));
        return baseUrl() + "/respond/" + key;
    }

    // ---- what tests read ---------------------------------------------------------------------

    /** Every call to {@code method}, taken or refused, oldest first. */
    public List<Call> log(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The fields of every call to {@code method}, taken or refused, oldest first. */
    public List<Map<String, String>> calls(String method) {
        return log(method).stream().map(Call::fields).toList();
    }

    /** The fields of every call to {@code method} that Slack took, oldest first. */
    public List<Map<String, String>> accepted(String method) {
        return log(method).stream().filter(Call::ok).map(Call::fields).toList();
    }

    /** chat.postMessage calls naming {@code channel} (as the bot named it), taken or refused. */
    public List<Map<String, String>> postsTo(String channel) {
        return calls("chat.postMessage").stream()
                .filter(f -> channel.equals(f.get("channel")))
                .toList();
    }

    /** Calls refused for breaking Slack's rules (not the failures a test injected), oldest first. */
    public List<Call> refusals() {
        return calls.stream().filter(c -> !c.ok() && !c.injected()).toList();
    }

    /** Every message sent to a response_url (taken or refused), as JSON, oldest first. */
    public List<JsonNode> responses(String responseUrl) {
        ResponseUrl r = responseUrls.get(keyOf(responseUrl));
        return r == null ? List.of() : List.copyOf(r.messages);
    }

    /** When the first message reached this response_url, by the stand-in's clock; empty until one did. */
    public Optional<Instant> firstResponseAt(String responseUrl) {
        ResponseUrl r = responseUrls.get(keyOf(responseUrl));
        return r == null ? Optional.empty() : Optional.ofNullable(r.firstAt);
    }

    /** Every message sent to every response_url (taken or refused), as JSON, in no particular order. */
    public List<JsonNode> responses() {
        return responseUrls.values().stream().flatMap(r -> r.messages.stream()).toList();
    }

    /** How many calls to {@code method} Slack took (O(1): a counter, not a scan of the log). */
    public long ok(String method) {
        LongAdder n = okByMethod.get(method);
        return n == null ? 0 : n.sum();
    }

    /** How many calls to {@code method} were refused with HTTP 429 for the limits set here (not injected). */
    public long rateLimited(String method) {
        LongAdder n = limitedByMethod.get(method);
        return n == null ? 0 : n.sum();
    }

    /**
     * Messages chat.postMessage delivered to a conversation: a channel ID or name, a user ID (their DM)
     * or a DM's ID; 0 for one Slack would not find.
     */
    public long delivered(String channelOrUser) {
        String id = resolve(channelOrUser, true);
        LongAdder n = id == null ? null : deliveredByConversation.get(id);
        return n == null ? 0 : n.sum();
    }

    /**
     * Forgets every call, view, posted message, response_url and count (users, channels and limits
     * stay): a benchmark empties the stand-in between runs so its records do not weigh on the heap. A
     * thread reply or update to a message posted before is then refused, as for a message never posted.
     */
    public void forget() {
        calls.clear();
        views.clear();
        messages.clear();
        responseUrls.clear();
        triggers.clear();
        exchanged.clear();
        okByMethod.clear();
        limitedByMethod.clear();
        deliveredByConversation.clear();
        channelBuckets.clear();
    }

    /** Channels' rate-limit buckets kept (full ones are swept). */
    int bucketsKept() {
        return channelBuckets.size();
    }

    /** The view opened or published with this ID (views.open answers with it), if any. */
    public Optional<JsonNode> view(String viewId) {
        return Optional.ofNullable(views.get(viewId));
    }

    // ---- what tests inject --------------------------------------------------------------------

    /** Every later call to {@code method} answers after {@code latency}. */
    public StrictSlack delay(String method, Duration latency) {
        delays.put(method, latency);
        return this;
    }

    /** Calls to {@code method} whose fields match answer {@code ok:false} with {@code error}, until removed. */
    public Injection refuse(String method, Predicate<Map<String, String>> when, String error) {
        Injection i = new Injection(method, when, error, 200, 0, Integer.MAX_VALUE);
        injections.add(i);
        return i;
    }

    /** The next {@code times} calls to {@code method} answer HTTP {@code status} (429 with Retry-After). */
    public Injection failHttp(String method, int status, int retryAfterSeconds, int times) {
        return failHttp(method, f -> true, status, retryAfterSeconds, times);
    }

    /**
     * The next {@code times} calls to {@code method} whose fields match answer HTTP {@code status}
     * (429 with {@code Retry-After}); injections apply in the order they were made.
     */
    public Injection failHttp(
            String method, Predicate<Map<String, String>> when, int status, int retryAfterSeconds, int times) {
        Injection i = new Injection(
                method, when, status == 429 ? "ratelimited" : "http_" + status, status, retryAfterSeconds, times);
        injections.add(i);
        return i;
    }

    /** Matches calls whose {@code field} is {@code value}. */
    public static Predicate<Map<String, String>> where(String field, String value) {
        return f -> value.equals(f.get(field));
    }

    /**
     * chat.postMessage to one channel at most {@code perSecond} on average with bursts of
     * {@code burst} (Slack: about one a second, api.slack.com/methods/chat.postMessage#rate_limiting).
     */
    public StrictSlack limitPerChannel(double perSecond, int burst) {
        channelLimit = new Limit(perSecond, burst);
        return this;
    }

    /** {@code method} at most {@code perMinute} workspace-wide with bursts of {@code burst} (Slack's tiers). */
    public StrictSlack limit(String method, int perMinute, int burst) {
        methodLimits.put(method, new Bucket(new Limit(perMinute / 60.0, burst)));
        return this;
    }

    // ---- Slack's answers ----------------------------------------------------------------------

    private void api(HttpExchange x) throws IOException {
        try (x) {
            String method = x.getRequestURI().getPath().substring("/api/".length());
            Map<String, String> fields = fields(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Instant at = clock.instant();
            String bearer = x.getRequestHeaders().getFirst("Authorization");
            if (bearer != null && bearer.startsWith("Bearer ") && !fields.containsKey("token")) {
                fields.put("token", bearer.substring("Bearer ".length()));
            }
            if (!fields.containsKey("token")) {
                // every method takes a token, as a Bearer header or a POST parameter (api.slack.com/web#authentication)
                calls.add(new Call(method, at, fields, "not_authed", "no token", false));
                send(x, 200, null, error("not_authed", "No authentication token provided."));
                return;
            }
            sleep(delays.get(method));
            for (Injection i : injections) {
                if (i.applies(method, fields)) {
                    calls.add(new Call(method, at, fields, i.error, "injected by the test", true));
                    if (i.status == 200) {
                        send(x, 200, null, error(i.error, "injected by the test"));
                    } else {
                        send(
                                x,
                                i.status,
                                i.status == 429 ? String.valueOf(i.retryAfter) : null,
                                error(i.error, "injected by the test"));
                    }
                    return;
                }
            }
            long waitNanos = admit(method, method.equals("chat.postMessage") ? fields.get("channel") : null);
            if (waitNanos > 0) {
                count(limitedByMethod, method);
                calls.add(new Call(method, at, fields, "ratelimited", "over the rate limit", false));
                long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
                send(x, 429, String.valueOf(seconds), error("ratelimited", "over the rate limit"));
                return;
            }
            ObjectNode answer = JSON.createObjectNode().put("ok", true);
            String refused = answer(method, fields, at, answer);
            if (refused == null) {
                count(okByMethod, method);
                if (method.equals("chat.postMessage")) {
                    count(deliveredByConversation, answer.path("channel").asText());
                }
            }
            calls.add(new Call(
                    method,
                    at,
                    fields,
                    refused,
                    refused == null
                            ? null
                            : answer.path("response_metadata")
                                    .path("messages")
                                    .path(0)
                                    .asText(),
                    false));
            send(x, 200, null, JSON.writeValueAsString(answer));
        } catch (RuntimeException e) {
            // a bug here must show in the test, not hang the bot's HTTP client
            e.printStackTrace();
            throw e;
        }
    }

    /** Fills {@code answer}; returns Slack's error code when it refuses, else null. */
    private String answer(String method, Map<String, String> f, Instant at, ObjectNode answer) throws IOException {
        Optional<SlackLimits.Refusal> limit = SlackLimits.check(method, f);
        if (limit.isPresent()) {
            return refuse(answer, limit.get().error(), limit.get().detail());
        }
        switch (method) {
            case "auth.test" ->
                answer.put("user_id", "UBOT")
                        .put("team_id", "T1")
                        .put("bot_id", "B1")
                        .put("team", "Alliance")
                        .put("url", "https://alliance.slack.com/");
            case "users.info" -> {
                User u = usersById.get(f.getOrDefault("user", ""));
                if (u == null) {
                    return refuse(answer, "user_not_found", "no user " + f.get("user"));
                }
                answer.set("user", user(u));
            }
            case "users.lookupByEmail" -> {
                String id = userByEmail.get(f.getOrDefault("email", "").toLowerCase(Locale.ROOT));
                if (id == null) {
                    return refuse(answer, "users_not_found", "no user with that email");
                }
                answer.set("user", user(usersById.get(id)));
            }
            case "conversations.open" -> {
                String users = f.getOrDefault("users", "");
                if (!usersById.containsKey(users)) {
                    return refuse(answer, "user_not_found", "no user " + users);
                }
                answer.putObject("channel").put("id", dmOf(users));
            }
            case "chat.postMessage" -> {
                String channel = resolve(f.get("channel"), true);
                if (channel == null) {
                    return refuse(answer, "channel_not_found", "no channel " + f.get("channel"));
                }
                Channel c = channels.get(channel);
                if (c != null && !c.botIsMember()) {
                    return refuse(answer, "not_in_channel", "the bot is not in " + channel);
                }
                String thread = f.get("thread_ts");
                if (thread != null && !messages.getOrDefault(channel, Set.of()).contains(thread)) {
                    // chat.postMessage: thread_ts is "another message's ts value"
                    return refuse(answer, "thread_not_found", "no message " + thread + " in " + channel);
                }
                String ts = at.getEpochSecond() + "." + String.format("%06d", sequence.incrementAndGet() % 1_000_000);
                messages.computeIfAbsent(channel, k -> ConcurrentHashMap.newKeySet())
                        .add(ts);
                answer.put("channel", channel).put("ts", ts);
                answer.putObject("message")
                        .put("text", f.getOrDefault("text", ""))
                        .put("ts", ts);
            }
            case "chat.postEphemeral" -> {
                String channel = resolve(f.get("channel"), true);
                if (channel == null) {
                    return refuse(answer, "channel_not_found", "no channel " + f.get("channel"));
                }
                if (!usersById.containsKey(f.getOrDefault("user", ""))) {
                    return refuse(answer, "user_not_in_channel", "no user " + f.get("user"));
                }
                answer.put("message_ts", at.getEpochSecond() + "." + sequence.incrementAndGet());
            }
            case "chat.update", "chat.delete" -> {
                String channel = f.get("channel");
                if (resolve(channel, false) == null) {
                    return refuse(answer, "channel_not_found", "no channel " + channel);
                }
                if (!messages.getOrDefault(channel, Set.of()).contains(f.getOrDefault("ts", ""))) {
                    return refuse(answer, "message_not_found", "no message " + f.get("ts") + " in " + channel);
                }
                answer.put("channel", channel).put("ts", f.get("ts"));
            }
            case "views.open", "views.push" -> {
                String trigger = f.getOrDefault("trigger_id", "");
                Instant minted = triggers.get(trigger);
                if (minted == null) {
                    return refuse(answer, "invalid_trigger_id", "not a trigger_id of this workspace: " + trigger);
                }
                if (Duration.between(minted, at).compareTo(TRIGGER_LIFETIME) > 0) {
                    return refuse(
                            answer,
                            "expired_trigger_id",
                            "minted " + Duration.between(minted, at).toMillis() + " ms before use");
                }
                if (!exchanged.add(trigger)) {
                    return refuse(answer, "exchanged_trigger_id", "already used");
                }
                answer.set("view", storeView(f.get("view")));
            }
            case "views.update" -> {
                String id = f.getOrDefault("view_id", "");
                if (!views.containsKey(id)) {
                    return refuse(answer, "not_found", "no view " + id);
                }
                JsonNode view = JSON.readTree(f.get("view"));
                ((ObjectNode) view).put("id", id);
                views.put(id, view);
                answer.set("view", view);
            }
            case "views.publish" -> {
                if (!usersById.containsKey(f.getOrDefault("user_id", ""))) {
                    return refuse(answer, "user_not_found", "no user " + f.get("user_id"));
                }
                answer.set("view", storeView(f.get("view")));
            }
            case "apps.connections.open" -> {
                // Socket Mode: the WebSocket URL to connect to (api.slack.com/methods/apps.connections.open)
                String url = socketModeUrl;
                if (url == null) {
                    return refuse(answer, "invalid_auth", "no Socket Mode URL given to the stand-in");
                }
                answer.put("url", url);
            }
            case "reactions.add", "reactions.remove" -> {
                if (!messages.getOrDefault(f.get("channel"), Set.of()).contains(f.getOrDefault("timestamp", ""))) {
                    return refuse(answer, "message_not_found", "no message " + f.get("timestamp"));
                }
            }
            default -> {
                return refuse(answer, "unknown_method", "the stand-in does not know " + method);
            }
        }
        return null;
    }

    /** A conversation ID for {@code channel}, or null when Slack would not find it. */
    private String resolve(String channel, boolean namesAndUsers) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        if (channels.containsKey(channel)) {
            return channel;
        }
        if (channel.startsWith("D") && usersById.containsKey("U" + channel.substring(1))) {
            return channel;
        }
        if (!namesAndUsers) {
            return null;
        }
        if (usersById.containsKey(channel)) {
            return dmOf(channel);
        }
        String name = channel.startsWith("#") ? channel.substring(1) : channel;
        return channels.values().stream()
                .filter(c -> c.name().equals(name))
                .map(Channel::id)
                .findFirst()
                .orElse(null);
    }

    private JsonNode storeView(String json) throws IOException {
        ObjectNode view = (ObjectNode) JSON.readTree(json);
        String id = "V" + String.format("%08d", sequence.incrementAndGet());
        view.put("id", id);
        views.put(id, view);
        return view;
    }

    private void respond(HttpExchange x) throws IOException {
        try (x) {
            String key = x.getRequestURI().getPath().substring("/respond/".length());
            ResponseUrl url = responseUrls.get(key);
            byte[] body = x.getRequestBody().readAllBytes();
            JsonNode message;
            try {
                message = JSON.readTree(body);
            } catch (IOException e) {
                message = null;
            }
            if (url == null) {
                send(x, 404, null, "no_such_url");
                return;
            }
            if (message == null || !message.isObject()) {
                send(x, 400, null, "invalid_payload");
                return;
            }
            url.messages.add(message);
            if (url.firstAt == null) {
                url.firstAt = clock.instant();
            }
            if (Duration.between(url.issued, clock.instant()).compareTo(RESPONSE_URL_LIFETIME) > 0
                    || url.uses.incrementAndGet() > RESPONSE_URL_USES) {
                calls.add(
                        new Call("response_url", clock.instant(), Map.of("url", key), "expired_url", "used up", false));
                send(x, 404, null, "expired_url");
                return;
            }
            Optional<SlackLimits.Refusal> refusal = SlackLimits.checkResponse(message);
            if (refusal.isPresent()) {
                calls.add(new Call(
                        "response_url",
                        clock.instant(),
                        Map.of("url", key),
                        refusal.get().error(),
                        refusal.get().detail(),
                        false));
                send(x, 400, null, refusal.get().error());
                return;
            }
            calls.add(new Call("response_url", clock.instant(), Map.of("url", key), null, null, false));
            send(x, 200, null, "ok");
        }
    }

    private static String keyOf(String responseUrl) {
        return responseUrl.substring(responseUrl.lastIndexOf('/') + 1);
    }

    // ---- rate limits ---------------------------------------------------------------------------

    private record Limit(double perSecond, int burst) {}

    /** A token bucket on System.nanoTime (rate limits are real time whatever the test's clock). */
    private static final class Bucket {
        private final Limit limit;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(Limit limit) {
            this.limit = limit;
            this.tokens = limit.burst();
        }

        /** Refilled to its burst: the same as a bucket never used, so it may be dropped. */
        synchronized boolean full() {
            return tokens + (System.nanoTime() - last) / 1e9 * limit.perSecond() >= limit.burst();
        }

        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) / limit.perSecond() * 1e9);
        }
    }

    private long admit(String method, String channel) {
        Bucket m = methodLimits.get(method);
        long wait = m == null ? 0 : m.take();
        Limit perChannel = channelLimit;
        if (wait == 0 && channel != null && perChannel != null) {
            wait = channelBuckets
                    .computeIfAbsent(channel, c -> new Bucket(perChannel))
                    .take();
            if (admitsSinceSweep.incrementAndGet() >= 1_000) {
                // a fan-out to 10,000 DMs must not leave 10,000 buckets behind
                admitsSinceSweep.set(0);
                channelBuckets.values().removeIf(Bucket::full);
            }
        }
        return wait;
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static String refuse(ObjectNode answer, String error, String detail) {
        answer.put("ok", false).put("error", error);
        answer.putObject("response_metadata").putArray("messages").add(detail);
        return error;
    }

    private static String error(String error, String detail) {
        ObjectNode n = JSON.createObjectNode();
        refuse(n, error, detail);
        return n.toString();
    }

    private static ObjectNode user(User u) {
        ObjectNode n = JSON.createObjectNode()
                .put("id", u.id())
                .put("name", u.id().toLowerCase(Locale.ROOT))
                .put("real_name", u.name());
        n.putObject("profile").put("email", u.email()).put("real_name", u.name());
        return n;
    }

    /** Form fields, or the top-level fields of a JSON body (objects and arrays as JSON text). */
    static Map<String, String> fields(String body) throws IOException {
        if (!body.startsWith("{")) {
            return FormFields.decode(body);
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(body).fields(); it.hasNext(); ) {
            var e = it.next();
            f.put(
                    e.getKey(),
                    e.getValue().isContainerNode()
                            ? e.getValue().toString()
                            : e.getValue().asText());
        }
        return f;
    }

    private static void sleep(Duration d) {
        if (d == null || d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange x, int status, String retryAfter, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders()
                .set("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        if (retryAfter != null) {
            x.getResponseHeaders().set("Retry-After", retryAfter);
        }
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Lists every Web API call, for a failing test's message. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        for (Call c : calls) {
            lines.add(c.method()
                    + (c.ok() ? " ok " : " " + c.error() + " (" + c.detail() + ") ")
                    + c.fields().getOrDefault("channel", ""));
        }
        return String.join("\n", lines);
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
