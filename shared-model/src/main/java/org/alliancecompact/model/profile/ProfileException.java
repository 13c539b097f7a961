package org.alliancecompact.model.profile;

/**
 * An alliance profile that cannot be used. The message names the file and the field path, such as
 * {@code bolton.yml: support.brokerageThresholdDays must be 0 or more}, so whoever edits the file can
 * fix it without reading code.
 */
public class ProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    public ProfileException(String file, String field, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.field = field;
    }

    /** The file name (or resource) that was being read. */
    public String file() {
        return file;
    }

    /** The field path at fault, such as "support.brokerageThresholdDays"; empty for the whole file. */
    public String field() {
        return field;
    }
}
