package org.alliancecompact.model.api;

/**
 * Error body of every REST call: {@code {"status":400,"message":"…","field":"…"}}. {@code field} names
 * the request field at fault, or is null when the error is not about one field.
 */
public record ErrorDto(int status, String message, String field) {

    public static ErrorDto badRequest(String message, String field) {
        return new ErrorDto(400, message, field);
    }
}
