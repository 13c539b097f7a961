package org.alliancecompact.slack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.time.Clock;
import org.alliancecompact.slack.store.EventDelivery;
import org.alliancecompact.slack.store.EventLog;

/**
 * Slack redelivers an event when it did not get a quick 200 (with {@code X-Slack-Retry-Num}); the
 * redelivery has the same {@code event_id}. Every delivery is acknowledged at once; the work its
 * listeners hand to the background runs for the first delivery only, on this instance or another
 * ({@link EventDelivery}: the event id is written to the database after the acknowledgement, so a
 * slow database never makes Slack wait and retry). Works in HTTP and Socket Mode alike because it is a
 * Bolt middleware.
 */
public final class DuplicateEventMiddleware implements Middleware {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventLog events;
    private final Clock clock;

    public DuplicateEventMiddleware(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface declares the raw Request type
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() == RequestType.Event) {
            String eventId = eventId(req.getRequestBodyAsString());
            if (eventId != null) {
                return new EventDelivery(eventId, clock.instant(), events).during(() -> chain.next(req));
            }
        }
        return chain.next(req);
    }

    private static String eventId(String body) {
        try {
            JsonNode id = JSON.readTree(body).path("event_id");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
