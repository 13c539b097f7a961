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

    @Provider
    public static final class Api implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return error(e.status(), e.getMessage(), e.field());
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
