package org.alliancecompact.model.meeting;

/** A member's answer to a meeting invitation. NO_REPLY until it answers; reminders go to NO_REPLY only. */
public enum RsvpChoice {
    ATTENDING,
    DEPUTY,
    APOLOGIES,
    NO_REPLY
}
