package org.alliancecompact.confluence.rest;

/**
 * A refusal with its HTTP status, message and the request field at fault (may be null). Rendered as
 * the contract's error body by {@link ErrorMappers}.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    public ApiException(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badRequest(String message, String field) {
        return new ApiException(400, message, field);
    }

    /** A value the domain refused: its message starts with the field name (see {@link FieldNames}). */
    public static ApiException badRequest(IllegalArgumentException refusal) {
        return new ApiException(400, refusal.getMessage(), FieldNames.leadingField(refusal.getMessage()));
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "Sign in to Confluence (or send a personal access token) first.", null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message, null);
    }

    public static ApiException notFound(String message, String field) {
        return new ApiException(404, message, field);
    }

    public static ApiException conflict(String message, String field) {
        return new ApiException(409, message, field);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
