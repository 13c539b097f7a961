package org.alliancecompact.confluence.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.refusal.NotSignedIn;

/**
 * Runs before any resource method, so before any request body is read or parsed (issue 15, finding 9):
 *
 * <ol>
 *   <li>every call needs a signed-in caller (401 otherwise): no endpoint of this API is anonymous, so an
 *       anonymous caller never sees field-level validation messages;
 *   <li>a request body may be at most {@value #MAX_BODY_BYTES} bytes (413 otherwise): refused on its
 *       Content-Length when it declares one, and cut off after that many bytes when it does not (chunked).
 * </ol>
 *
 * <p>64 KiB is far above the largest legitimate body: a member with its 50 people ({@code Member.MAX_PEOPLE})
 * is about 10 KiB of JSON; a category change or a signature well under 4 KiB.
 */
@Provider
public final class RequestGate implements ContainerRequestFilter {

    /** The largest request body any endpoint accepts, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final Access access;

    /** Built by Confluence's REST module (and the preview's Jersey) with the plugin's Access bean. */
    @Inject
    public RequestGate(Access access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank()) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                request.abortWith(ErrorMappers.error(400, "Content-Length is not a number.", null));
                return;
            }
            if (length > MAX_BODY_BYTES) {
                // The body stays unread, so the connection cannot carry another request: say so.
                request.abortWith(jakarta.ws.rs.core.Response.fromResponse(tooLarge())
                        .header("Connection", "close")
                        .build());
                return;
            }
        }
        try {
            access.caller(new RequestHeaders(request));
        } catch (NotSignedIn e) {
            request.abortWith(ErrorMappers.error(401, e.getMessage(), null));
            return;
        }
        if (request.hasEntity()) {
            // Read at most one byte more than allowed, so a body without a Content-Length (chunked) is
            // cut off here too; what fits is handed on from memory (at most 64 KiB).
            byte[] body;
            try (InputStream in = request.getEntityStream()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            } catch (IOException e) {
                request.abortWith(ErrorMappers.error(400, "The request body could not be read.", null));
                return;
            }
            if (body.length > MAX_BODY_BYTES) {
                request.abortWith(tooLarge());
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private static jakarta.ws.rs.core.Response tooLarge() {
        return ErrorMappers.error(
                413,
                "The request body is larger than " + (MAX_BODY_BYTES / 1024) + " KiB, the most this API accepts.",
                null);
    }
}
