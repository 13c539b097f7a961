package org.alliancecompact.slack.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Slack sends to the bot, built as Slack builds it: typed text entity-escaped, the fields and
 * shapes of Slack's payloads, a {@code response_url} and a {@code trigger_id} (minted by the
 * {@link StrictSlack} stand-in, so it expires as Slack's do).
 *
 * <p>Sources: api.slack.com/interactivity/slash-commands (the command's form fields),
 * api.slack.com/reference/interaction-payloads/block-actions and .../views (payload shapes),
 * api.slack.com/reference/surfaces/formatting#escaping ("&amp;", "&lt;", "&gt;" in text Slack sends).
 */
public final class SlackPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Markup Slack itself writes into typed text: mentions, channel links, special mentions, links. */
    private static final Pattern SLACK_MARKUP = Pattern.compile("<[@#!][^<>]*>|<https?://[^<>]*>");

    private SlackPayloads() {}

    /**
     * Typed text as Slack sends it: {@code &}, {@code <} and {@code >} become {@code &amp;},
     * {@code &lt;} and {@code &gt;}; Slack's own markup ({@code <@U123|ann>}, {@code <#C1|x>},
     * {@code <!here>}, {@code <https://…>}) is left as it is.
     */
    public static String escape(String typed) {
        StringBuilder out = new StringBuilder();
        Matcher m = SLACK_MARKUP.matcher(typed);
        int from = 0;
        while (m.find()) {
            out.append(escapePlain(typed.substring(from, m.start()))).append(m.group());
            from = m.end();
        }
        return out.append(escapePlain(typed.substring(from))).toString();
    }

    private static String escapePlain(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code /alliance <typed>} as Slack posts it (form-encoded), from a channel C1. */
    public static String command(String userId, String typed, String responseUrl, String triggerId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", "T1");
        f.put("team_domain", "alliance");
        f.put("channel_id", "C1");
        f.put("channel_name", "general");
        f.put("user_id", userId);
        f.put("user_name", userId.toLowerCase(java.util.Locale.ROOT));
        f.put("command", "/alliance");
        f.put("text", escape(typed));
        f.put("api_app_id", "A1");
        f.put("is_enterprise_install", "false");
        f.put("response_url", responseUrl);
        f.put("trigger_id", triggerId);
        return SlackRequests.form(f);
    }

    /** A button {@code actionId} with {@code value} pressed in a DM message ({@code block_actions}), as JSON. */
    public static String buttonPress(
            String userId, String actionId, String value, String responseUrl, String triggerId) {
        ObjectNode p = JSON.createObjectNode().put("type", "block_actions");
        p.putObject("user")
                .put("id", userId)
                .put("username", userId.toLowerCase())
                .put("team_id", "T1");
        p.put("api_app_id", "A1").put("token", "legacy");
        p.putObject("team").put("id", "T1").put("domain", "alliance");
        p.putObject("container")
                .put("type", "message")
                .put("message_ts", "1700000000.000100")
                .put("channel_id", StrictSlack.dmOf(userId))
                .put("is_ephemeral", false);
        p.put("trigger_id", triggerId);
        p.putObject("channel").put("id", StrictSlack.dmOf(userId)).put("name", "directmessage");
        p.putObject("message")
                .put("type", "message")
                .put("ts", "1700000000.000100")
                .put("text", "");
        p.put("response_url", responseUrl);
        ObjectNode action = p.putArray("actions").addObject();
        action.put("type", "button")
                .put("action_id", actionId)
                .put("block_id", "b1")
                .put("value", value);
        action.putObject("text").put("type", "plain_text").put("text", "x").put("emoji", true);
        action.put("action_ts", "1700000001.000200");
        return p.toString();
    }

    /**
     * A modal {@code callbackId} submitted ({@code view_submission}), as JSON. A value "opt:X" is a
     * selected option, "date:YYYY-MM-DD" a date, "time:HH:mm" a time, "check:X[,Y]" ticked checkboxes,
     * null an empty text input, anything else typed text. The view is the one the bot opened, as
     * Slack echoes it, reduced to one input block per value.
     */
    public static String viewSubmission(
            String userId,
            String viewId,
            String callbackId,
            String privateMetadata,
            Map<String, String> values,
            String triggerId) {
        ObjectNode p = JSON.createObjectNode().put("type", "view_submission");
        p.putObject("team").put("id", "T1").put("domain", "alliance");
        p.putObject("user")
                .put("id", userId)
                .put("username", userId.toLowerCase())
                .put("team_id", "T1");
        p.put("api_app_id", "A1").put("token", "legacy").put("trigger_id", triggerId);
        ObjectNode view = p.putObject("view");
        view.put("id", viewId).put("team_id", "T1").put("type", "modal").put("callback_id", callbackId);
        view.put("private_metadata", privateMetadata == null ? "" : privateMetadata);
        view.putObject("title").put("type", "plain_text").put("text", "Form");
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode state = view.putObject("state").putObject("values");
        for (var e : values.entrySet()) {
            ObjectNode block = blocks.addObject().put("type", "input").put("block_id", e.getKey());
            block.putObject("label").put("type", "plain_text").put("text", e.getKey());
            block.putObject("element").put("type", "plain_text_input").put("action_id", "value");
            state.putObject(e.getKey()).set("value", stateValue(e.getValue()));
        }
        view.put("hash", "1700000000.abcdef").put("root_view_id", viewId).put("app_id", "A1");
        p.putArray("response_urls");
        return p.toString();
    }

    private static ObjectNode stateValue(String v) {
        ObjectNode value = JSON.createObjectNode();
        if (v == null) {
            value.put("type", "plain_text_input").putNull("value");
        } else if (v.startsWith("opt:")) {
            value.put("type", "static_select");
            option(value.putObject("selected_option"), v.substring(4));
        } else if (v.startsWith("date:")) {
            value.put("type", "datepicker").put("selected_date", v.substring(5));
        } else if (v.startsWith("time:")) {
            value.put("type", "timepicker").put("selected_time", v.substring(5));
        } else if (v.startsWith("check:")) {
            value.put("type", "checkboxes");
            ArrayNode selected = value.putArray("selected_options");
            for (String one : v.substring(6).split(",")) {
                if (!one.isEmpty()) {
                    option(selected.addObject(), one);
                }
            }
        } else {
            value.put("type", "plain_text_input").put("value", v);
        }
        return value;
    }

    private static void option(ObjectNode o, String value) {
        o.putObject("text").put("type", "plain_text").put("text", value);
        o.put("value", value);
    }
}
