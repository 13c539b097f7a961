package org.alliancecompact.slack.slackapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Slack's documented limits on what a Web API call may carry, checked the way Slack checks them:
 * a call that breaks one is refused with Slack's error code ({@code invalid_blocks} for a message,
 * {@code invalid_arguments} for a view, {@code msg_too_long}, {@code channel_not_found}, ...) and
 * a {@code [ERROR] ... [json-pointer:...]} detail like Slack's {@code response_metadata.messages}.
 *
 * <p>The flows size what they render by these constants (pages of blocks, text split across
 * sections), the console's local Slack refuses by {@link #check}, and so does the test kit's strict
 * Slack stand-in; that is why this lives in main code. Only rules that need no state are here:
 * trigger_id expiry, known channels and threads are the stand-in's.
 *
 * <p>Each limit names the page of Slack's documentation it comes from.
 */
public final class SlackLimits {
    /** "You can include up to 50 blocks in each message" (api.slack.com/reference/block-kit/blocks). */
    public static final int MESSAGE_BLOCKS = 50;
    /** "... and 100 blocks in modals or Home tabs" (api.slack.com/reference/block-kit/blocks). */
    public static final int VIEW_BLOCKS = 100;
    /** Section text, characters (api.slack.com/reference/block-kit/blocks#section). */
    public static final int SECTION_TEXT = 3000;
    /** Section fields: at most 10 (api.slack.com/reference/block-kit/blocks#section). */
    public static final int SECTION_FIELDS = 10;
    /** Each section field, characters (api.slack.com/reference/block-kit/blocks#section). */
    public static final int FIELD_TEXT = 2000;
    /** Any text object, context elements included (api.slack.com/reference/block-kit/composition-objects#text). */
    public static final int TEXT_OBJECT = 3000;
    /** Context block elements: at most 10 (api.slack.com/reference/block-kit/blocks#context). */
    public static final int CONTEXT_ELEMENTS = 10;
    /** Header text, characters (docs.slack.dev/reference/block-kit/blocks/header-block). */
    public static final int HEADER_TEXT = 150;
    /** Actions block elements: at most 25 (api.slack.com/reference/block-kit/blocks#actions). */
    public static final int ACTIONS_ELEMENTS = 25;
    /** Input block label and hint, characters (api.slack.com/reference/block-kit/blocks#input). */
    public static final int INPUT_LABEL = 2000;
    /** Button text, characters (docs.slack.dev/reference/block-kit/block-elements/button-element). */
    public static final int BUTTON_TEXT = 75;
    /** Button value, characters (docs.slack.dev/reference/block-kit/block-elements/button-element). */
    public static final int BUTTON_VALUE = 2000;
    /** Button url, characters (docs.slack.dev/reference/block-kit/block-elements/button-element). */
    public static final int BUTTON_URL = 3000;
    /** Option text and description, characters (api.slack.com/reference/block-kit/composition-objects#option). */
    public static final int OPTION_TEXT = 75;
    /** Option value, characters (api.slack.com/reference/block-kit/composition-objects#option). */
    public static final int OPTION_VALUE = 150;
    /** Options in a select menu (api.slack.com/reference/block-kit/block-elements#static_select). */
    public static final int SELECT_OPTIONS = 100;
    /** Options of checkboxes and radio buttons (api.slack.com/reference/block-kit/block-elements#checkboxes). */
    public static final int CHECKBOX_OPTIONS = 10;
    /** Placeholder text, characters (api.slack.com/reference/block-kit/block-elements#static_select). */
    public static final int PLACEHOLDER = 150;
    /** action_id and block_id, characters (api.slack.com/reference/block-kit/blocks, block-elements). */
    public static final int ID_LENGTH = 255;
    /** Modal title, submit and close texts, characters (api.slack.com/reference/surfaces/views). */
    public static final int VIEW_TITLE = 24;
    /** private_metadata, characters (api.slack.com/reference/surfaces/views). */
    public static final int PRIVATE_METADATA = 3000;
    /** callback_id, characters (api.slack.com/reference/surfaces/views). */
    public static final int CALLBACK_ID = 255;
    /**
     * Message text, characters: Slack truncates longer messages (api.slack.com/methods/chat.postMessage
     * #truncating, changelog 2018-04 "truncating really long messages"); {@code msg_too_long} is the
     * method's documented error for text that is too long. Refusing, rather than cutting silently, is
     * how a test sees that text would have been lost.
     */
    public static final int MESSAGE_TEXT = 40_000;

