package org.alliancecompact.slack.slackapi;

import com.slack.api.Slack;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack calls the flows make, named for what they do. Direct messages go to a user ID as the
 * channel (Slack opens the app's DM). Email look-ups are cached: people do not change address often
 * and users.info is rate limited (tier 4).
 */
public final class SlackMessenger {
    private static final Logger log = LoggerFactory.getLogger(SlackMessenger.class);

    private final SlackApi api;
    private final ResponseUrlSender responses;
    private final ConcurrentMap<String, String> emailByUser = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> userByEmail = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> nameByUser = new ConcurrentHashMap<>();

    public SlackMessenger(SlackApi api) {
        this(api, new ResponseUrlSender(Slack.getInstance()));
    }

    public SlackMessenger(SlackApi api, ResponseUrlSender responses) {
        this.api = api;
        this.responses = responses;
    }

    /** An ephemeral reply at a command's or button's response_url (only the person who asked sees it). */
    public void respond(String responseUrl, String text, List<LayoutBlock> blocks) {
        responses.send(
                responseUrl,
                com.slack.api.app_backend.slash_commands.response.SlashCommandResponse.builder()
                        .responseType("ephemeral")
                        .text(text)
                        .blocks(blocks)
                        .build());
    }

    /** As {@link #respond}, for a button: a new ephemeral message, the message with the button left as it is. */
    public void respondToAction(String responseUrl, String text, List<LayoutBlock> blocks) {
        responses.send(
                responseUrl,
                com.slack.api.app_backend.interactive_components.response.ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(text)
                        .blocks(blocks)
                        .build());
    }

    /**
     * Posts the same message to each of {@code users} (direct messages): one that Slack refuses (a
     * deactivated account, say) does not stop the others. Returns those refused, with Slack's error.
     */
    public Map<String, String> postToEach(List<String> users, String text, List<LayoutBlock> blocks) {
        Map<String, String> refused = new LinkedHashMap<>();
        for (String user : users) {
            try {
                post(user, text, blocks);
            } catch (SlackCallFailed e) {
                log.warn("Could not message {}: {}", user, e.error());
                refused.put(user, e.error());
            }
        }
        return refused;
    }

    /**
     * Where a posted message lives: the channel's ID as Slack answered it and the message's ts. Slack
     * takes a channel name ({@code #improvement-group}) or a user ID in chat.postMessage but only the
     * conversation ID in chat.update and chat.delete, so a message the bot will update or reply to is
     * kept by these two (https://api.slack.com/methods/chat.update: "channel: Channel containing the
     * message to be updated. For direct messages, ensure that this value is a DM ID").
     */
    public record Posted(String channel, String ts) {}

    /** Posts to a channel or (user ID as channel) a direct message; returns the message's ts. */
    public String post(String channel, String text, List<LayoutBlock> blocks) {
        return postKeepingPlace(channel, text, blocks).ts();
    }

    /**
     * As {@link #post}, returning the channel ID Slack answered (chat.postMessage's {@code channel}) with
     * the ts: use both for every later chat.update and thread reply. When an answer lacks the channel,
     * the one asked for is kept.
     */
    public Posted postKeepingPlace(String channel, String text, List<LayoutBlock> blocks) {
        var answer = api.call(
                "chat.postMessage",
                c -> c.chatPostMessage(
                        r -> r.channel(channel).text(text).blocks(blocks).unfurlLinks(false)));
        return new Posted(answer.getChannel() == null ? channel : answer.getChannel(), answer.getTs());
    }

    public String postInThread(String channel, String threadTs, String text) {
        return api.call(
                        "chat.postMessage",
                        c -> c.chatPostMessage(
                                r -> r.channel(channel).threadTs(threadTs).text(text)))
                .getTs();
    }

    public void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        api.call(
                "chat.update",
                c -> c.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
    }

    /**
     * Opens a modal with a {@code trigger_id}, which Slack takes only within 3 seconds of the press or
     * command and only once (https://api.slack.com/interactivity/handling#modal_responses); returns the
     * opened view's id, for {@link #updateModal} (null when Slack's answer lacks it).
     */
    public String openModal(String triggerId, View view) {
        var opened = api.call(
                "views.open", c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view)));
        return opened.getView() == null ? null : opened.getView().getId();
    }

    /** Replaces the content of an open modal (views.update by {@code view_id}; no time limit). */
    public void updateModal(String viewId, View view) {
        api.call("views.update", c -> c.viewsUpdate(r -> r.viewId(viewId).view(view)));
    }

    public void publishHome(String user, View view) {
        api.call("views.publish", c -> c.viewsPublish(r -> r.userId(user).view(view)));
    }

    /** The Slack user's email (needs users:read.email), lower-case; empty when Slack has none. */
    public Optional<String> emailOf(String userId) {
        String cached = emailByUser.get(userId);
        if (cached != null) {
            return Optional.of(cached);
        }
        var user = api.call("users.info", c -> c.usersInfo(r -> r.user(userId))).getUser();
        if (user == null || user.getProfile() == null || user.getProfile().getEmail() == null) {
            return Optional.empty();
        }
        String email = user.getProfile().getEmail().toLowerCase(Locale.ROOT);
        emailByUser.put(userId, email);
        userByEmail.put(email, userId);
        String name = user.getRealName() != null ? user.getRealName() : user.getName();
        if (name != null) {
            nameByUser.put(userId, name);
        }
        return Optional.of(email);
    }

    /** The Slack user's display name, after {@link #emailOf} has looked them up (else the ID). */
    public String nameOf(String userId) {
        if (!nameByUser.containsKey(userId)) {
            emailOf(userId);
        }
        return nameByUser.getOrDefault(userId, userId);
    }

    /** The Slack user with this email, if they are in the workspace. */
    public Optional<String> userIdOf(String email) {
        String key = email.toLowerCase(Locale.ROOT);
        String cached = userByEmail.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            var user = api.call("users.lookupByEmail", c -> c.usersLookupByEmail(r -> r.email(key)))
                    .getUser();
            if (user == null) {
                return Optional.empty();
            }
            userByEmail.put(key, user.getId());
            emailByUser.put(user.getId(), key);
            return Optional.of(user.getId());
        } catch (SlackCallFailed e) {
            if ("users_not_found".equals(e.error())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
