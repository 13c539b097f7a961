package org.alliancecompact.confluence.macro;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.alliancecompact.model.member.PersonRole;
import org.owasp.encoder.Encode;

/** Escaping and the few formats the macros share. Every stored or user-supplied value goes through here. */
final class Html {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Html() {}

    /** Text content. */
    static String text(Object value) {
        return value == null ? "" : Encode.forHtml(String.valueOf(value));
    }

    /** A double-quoted attribute value. */
    static String attr(Object value) {
        return value == null ? "" : Encode.forHtmlAttribute(String.valueOf(value));
    }

    static String date(LocalDate date) {
        return date == null ? "" : "<time datetime=\"" + attr(date) + "\">" + text(DATE.format(date)) + "</time>";
    }

    static String instant(Instant at, ZoneId zone) {
        return at == null
                ? ""
                : "<time datetime=\"" + attr(at) + "\">" + text(DATE_TIME.format(at.atZone(zone))) + "</time>";
    }

    static String role(PersonRole role) {
        return switch (role) {
            case HEAD -> "Head";
            case CHAIR -> "Chair of governors";
            case DEPUTY -> "Deputy";
            case DATA_CONTACT -> "Data contact";
        };
    }

    /** Where the macro's script sends its REST calls: given in the preview, computed by the script in Confluence. */
    static String restBaseAttr(String restBase) {
        return restBase == null ? "" : " data-rest-base=\"" + attr(restBase) + "\"";
    }
}
