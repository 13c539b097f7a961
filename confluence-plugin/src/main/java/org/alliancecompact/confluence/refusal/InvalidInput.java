package org.alliancecompact.confluence.refusal;

/** A value in the request is missing or not allowed; {@link #field()} names it where one field is at fault. */
public final class InvalidInput extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String message, String field) {
        super(message, field);
    }

    /**
     * A value a domain record refused: the records' messages start with the field name ("name is
     * required"), which becomes {@link #field()} (see {@link FieldNames}).
     */
    public static InvalidInput of(IllegalArgumentException refused) {
        return new InvalidInput(refused.getMessage(), FieldNames.leadingField(refused.getMessage()));
    }
}
