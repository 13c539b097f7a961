package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.SupportLookup.load;
import static org.alliancecompact.slack.flows.SupportWords.ratingLabel;
import static org.alliancecompact.slack.flows.SupportWords.statusLabel;
import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;

/**
 * Evaluations of completed requests: the requester is asked when a request is completed, and chased once a day past
 * the profile's due time (counted on the engagement ladder as an evaluation not returned); only the organisation
 * that asked evaluates (issue 15), once, and its own words are shown to the coordinators in the request's thread
 * (issue 17, point 4).
 */
record SupportEvaluations(Services s, SupportMessage messages) {
    static final String EVALUATION_MODAL = "support_evaluation";

    private SupportRules rules() {
        return s.profile.support();
    }

    // ---- evaluation ---------------------------------------------------------------------------

    void askForEvaluation(SupportRequest r, String requesterSlackUser, boolean chaser) {
        String text = BotText.get(
                chaser ? "support.evaluation.chase" : "support.evaluation.ask",
                r.id(),
                esc(r.focus()),
                esc(s.directory.nameOf(r.requesterMemberId())));
        s.slack.post(
                requesterSlackUser,
                text,
                List.of(
                        Ui.text(text),
                        Ui.buttons(
                                "eval_" + r.id(),
                                List.of(Ui.primary(
                                        "support:evaluate", BotText.get("support.button.evaluate"), r.id())))));
    }

    /**
     * Why {@code c} may not evaluate {@code r}, or empty: the button carries the request, and only the people of
     * the organisation that asked for it (issue 15: checked against every organisation the caller acts for)
     * evaluate it, once, when it is complete.
     */
    private Optional<String> evaluationRefusal(Caller c, SupportRequest r) {
        if (!c.actsFor(r.requesterMemberId())) {
            return Optional.of(
                    BotText.get("support.evaluation.notRequester", esc(s.directory.nameOf(r.requesterMemberId()))));
        }
        if (r.status() == RequestStatus.EVALUATED) {
            return Optional.of(BotText.get("support.evaluation.done", r.id()));
        }
        if (r.status() != RequestStatus.COMPLETED) {
            return Optional.of(BotText.get("support.evaluation.notYet", r.id(), statusLabel(r.status())));
        }
        return Optional.empty();
    }

    View evaluationModal(Caller c, String id) {
        SupportRequest r = load(s, id).request();
        Optional<String> refused = evaluationRefusal(c, r);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        List<OptionObject> ratings = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Ui.opt(i + " \u2014 " + ratingLabel(i), Integer.toString(i)))
                .toList();
        return Ui.modal(
                EVALUATION_MODAL,
                BotText.get("support.evaluation.title"),
                BotText.get("support.evaluation.submit"),
                r.id(),
                List.of(
                        Ui.text(BotText.get("support.evaluation.request", messages.headingArguments(r))),
                        Ui.select("rating", BotText.get("support.evaluation.rating"), ratings, null, false),
                        Ui.textInput("impact", BotText.get("support.evaluation.impact"), true, false, MAX_IMPACT)));
    }

    private static final int MAX_IMPACT = 2000;

    Map<String, String> submitEvaluation(Caller c, View view, Reply reply) {
        SupportStore.Stored st = s.support.find(view.getPrivateMetadata()).orElse(null);
        if (st == null) {
            return Map.of("impact", BotText.get("support.refused.noRequest", view.getPrivateMetadata()));
        }
        Optional<String> refused = evaluationRefusal(c, st.request());
        if (refused.isPresent()) {
            return Map.of("impact", refused.get());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        int rating = 0;
        try {
            rating = Integer.parseInt(
                    Optional.ofNullable(Ui.value(view, "rating")).orElse(""));
        } catch (NumberFormatException e) {
            rating = 0;
        }
        if (rating < 1 || rating > 5) {
            errors.put("rating", BotText.get("support.error.rating"));
        }
        String impact = Ui.value(view, "impact");
        if (impact == null) {
            errors.put("impact", BotText.get("support.error.impact.blank"));
        } else if (impact.length() > MAX_IMPACT) {
            errors.put("impact", BotText.get("support.error.impact.long", MAX_IMPACT));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        SupportRequest after = RequestLifecycle.evaluate(st.request(), rules());
        if (!s.support.evaluate(st.request(), after, rating, impact, c.slackUser(), s.now())) {
            return Map.of("impact", BotText.get("support.evaluation.done", after.id()));
        }
        int stars = rating;
        s.later(reply, () -> {
            reply.text(BotText.get("support.evaluation.thanks", after.id()));
            if (st.threadTs() != null) {
                SupportStore.Stored fresh = s.support.find(after.id()).orElseThrow();
                s.slack.update(st.channel(), st.threadTs(), messages.summary(fresh), messages.message(fresh));
                // coordinators read the requester's own words, not only the rating (issue 17, point 4)
                s.slack.postInThread(
                        st.channel(),
                        st.threadTs(),
                        BotText.get(
                                "support.thread.evaluated",
                                esc(s.directory.nameOf(after.requesterMemberId())),
                                stars,
                                ratingLabel(stars),
                                esc(impact).replace("\n", "\n>")));
            }
        });
        return Map.of();
    }

    /** Daily: chases each evaluation past the profile's due time once, and counts it on the ladder. */
    void chaseEvaluations() {
        Instant now = s.now();
        // only a completed request can be overdue; the shared rule decides which of them are
        for (SupportStore.Stored st : s.support.withStatus(RequestStatus.COMPLETED)) {
            SupportRequest r = st.request();
            Optional<Instant> overdueSince = RequestLifecycle.evaluationOverdueSince(r, rules(), now);
            if (overdueSince.isEmpty()) {
                continue;
            }
            Instant due = overdueSince.get();
            s.engagement.add(
                    new Signal(
                            r.requesterMemberId(),
                            SignalKind.EVALUATION_NOT_RETURNED,
                            due,
                            "evaluation of request #" + r.id()),
                    "eval-missing:" + r.id());
            s.nudges.sendOnce(
                    "evaluation-chaser:" + r.id(),
                    st.requesterSlackUser(),
                    now,
                    () -> askForEvaluation(r, st.requesterSlackUser(), true));
        }
    }
}
