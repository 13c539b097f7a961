package org.alliancecompact.slack.flows;

import com.slack.api.model.view.View;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a modal for a button or command whatever Confluence is doing. A {@code trigger_id} expires 3
 * seconds after the press (https://api.slack.com/interactivity/handling#modal_responses), while
 * building a form may need Confluence (who the person is, the member list), which can take longer or
 * be down. So right after the acknowledgement a "one moment" modal is opened with the trigger, on
 * threads of its own that never wait on Confluence, and the form is built afterwards and put in place
 * with views.update (which has no time limit). When the form cannot be built (no permission,
 * Confluence unreachable) the modal says why instead.
 */
final class ModalOpener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModalOpener.class);

    private final Services s;
    /** Only views.open calls run here: each is one quick Slack call, so a trigger never waits in a queue. */
    private final ThreadPoolExecutor triggers;

    ModalOpener(Services s) {
        this.s = s;
        this.triggers = (ThreadPoolExecutor) Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bot-modal-open");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the "one moment" modal with {@code triggerId} now, then builds the form with {@code form}
     * in the background and shows it. Problems are told in the modal, or by {@code reply} when no modal
     * could be opened.
     */
    void open(String triggerId, Reply reply, Supplier<View> form) {
        triggers.execute(() -> {
            String viewId;
            try {
                viewId = s.slack.openModal(triggerId, Ui.loadingModal());
            } catch (SlackCallFailed e) {
                log.warn("Could not open a modal: {}", e.getMessage());
                s.run(
                        reply,
                        () -> reply.text("Slack did not open the form (" + Ui.esc(e.error())
                                + "). Please press the button or type the command again."));
                return;
            }
            s.later(reply, () -> show(viewId, reply, form));
        });
    }

    private void show(String viewId, Reply reply, Supplier<View> form) {
        View view;
        try {
            view = form.get();
        } catch (RuntimeException e) {
            String[] message = new String[1];
            Services.answerFailure(reply, e, (r, text) -> message[0] = text);
            if (viewId == null) {
                reply.text(Ui.esc(message[0]));
            } else {
                s.slack.updateModal(viewId, Ui.notice(BotText.get("bot.title"), Ui.esc(message[0])));
            }
            return;
        }
        if (viewId == null) {
            throw new SlackCallFailed("views.open", "no view id in Slack's answer");
        }
        s.slack.updateModal(viewId, view);
    }

    boolean idle() {
        return triggers.getActiveCount() == 0 && triggers.getQueue().isEmpty();
    }

    @Override
    public void close() {
        triggers.shutdown();
        try {
            triggers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
