package org.alliancecompact.confluence.storage;

/** What was to be stored clashes with what is stored (a taken id, a second signature). HTTP 409. */
public class StoreConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message) {
        super(message);
    }

    public StoreConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