    /**
     * A view's JSON, bytes: larger views are refused with {@code view_too_large}
     * (api.slack.com/methods/views.open, views.update, views.publish: "greater than 250kb").
     */
    public static final int VIEW_BYTES = 250_000;

    /** Channel IDs as Slack issues them: public (C), private (G) and direct-message (D) conversations. */
    private static final Pattern CONVERSATION_ID = Pattern.compile("[CGD][A-Z0-9]+");

    /** Methods that take a conversation ID only, never a name nor a user ID (api.slack.com/methods/chat.update). */
    private static final Set<String> ID_ONLY =
            Set.of("chat.update", "chat.delete", "chat.getPermalink", "reactions.add", "reactions.remove");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Slack's refusal: its error code, and what broke which limit where. */
    public record Refusal(String error, String detail) {
        @Override
        public String toString() {
            return error + ": " + detail;
        }
    }

    private SlackLimits() {}

    /** True for a conversation ID (C…, G…, D…), false for a name ({@code #x}, {@code x}) or a user ID. */
    public static boolean isConversationId(String channel) {
        return channel != null && CONVERSATION_ID.matcher(channel).matches();
    }

    /**
     * Checks one Web API call's parameters (form fields; {@code blocks} and {@code view} as JSON
     * text, as Slack's SDK sends them). Empty when Slack would take it.
     */
    public static Optional<Refusal> check(String method, Map<String, String> params) {
        try {
            return switch (method) {
                case "chat.postMessage", "chat.postEphemeral", "chat.update" -> message(method, params);
                case "chat.delete", "chat.getPermalink", "reactions.add", "reactions.remove" ->
                    channelId(method, params.get("channel"));
                case "views.open", "views.push", "views.update" -> view(params.get("view"), "modal");
                case "views.publish" -> view(params.get("view"), "home");
                default -> Optional.empty();
            };
        } catch (IOException e) {
            return Optional.of(new Refusal("invalid_arguments", "not JSON: " + e.getMessage()));
        }
    }

    /**
     * Checks a message sent to a {@code response_url} (JSON, the same fields as chat.postMessage).
     * Empty when Slack would take it.
     */
    public static Optional<Refusal> checkResponse(JsonNode message) {
        List<String> errors = new ArrayList<>();
        String text = message.path("text").asText("");
        if (text.isEmpty()
                && !message.path("blocks").isArray()
                && !message.path("delete_original").asBoolean()) {
            // as chat.postMessage: a message needs text or blocks (api.slack.com/methods/chat.postMessage#errors)
            return Optional.of(new Refusal("no_text", "neither text nor blocks"));
        }
        if (text.length() > MESSAGE_TEXT) {
            return Optional.of(new Refusal(
                    "msg_too_long",
                    error(
                            "must be less than " + (MESSAGE_TEXT + 1) + " characters (has " + text.length() + ")",
                            "/text")));
        }
        JsonNode blocks = message.path("blocks");
        if (blocks.isArray()) {
            blocks(blocks, MESSAGE_BLOCKS, "/blocks", errors);
        }
        return errors.isEmpty()
                ? Optional.empty()
                : Optional.of(new Refusal("invalid_blocks", String.join("; ", errors)));
    }

