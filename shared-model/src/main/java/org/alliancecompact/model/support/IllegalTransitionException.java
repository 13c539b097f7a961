package org.alliancecompact.model.support;

/** A support request was asked to make a move its lifecycle does not allow; the message says why. */
public class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final RequestStatus from;
    private final RequestStatus to;

    public IllegalTransitionException(RequestStatus from, RequestStatus to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }
}
