package org.alliancecompact.confluence.macro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.alliancecompact.confluence.text.EnGb;
import org.alliancecompact.confluence.text.Texts;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.SigningStatus;
import org.alliancecompact.model.register.SupportCategory;
import org.owasp.encoder.Encode;

/**
 * Escaping, the shared formats and the AUI pieces the macros share. Every stored or user-supplied value
 * goes through here; dates through {@link EnGb}, words through {@link Texts}.
 */
final class Html {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Html() {}

    /** Text content. */
    static String text(Object value) {
        return value == null ? "" : Encode.forHtml(String.valueOf(value));
    }

    /** A double-quoted attribute value. */
    static String attr(Object value) {
        return value == null ? "" : Encode.forHtmlAttribute(String.valueOf(value));
    }

    /** A text from the bundle, escaped. */
    static String t(String key, Object... args) {
        return text(Texts.get(key, args));
    }

    static String date(LocalDate date) {
        return date == null ? "" : "<time datetime=\"" + attr(date) + "\">" + text(EnGb.date(date)) + "</time>";
    }

    static String instant(Instant at, ZoneId zone) {
        return at == null ? "" : "<time datetime=\"" + attr(at) + "\">" + text(EnGb.dateTime(at, zone)) + "</time>";
    }

    static String role(PersonRole role) {
        return Texts.get("compact.role." + role.name());
    }

    static String category(SupportCategory category) {
        return Texts.get("compact.category." + category.name());
    }

    /** An AUI status lozenge; {@code kind} is AUI's modifier (success, current, removed, moved, new) or null. */
    static String lozenge(String kind, String label) {
        return "<span class=\"aui-lozenge" + (kind == null ? "" : " aui-lozenge-" + kind) + "\">" + text(label)
                + "</span>";
    }

    /** The lozenge colour of a support category: the more support, the stronger the warning. */
    static String categoryLozenge(SupportCategory category) {
        String kind = switch (category) {
            case INTENSIVE -> "removed";
            case TARGETED -> "moved";
            case UNIVERSAL -> "success";
        };
        return "<span class=\"aui-lozenge aui-lozenge-" + kind + " compact-category-lozenge\" data-category=\""
                + category.name() + "\">" + text(category(category)) + "</span>";
    }

    static String statusLozenge(SigningStatus status) {
        String kind = switch (status) {
            case SIGNED -> "success";
            case PARTLY_SIGNED -> "current";
            case NOT_SIGNED -> null;
            case LAPSED -> "moved";
            case WITHDRAWN -> "removed";
        };
        return lozenge(kind, Texts.get("compact.status." + status.name()));
    }

    /** Where the macro's script sends its REST calls: given in the preview, computed by the script in Confluence. */
    static String restBaseAttr(String restBase) {
        return restBase == null ? "" : " data-rest-base=\"" + attr(restBase) + "\"";
    }

    /** {@code value} as JSON, for a data attribute (escape it with {@link #attr}). */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot be written as JSON: " + value.getClass(), e);
        }
    }

    /** The texts compact.js writes, and the alliance's time zone, as attributes of a macro's section. */
    static String scriptAttrs(ZoneId zone) {
        try {
            return " data-time-zone=\"" + attr(zone.getId()) + "\" data-texts=\""
                    + attr(JSON.writeValueAsString(Texts.forScript())) + "\"";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the script's texts cannot be written as JSON", e);
        }
    }
}