    private static Optional<Refusal> channelId(String method, String channel) {
        if (ID_ONLY.contains(method) && !isConversationId(channel)) {
            return Optional.of(
                    new Refusal("channel_not_found", method + " takes a conversation ID (C…, G…, D…), not " + channel));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> message(String method, Map<String, String> params) throws IOException {
        Optional<Refusal> id = channelId(method, params.get("channel"));
        if (id.isPresent()) {
            return id;
        }
        String text = params.getOrDefault("text", "");
        String blocksJson = params.get("blocks");
        if (text.isEmpty() && (blocksJson == null || blocksJson.isBlank()) && params.get("attachments") == null) {
            return Optional.of(new Refusal("no_text", "neither text nor blocks"));
        }
        if (text.length() > MESSAGE_TEXT) {
            return Optional.of(new Refusal(
                    "msg_too_long",
                    error(
                            "must be less than " + (MESSAGE_TEXT + 1) + " characters (has " + text.length() + ")",
                            "/text")));
        }
        if (blocksJson == null || blocksJson.isBlank()) {
            return Optional.empty();
        }
        JsonNode blocks = JSON.readTree(blocksJson);
        List<String> errors = new ArrayList<>();
        if (!blocks.isArray()) {
            errors.add("[ERROR] must be an array [json-pointer:/blocks]");
        } else {
            blocks(blocks, MESSAGE_BLOCKS, "/blocks", errors);
        }
        return errors.isEmpty()
                ? Optional.empty()
                : Optional.of(new Refusal("invalid_blocks", String.join("; ", errors)));
    }

    private static Optional<Refusal> view(String viewJson, String type) throws IOException {
        if (viewJson == null || viewJson.isBlank()) {
            return Optional.of(new Refusal("invalid_arguments", "no view"));
        }
        int bytes = viewJson.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > VIEW_BYTES) {
            return Optional.of(new Refusal(
                    "view_too_large", error("must be at most " + VIEW_BYTES + " bytes (has " + bytes + ")", "/view")));
        }
        JsonNode view = JSON.readTree(viewJson);
        List<String> errors = new ArrayList<>();
        if (!type.equals(view.path("type").asText())) {
            errors.add(error("must be " + type, "/view/type"));
        }
        if (type.equals("modal")) {
            if (!view.path("title").isObject()) {
                errors.add(error("title is required", "/view/title"));
            }
            plain(view.path("title"), VIEW_TITLE, "/view/title", errors);
            plain(view.path("submit"), VIEW_TITLE, "/view/submit", errors);
            plain(view.path("close"), VIEW_TITLE, "/view/close", errors);
            boolean hasInput = false;
            for (JsonNode b : view.path("blocks")) {
                hasInput |= "input".equals(b.path("type").asText());
            }
            // "submit is required when an input block is within the blocks array" (reference/surfaces/views)
            if (hasInput && !view.path("submit").isObject()) {
                errors.add(error("submit is required with an input block", "/view/submit"));
            }
        }
        length(view.path("private_metadata").asText(""), PRIVATE_METADATA, "/view/private_metadata", errors);
        length(view.path("callback_id").asText(""), CALLBACK_ID, "/view/callback_id", errors);
        if (!view.path("blocks").isArray()) {
            errors.add(error("blocks are required", "/view/blocks"));
        } else {
            blocks(view.path("blocks"), VIEW_BLOCKS, "/view/blocks", errors);
        }
        return errors.isEmpty()
                ? Optional.empty()
                : Optional.of(new Refusal("invalid_arguments", String.join("; ", errors)));
    }

    private static void blocks(JsonNode blocks, int max, String at, List<String> errors) {
        if (blocks.size() > max) {
            errors.add(error("must be less than " + (max + 1) + " items (has " + blocks.size() + ")", at));
        }
        Set<String> blockIds = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), at + "/" + i, blockIds, errors);
        }
    }

    private static void block(JsonNode b, String at, Set<String> blockIds, List<String> errors) {
        if (b.hasNonNull("block_id")) {
            String id = b.path("block_id").asText();
            length(id, ID_LENGTH, at + "/block_id", errors);
            // block_id "should be unique for each message" (reference/block-kit/blocks); Slack refuses duplicates
            if (!blockIds.add(id)) {
                errors.add(error("duplicate block_id " + id, at + "/block_id"));
            }
        }
        Set<String> actionIds = new HashSet<>();
        switch (b.path("type").asText()) {
            case "section" -> {
                if (!b.has("text") && !b.has("fields")) {
                    errors.add(error("section needs text or fields", at));
                }
                text(b.path("text"), SECTION_TEXT, at + "/text", errors);
                JsonNode fields = b.path("fields");
                if (fields.size() > SECTION_FIELDS) {
                    errors.add(error("must be less than " + (SECTION_FIELDS + 1) + " items", at + "/fields"));
                }
                for (int i = 0; i < fields.size(); i++) {
                    text(fields.get(i), FIELD_TEXT, at + "/fields/" + i, errors);
                }
                if (b.has("accessory")) {
                    element(b.path("accessory"), at + "/accessory", actionIds, errors);
                }
            }
            case "header" -> {
                if (!"plain_text".equals(b.path("text").path("type").asText())) {
                    errors.add(error("header text must be plain_text", at + "/text"));
                }
                text(b.path("text"), HEADER_TEXT, at + "/text", errors);
            }
            case "context" -> {
                JsonNode elements = b.path("elements");
                if (elements.isEmpty() || elements.size() > CONTEXT_ELEMENTS) {
                    errors.add(error("must have 1 to " + CONTEXT_ELEMENTS + " items", at + "/elements"));
                }
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i).has("text")) {
                        text(elements.get(i), TEXT_OBJECT, at + "/elements/" + i, errors);
                    }
                }
            }
            case "actions" -> {
                JsonNode elements = b.path("elements");
                if (elements.isEmpty() || elements.size() > ACTIONS_ELEMENTS) {
                    errors.add(error("must have 1 to " + ACTIONS_ELEMENTS + " items", at + "/elements"));
                }
                for (int i = 0; i < elements.size(); i++) {
                    element(elements.get(i), at + "/elements/" + i, actionIds, errors);
                }
            }
            case "input" -> {
                if (!b.path("label").isObject()) {
                    errors.add(error("label is required", at + "/label"));
                }
                plain(b.path("label"), INPUT_LABEL, at + "/label", errors);
                plain(b.path("hint"), INPUT_LABEL, at + "/hint", errors);
                if (!b.path("element").isObject()) {
                    errors.add(error("element is required", at + "/element"));
                } else {
                    element(b.path("element"), at + "/element", actionIds, errors);
                }
            }
            case "divider", "image", "rich_text", "markdown", "file", "video" -> {
                // nothing the bot sends in these is limited beyond the block count
            }
            default -> errors.add(error("unknown block type " + b.path("type").asText(), at + "/type"));
        }
    }

    private static void element(JsonNode e, String at, Set<String> actionIds, List<String> errors) {
        if (e.hasNonNull("action_id")) {
            String id = e.path("action_id").asText();
            length(id, ID_LENGTH, at + "/action_id", errors);
            // "Should be unique among all other action_ids in the containing block" (block-elements)
            if (!actionIds.add(id)) {
                errors.add(error("duplicate action_id " + id, at + "/action_id"));
            }
        }
        plain(e.path("placeholder"), PLACEHOLDER, at + "/placeholder", errors);
        switch (e.path("type").asText()) {
            case "button" -> {
                plain(e.path("text"), BUTTON_TEXT, at + "/text", errors);
                length(e.path("value").asText(""), BUTTON_VALUE, at + "/value", errors);
                length(e.path("url").asText(""), BUTTON_URL, at + "/url", errors);
            }
            case "static_select", "multi_static_select" -> {
                options(e.path("options"), SELECT_OPTIONS, at + "/options", errors);
                JsonNode groups = e.path("option_groups");
                if (groups.size() > SELECT_OPTIONS) {
                    errors.add(error("must be less than " + (SELECT_OPTIONS + 1) + " items", at + "/option_groups"));
                }
                for (int i = 0; i < groups.size(); i++) {
                    plain(groups.get(i).path("label"), OPTION_TEXT, at + "/option_groups/" + i + "/label", errors);
                    options(
                            groups.get(i).path("options"),
                            SELECT_OPTIONS,
                            at + "/option_groups/" + i + "/options",
                            errors);
                }
                if (!e.has("options") && !e.has("option_groups")) {
                    errors.add(error("options or option_groups are required", at));
                }
            }
            case "checkboxes", "radio_buttons" -> options(e.path("options"), CHECKBOX_OPTIONS, at + "/options", errors);
            case "overflow" -> options(e.path("options"), 5, at + "/options", errors);
            default -> {
                // date and time pickers, text inputs, user and conversation selects: no limited text of ours
            }
        }
    }

    private static void options(JsonNode options, int max, String at, List<String> errors) {
        if (options.size() > max) {
            errors.add(error("must be less than " + (max + 1) + " items (has " + options.size() + ")", at));
        }
        for (int i = 0; i < options.size(); i++) {
            JsonNode o = options.get(i);
            text(o.path("text"), OPTION_TEXT, at + "/" + i + "/text", errors);
            text(o.path("description"), OPTION_TEXT, at + "/" + i + "/description", errors);
            length(o.path("value").asText(""), OPTION_VALUE, at + "/" + i + "/value", errors);
        }
    }

    /** A text object's text, of at most {@code max} characters (absent objects pass). */
    private static void text(JsonNode textObject, int max, String at, List<String> errors) {
        if (textObject.isMissingNode() || textObject.isNull()) {
            return;
        }
        String text = textObject.path("text").asText("");
        if (text.isEmpty()) {
            errors.add(error("must be more than 0 characters", at + "/text"));
        }
        length(text, Math.min(max, TEXT_OBJECT), at + "/text", errors);
    }

    private static void plain(JsonNode textObject, int max, String at, List<String> errors) {
        if (textObject.isMissingNode() || textObject.isNull()) {
            return;
        }
        if (!"plain_text".equals(textObject.path("type").asText())) {
            errors.add(error("must be plain_text", at + "/type"));
        }
        text(textObject, max, at, errors);
    }

    private static void length(String s, int max, String at, List<String> errors) {
        if (s.length() > max) {
            errors.add(error("must be less than " + (max + 1) + " characters (has " + s.length() + ")", at));
        }
    }

    private static String error(String what, String pointer) {
        return "[ERROR] " + what + " [json-pointer:" + pointer + "]";
    }
}
