package org.alliancecompact.slack.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The options of a choosing element in a modal, as the console lists them (numbered from 1), and what a
 * typed answer picks. Slack's client can send only an element's own options
 * (api.slack.com/reference/block-kit/block-elements: static_select and radio_buttons one, checkboxes and
 * multi_static_select any number; a select's options may come in {@code option_groups}), so an answer that
 * names none of them picks nothing.
 */
final class InputChoices {
    private static final Set<String> ONE = Set.of("static_select", "radio_buttons");
    private static final Set<String> SEVERAL = Set.of("checkboxes", "multi_static_select");

    private final List<JsonNode> options;
    private final boolean several;

    private InputChoices(List<JsonNode> options, boolean several) {
        this.options = List.copyOf(options);
        this.several = several;
    }

    /** Whether an element of this Block Kit type is answered by choosing among its options. */
    static boolean isChoice(String type) {
        return ONE.contains(type) || SEVERAL.contains(type);
    }

    /** The options of a choosing element, those in its groups in order. */
    static InputChoices of(JsonNode element) {
        List<JsonNode> options = new ArrayList<>();
        element.path("options").forEach(options::add);
        for (JsonNode group : element.path("option_groups")) {
            group.path("options").forEach(options::add);
        }
        return new InputChoices(options, SEVERAL.contains(element.path("type").asText()));
    }

    int size() {
        return options.size();
    }

    /** The label shown for option {@code i} (0-based). */
    String label(int i) {
        return options.get(i).path("text").path("text").asText();
    }

    /** Whether several options (or none) may be chosen. */
    boolean several() {
        return several;
    }

    /**
     * The options a non-empty answer picks: a number from 1 to {@link #size()} or an option's label (any case);
     * where several may be chosen, a comma-separated list of these. Empty when any part picks nothing.
     */
    Optional<List<JsonNode>> chosen(String answer) {
        Optional<JsonNode> whole = one(answer);
        if (whole.isPresent() || !several) {
            return whole.map(List::of);
        }
        List<JsonNode> picked = new ArrayList<>();
        for (String part : answer.split(",")) {
            Optional<JsonNode> o = one(part);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            if (!picked.contains(o.get())) {
                picked.add(o.get());
            }
        }
        return Optional.of(picked);
    }

    private Optional<JsonNode> one(String answer) {
        String a = answer.strip();
        if (a.matches("\\d{1,6}")) {
            int n = Integer.parseInt(a);
            return n >= 1 && n <= options.size() ? Optional.of(options.get(n - 1)) : Optional.empty();
        }
        String wanted = a.toLowerCase(Locale.ROOT);
        for (int i = 0; i < options.size(); i++) {
            if (!wanted.isEmpty() && label(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(options.get(i));
            }
        }
        return Optional.empty();
    }
}
