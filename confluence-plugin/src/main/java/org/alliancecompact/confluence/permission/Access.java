package org.alliancecompact.confluence.permission;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;
import java.util.Optional;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotSignedIn;
import org.alliancecompact.confluence.storage.CompactStore;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.member.EmailAddress;

/**
 * Who may call what. Every REST method starts here: it finds the caller ({@link NotSignedIn} without one),
 * checks the group a call needs and the XSRF header of state-changing calls ({@link NotAllowed}), and whose
 * eyes a read uses.
 */
public final class Access {

    /** Atlassian's XSRF convention: a state-changing REST call must carry this header and value. */
    public static final String XSRF_HEADER = "X-Atlassian-Token";

    public static final String XSRF_VALUE = "no-check";

    private final CallerSource callers;
    private final CompactStore store;

    /**
     * @param store where the people listed for member organisations are, to tell a {@code ?viewer=} who is
     *     a person of the alliance from one who is not
     */
    public Access(CallerSource callers, CompactStore store) {
        this.callers = Objects.requireNonNull(callers, "callers");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The authenticated caller; {@link NotSignedIn} when there is none. */
    public Caller caller(HttpHeaders headers) {
        return callers.caller(headers).orElseThrow(NotSignedIn::new);
    }

    /**
     * The person whose view a read uses: the caller, or for the integration group only the person named by
     * {@code ?viewer=} (the bot reading on behalf of a Slack user, recognised by the e-mail Slack verified).
     * The named person gets a member's view only, never the caller's group rights. Coordinators may not
     * use it (the contract reserves it for the integration account, issue 15): they see everything anyway,
     * and a coordinator "reading as" a head would be a way round the head's own key.
     *
     * <p>A viewer who is one of the alliance's coordinators ({@link CallerSource#coordinatorByEmail}) is
     * answered as that coordinator (the bot's coordinator asking for the register, the fees, the status).
     * A viewer listed for no member organisation, current or former, and no coordinator is refused
     * ({@link NotAllowed}, naming the e-mail), on every read alike.
     */
    public Caller viewer(HttpHeaders headers, String viewerParam) {
        Caller caller = caller(headers);
        if (viewerParam == null || viewerParam.isBlank()) {
            return caller;
        }
        if (!caller.integration()) {
            throw new NotAllowed(
                    "Only the integration user (group " + Groups.INTEGRATION + ") may read on behalf of someone else.");
        }
        String email;
        try {
            email = EmailAddress.normalise(viewerParam, "viewer");
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage(), "viewer");
        }
        if (email.equals(caller.email())) {
            return caller;
        }
        Optional<Caller> coordinator = callers.coordinatorByEmail(email);
        if (coordinator.isPresent()) {
            Caller c = coordinator.get();
            // The coordinator's own rights, never the integration account's.
            return new Caller(c.userKey(), c.email(), c.name(), true, false);
        }
        if (!listed(email)) {
            throw new NotAllowed(Texts.get("compact.viewer.unknown", email));
        }
        return Caller.slackViewer(email, email);
    }

    private boolean listed(String email) {
        return store.members().stream().flatMap(m -> m.people().stream()).anyMatch(p -> p.hasEmail(email));
    }

    /** A state-changing call: the caller, after the XSRF header check. */
    public Caller changer(HttpHeaders headers) {
        Caller caller = caller(headers);
        requireXsrfHeader(headers);
        return caller;
    }

    public Caller coordinator(HttpHeaders headers) {
        Caller caller = changer(headers);
        if (!caller.coordinator()) {
            throw new NotAllowed("Only alliance coordinators (group " + Groups.COORDINATORS + ") may do this.");
        }
        return caller;
    }

    public Caller integration(HttpHeaders headers) {
        Caller caller = changer(headers);
        if (!caller.integration()) {
            throw new NotAllowed("Only the integration user (group " + Groups.INTEGRATION + ") may do this.");
        }
        return caller;
    }

    private static void requireXsrfHeader(HttpHeaders headers) {
        String value = Optional.ofNullable(headers.getHeaderString(XSRF_HEADER)).orElse("");
        if (!XSRF_VALUE.equalsIgnoreCase(value.trim())) {
            throw new NotAllowed(
                    "XSRF check failed: state-changing calls need the header " + XSRF_HEADER + ": " + XSRF_VALUE + ".");
        }
    }
}
