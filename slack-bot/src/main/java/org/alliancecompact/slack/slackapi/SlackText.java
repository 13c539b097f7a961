package org.alliancecompact.slack.slackapi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's text escaping, both ways, in one place (https://api.slack.com/reference/surfaces/formatting,
 * "Escaping text": {@code &}, {@code <} and {@code >} are control characters, sent and expected as
 * {@code &amp;}, {@code &lt;} and {@code &gt;}; they are the only entities Slack uses).
 *
 * <ul>
 *   <li>{@link #decode} on every input: slash-command text and typed values arrive with those three
 *       entities, and the bot works on what the person typed.
 *   <li>{@link #escape} on everything the bot writes into mrkdwn that it did not write itself: names and
 *       text from people, coordinators, Confluence or the profile, and error messages quoting them, so
 *       no such text makes a link, a mention or {@code @channel}.
 *   <li>{@link #link} for a link whose address or label come from someone: the address cannot end the
 *       link early or add a label ({@code |}), and the label cannot hold control characters.
 * </ul>
 */
public final class SlackText {
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");

    private SlackText() {}

    /** {@code &amp;}, {@code &lt;}, {@code &gt;} back to {@code & < >}, in one pass (so "&amp;lt;" is "&lt;"). */
    public static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String c = switch (m.group(1)) {
                case "amp" -> "&";
                case "lt" -> "<";
                default -> ">";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text as mrkdwn shows it literally: {@code & < >} as entities; null as "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A mrkdwn link {@code <address|label>}. The label is escaped and a {@code |} in it becomes
     * {@code ¦} (Slack ends the address at the first {@code |} and has no entity for it). The address
     * must be an absolute http(s) URL; the characters that would end the link or start its label
     * ({@code < > |}), spaces and other controls are percent-encoded, so the link goes where it says and
     * nothing after it becomes a mention. An address that is not http(s) is shown as escaped text, not
     * linked.
     */
    public static String link(String address, String label) {
        String shown = escape(label == null ? "" : label.replace('|', '¦'));
        String url = safeUrl(address);
        if (url == null) {
            return escape(address) + (shown.isEmpty() ? "" : " (" + shown + ")");
        }
        return "<" + url + (shown.isEmpty() ? "" : "|" + shown) + ">";
    }

    private static String safeUrl(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (byte b : address.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '|' || c == '"' || c == '`') {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else if (c == '&') {
                out.append("&amp;"); // in mrkdwn the address is escaped like the rest of the text
            } else {
                out.append((char) c);
            }
        }
        String url = out.toString();
        try {
            URI uri = URI.create(url.replace("&amp;", "&"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return url;
    }
}
