package org.alliancecompact.slack.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message formatting ("mrkdwn", https://api.slack.com/reference/surfaces/formatting) as a terminal
 * can show it: {@code *bold*} and {@code _italic_} in ANSI bold and italics (or plain when the output is
 * not a terminal), {@code ~strike~} plain, backticks removed, {@code <url|text>} as "text (url)" and a bare
 * {@code <url>} once, {@code <@U123>} as the person's name, {@code <#C123|name>} as "#name",
 * {@code <!here>} as "@here", {@code :emoji:} names as the emoji (or words for names this class does not
 * know), and the three escaped characters {@code &amp; &lt; &gt;} back as themselves.
 */
final class TerminalText {
    private static final String BOLD = "\u001b[1m";
    private static final String ITALIC = "\u001b[3m";
    private static final String RESET = "\u001b[0m";
    /** Grey, for buttons on messages since replaced or deleted. */
    static final String DIM = "\u001b[2m";

    private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]+)>");
    private static final Pattern CODE_BLOCK = Pattern.compile("```\\n?(.*?)\\n?```", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern BOLD_SPAN = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![\\w*])");
    private static final Pattern ITALIC_SPAN = Pattern.compile("(?<![\\w_])_(?=\\S)([^_\\n]*?\\S)_(?![\\w_])");
    private static final Pattern STRIKE_SPAN = Pattern.compile("(?<![\\w~])~(?=\\S)([^~\\n]*?\\S)~(?![\\w~])");
    private static final Pattern EMOJI = Pattern.compile("(?<![\\w:]):([a-z][a-z0-9_+-]*):(?![\\w:])");
    private static final Pattern HOLE = Pattern.compile("\u0000(\\d+)\u0000");

    /** The emoji the bot uses, and a few common ones; any other name is shown as words. */
    private static final Map<String, String> EMOJI_NAMES = Map.ofEntries(
            Map.entry("warning", "⚠️"),
            Map.entry("white_check_mark", "✅"),
            Map.entry("heavy_check_mark", "✔️"),
            Map.entry("x", "❌"),
            Map.entry("hourglass_flowing_sand", "⏳"),
            Map.entry("hourglass", "⌛"),
            Map.entry("file", "📄"),
            Map.entry("page_facing_up", "📄"),
            Map.entry("memo", "📝"),
            Map.entry("calendar", "📆"),
            Map.entry("date", "📅"),
            Map.entry("bell", "🔔"),
            Map.entry("tada", "🎉"),
            Map.entry("wave", "👋"),
            Map.entry("information_source", "ℹ️"),
            Map.entry("lock", "🔒"),
            Map.entry("raising_hand", "🙋"),
            Map.entry("bust_in_silhouette", "👤"),
            Map.entry("busts_in_silhouette", "👥"),
            Map.entry("school", "🏫"),
            Map.entry("pushpin", "📌"),
            Map.entry("link", "🔗"));

    private final Function<String, String> nameOfUser;
    private final boolean ansi;

    /**
     * @param nameOfUser a Slack user ID to the person's name (the ID itself when unknown)
     * @param ansi whether to use ANSI bold and italics (a terminal that is not "dumb", NO_COLOR unset)
     */
    TerminalText(Function<String, String> nameOfUser, boolean ansi) {
        this.nameOfUser = nameOfUser;
        this.ansi = ansi;
    }

    /** Whether this process writes to a terminal that shows ANSI styles (https://no-color.org). */
    static boolean terminalShowsStyles() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }

    /** Text greyed out when styles are shown (dead buttons); as it is otherwise. */
    String dim(String text) {
        return ansi ? DIM + text + RESET : text;
    }

    String render(String mrkdwn) {
        if (mrkdwn == null) {
            return "";
        }
        // Links, mentions and code are cut out first so emphasis never reaches inside them.
        List<String> holes = new ArrayList<>();
        String t = replace(CODE_BLOCK, mrkdwn, m -> hole(holes, m.group(1)));
        t = replace(CODE, t, m -> hole(holes, m.group(1)));
        t = replace(ANGLE, t, m -> hole(holes, angle(m.group(1))));
        t = replace(BOLD_SPAN, t, m -> style(BOLD, m.group(1)));
        t = replace(ITALIC_SPAN, t, m -> style(ITALIC, m.group(1)));
        t = replace(STRIKE_SPAN, t, m -> m.group(1));
        t = replace(EMOJI, t, m -> emoji(m.group(1)));
        for (int i = 0; i < 3 && t.indexOf('\u0000') >= 0; i++) { // a hole may hold another (code in a link)
            t = replace(HOLE, t, m -> holes.get(Integer.parseInt(m.group(1))));
        }
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private String angle(String inside) {
        int bar = inside.indexOf('|');
        String target = bar < 0 ? inside : inside.substring(0, bar);
        String label = bar < 0 ? null : inside.substring(bar + 1);
        if (target.startsWith("@U") || target.startsWith("@W")) {
            return nameOfUser.apply(target.substring(1));
        }
        if (target.startsWith("#C") || target.startsWith("#G")) {
            return "#" + (label != null ? label : target.substring(1));
        }
        if (target.startsWith("!")) {
            // <!here>, <!channel>, <!everyone>; <!date^...|fallback> shows its fallback
            return label != null ? label : "@" + target.substring(1);
        }
        String url = target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
        if (label == null || label.isBlank() || sameAddress(label, url)) {
            return url;
        }
        return label + " (" + url + ")";
    }

    private static boolean sameAddress(String label, String url) {
        String bare = url.replaceFirst("^https?://", "").replaceFirst("/$", "");
        String l = label.strip().replaceFirst("^https?://", "").replaceFirst("/$", "");
        return l.equalsIgnoreCase(bare);
    }

    private static String emoji(String name) {
        String e = EMOJI_NAMES.get(name);
        return e != null ? e : "(" + name.replace('_', ' ') + ")";
    }

    private String style(String code, String text) {
        return ansi ? code + text + RESET : text;
    }

    private static String hole(List<String> holes, String text) {
        holes.add(text);
        return "\u0000" + (holes.size() - 1) + "\u0000";
    }

    private static String replace(Pattern p, String text, Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
