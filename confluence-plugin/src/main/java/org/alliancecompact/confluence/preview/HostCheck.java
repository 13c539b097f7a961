package org.alliancecompact.confluence.preview;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import org.alliancecompact.model.api.ErrorDto;

/**
 * Refuses any request whose {@code Host} header is not one of the preview's own names (issue 15,
 * finding 10). The server listens on 127.0.0.1 only, but a web page the user visits can still make the
 * browser send requests there under the page's own host name once that name resolves to 127.0.0.1 (DNS
 * rebinding); checking the Host header is what keeps such a page from using the preview's sign-in and
 * tokens. Allowed: {@code 127.0.0.1}, {@code localhost} and {@code [::1]} with the preview's port, and
 * any extra names in {@code PREVIEW_HOSTS}.
 */
@PreMatching
public final class HostCheck implements ContainerRequestFilter {

    private final IntSupplier port;
    private final Set<String> extraNames;

    /** @param port the port the server is bound to (known only after binding when 0 was asked for) */
    public HostCheck(IntSupplier port, Set<String> extraNames) {
        this.port = port;
        this.extraNames = Set.copyOf(extraNames);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String host = request.getHeaderString("Host");
        if (!allowed(host)) {
            request.abortWith(Response.status(421)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorDto(
                            421,
                            "This preview server answers only to 127.0.0.1, localhost and the names in PREVIEW_HOSTS.",
                            null))
                    .build());
        }
    }

    boolean allowed(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        String suffix = ":" + port.getAsInt();
        for (String name : Set.of("127.0.0.1", "localhost", "[::1]")) {
            if (h.equals(name + suffix)) {
                return true;
            }
        }
        return extraNames.contains(h);
    }
}
