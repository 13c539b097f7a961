package org.alliancecompact.confluence.permission;

/** The Confluence groups the plugin recognises. Administrators create them and add people. */
public final class Groups {

    /** Alliance coordinators: manage members and the register, see every row. */
    public static final String COORDINATORS = "compact-coordinators";

    /** The Slack bot's user: pushes engagement and support assignments, reads on behalf of a person. */
    public static final String INTEGRATION = "compact-integration";

    private Groups() {}
}
