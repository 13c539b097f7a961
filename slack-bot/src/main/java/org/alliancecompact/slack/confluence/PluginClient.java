package org.alliancecompact.slack.confluence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.alliancecompact.model.api.EditionDto;
import org.alliancecompact.model.api.EngagementReportDto;
import org.alliancecompact.model.api.FeesDto;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.MouStatusDto;
import org.alliancecompact.model.api.RegisterPageDto;
import org.alliancecompact.model.api.SupportAssignmentDto;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.slack.store.Outbox;
import org.jdbi.v3.core.Handle;

/**
 * The plugin's REST API as the bot uses it. Reads go straight to the plugin (and fail with
 * {@link PluginUnavailable} so the person is told); writes go through the {@link Outbox} so a push
 * made while Confluence is down is delivered later.
 */
public final class PluginClient {
    /** How long the member list is used before it is read again. */
    static final Duration MEMBERS_TTL = Duration.ofSeconds(60);

    /**
     * How old a member list may be and still be used while Confluence is slow or down ({@link #confluenceSlow}):
     * it is then read again in the background rather than on the caller's time. Joining and leaving are decisions
     * of the alliance's board, not of the minute, so a list a few minutes old names the same people; waiting
     * 10 s for Confluence would break Slack's 3-second rule for every request that needs to know who is asking.
     */
    public static final Duration MEMBERS_STALE_LIMIT = Duration.ofMinutes(5);

    private final PluginHttp http;
    private final Outbox outbox;
    private final Clock clock;
    private final AtomicReference<CachedMembers> members = new AtomicReference<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    private record CachedMembers(List<MemberDto> members, Instant at) {}

    public PluginClient(PluginHttp http, Outbox outbox, Clock clock) {
        this.http = http;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether Confluence is answering slowly or not at all just now ({@link ConfluenceLatency}). */
    public boolean confluenceSlow() {
        return http.latency().slow();
    }

    /**
     * All member organisations with their people, as the bot's integration user sees them. Cached for
     * {@link #MEMBERS_TTL}: every command needs it to know who the Slack user is. While Confluence is slow or
     * down, a list younger than {@link #MEMBERS_STALE_LIMIT} is returned at once and read again in the
     * background (one read at a time).
     *
     * @throws PluginUnavailable when the list must be read and Confluence cannot be reached
     */
    public List<MemberDto> members() {
        CachedMembers cached = members.get();
        Instant now = clock.instant();
        if (cached != null && cached.at().plus(MEMBERS_TTL).isAfter(now)) {
            return cached.members();
        }
        if (cached != null && cached.at().plus(MEMBERS_STALE_LIMIT).isAfter(now) && confluenceSlow()) {
            refreshInBackground();
            return cached.members();
        }
        return readMembers();
    }

    /**
     * Whether {@link #members} would answer now without waiting for Confluence: a list within
     * {@link #MEMBERS_TTL}, or one within {@link #MEMBERS_STALE_LIMIT} while Confluence is slow or down.
     */
    public boolean membersAtHand() {
        CachedMembers cached = members.get();
        Instant now = clock.instant();
        return cached != null
                && (cached.at().plus(MEMBERS_TTL).isAfter(now)
                        || (cached.at().plus(MEMBERS_STALE_LIMIT).isAfter(now) && confluenceSlow()));
    }

    /** Whether a background read of the member list is under way. */
    public boolean refreshingMembers() {
        return refreshing.get();
    }

    private List<MemberDto> readMembers() {
        Instant asked = clock.instant();
        List<MemberDto> fresh = List.copyOf(http.get(
                "/members", null, http.json().getTypeFactory().constructType(new TypeReference<List<MemberDto>>() {})));
        members.set(new CachedMembers(fresh, asked));
        return fresh;
    }

    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        Thread refresh = new Thread(
                () -> {
                    try {
                        readMembers();
                    } catch (RuntimeException e) {
                        // still slow or down: the list in hand serves until MEMBERS_STALE_LIMIT, then callers wait
                    } finally {
                        refreshing.set(false);
                    }
                },
                "bot-members-refresh");
        refresh.setDaemon(true);
        refresh.start();
    }

    public Optional<MemberDto> member(String id) {
        return members().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The register as {@code viewer} may see it (null: as the bot's user). */
    public RegisterPageDto register(String viewer) {
        return http.get("/register", viewer, RegisterPageDto.class);
    }

    /** The organisation's current support category, or null when it has none (or it is hidden). */
    public SupportCategory categoryOf(String memberId) {
        return register(null).rows().stream()
                .filter(r -> r.memberId().equals(memberId))
                .map(r -> r.category())
                .findFirst()
                .orElse(null);
    }

    public MouStatusDto.MemberStatusDto mouStatus(String memberId, String viewer) {
        return http.get(
                "/mou/status/" + URLEncoder.encode(memberId, StandardCharsets.UTF_8),
                viewer,
                MouStatusDto.MemberStatusDto.class);
    }

    public MouStatusDto mouStatusAll() {
        return http.get("/mou/status", null, MouStatusDto.class);
    }

    /**
     * GET /fees: the current academic year's fee and where each organisation stands, for every organisation
     * (as the bot's user, {@code viewer} null) or for the organisations {@code viewer} acts for.
     */
    public FeesDto fees(String viewer) {
        return http.get("/fees", viewer, FeesDto.class);
    }

    public EditionDto currentEdition() {
        return http.get("/mou/current", null, EditionDto.class);
    }

    /** Queues PUT /support-assignments/{requestId} in the caller's transaction; returns the push id. */
    public long queueSupportAssignment(Handle h, String requestId, SupportAssignmentDto body) {
        return outbox.enqueue(
                h,
                "PUT",
                "/support-assignments/" + URLEncoder.encode(requestId, StandardCharsets.UTF_8),
                json(body),
                clock.instant());
    }

    /** Queues POST /engagement in the caller's transaction; returns the push id. */
    public long queueEngagementReport(Handle h, EngagementReportDto body) {
        return outbox.enqueue(h, "POST", "/engagement", json(body), clock.instant());
    }

    private String json(Object body) {
        try {
            return http.json().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
