package org.alliancecompact.confluence.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.alliancecompact.confluence.refusal.FieldNames;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.refusal.NotSignedIn;
import org.alliancecompact.confluence.refusal.Refusal;
import org.alliancecompact.confluence.storage.StoreConflictException;
import org.alliancecompact.model.api.ErrorDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure leaves as the contract's JSON error body, never as an HTML page or a stack trace. */
public final class ErrorMappers {

    private ErrorMappers() {}

    static Response error(int status, String message, String field) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDto(status, message, field))
                .build();
    }

    /**
     * The plugin's own refusals, each kind with its status: no caller 401, not allowed 403, not found
     * 404, conflict 409, invalid input 400.
     */
    @Provider
    public static final class Api implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            return error(status(e), e.getMessage(), e.field());
        }

        static int status(Refusal e) {
            if (e instanceof NotSignedIn) {
                return 401;
            }
            if (e instanceof NotAllowed) {
                return 403;
            }
            if (e instanceof NotFound) {
                return 404;
            }
            if (e instanceof org.alliancecompact.confluence.refusal.Conflict) {
                return 409;
            }
            if (e instanceof InvalidInput) {
                return 400;
            }
            throw new IllegalStateException(
                    "no HTTP status for the refusal " + e.getClass().getName());
        }
    }

    /** Domain records refuse bad values with a message that starts with the field name. */
    @Provider
    public static final class BadValue implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return error(400, e.getMessage(), FieldNames.leadingField(e.getMessage()));
        }
    }

    @Provider
    public static final class Conflict implements ExceptionMapper<StoreConflictException> {
        @Override
        public Response toResponse(StoreConflictException e) {
            return error(409, e.getMessage(), null);
        }
    }

    @Provider
    public static final class Missing implements ExceptionMapper<NoSuchElementException> {
        @Override
        public Response toResponse(NoSuchElementException e) {
            return error(404, e.getMessage(), null);
        }
    }

    /** Unreadable JSON bodies: say which field, never echo the body. */
    @Provider
    public static final class BadJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            // A DTO's constructor refused a value: its message starts with the field name and says why.
            if (e.getCause() instanceof IllegalArgumentException refused) {
                return error(400, refused.getMessage(), FieldNames.leadingField(refused.getMessage()));
            }
            String field = null;
            if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
                field = m.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."));
            }
            String message = e instanceof InvalidFormatException f
                    ? "The value " + f.getValue() + " is not allowed here."
                    : "The request body is not valid JSON for this call.";
            return error(400, message, field);
        }
    }

    /** Framework errors (unknown path, wrong method, unsupported media type) keep their status. */
    @Provider
    public static final class Framework implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = status == 404 ? "No such resource." : e.getMessage();
            return error(status, message, null);
        }
    }

    /** Anything else is our fault: log it with its stack, tell the caller nothing internal. */
    @Provider
    public static final class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException w) {
                return new Framework().toResponse(w);
            }
            LOG.error("Unexpected failure in the Alliance Compact REST API", e);
            return error(500, "Something went wrong on the server; the administrators can find it in the log.", null);
        }
    }
}
