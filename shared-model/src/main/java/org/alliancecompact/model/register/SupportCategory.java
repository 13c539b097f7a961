package org.alliancecompact.model.register;

/**
 * Oldham support categories. Declared from most to least support needed: {@link #priority()} orders
 * support requests (Intensive first, Oldham role 2b).
 */
public enum SupportCategory {
    INTENSIVE,
    TARGETED,
    UNIVERSAL;

    /** 1 is served first. */
    public int priority() {
        return ordinal() + 1;
    }
}
