package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.SupportLookup.providerOptions;
import static org.alliancecompact.slack.flows.SupportWords.days;
import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.text.BotText;

/**
 * Filing a support request, from the form or the typed {@code /alliance support <days> <focus>}: a member files one
 * for an organisation it acts for (issue 15), in whole or half days (Bolton 21), with the brokerage flag by the
 * profile's rule; it is stored at once (Slack's 3 seconds), then given its priority (the requester's support
 * category, Oldham's support categories) and posted to the improvement group's channel.
 */
record SupportFiling(Services s, SupportPosting posting) {
    static final String REQUEST_MODAL = "support_request";
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private SupportRules rules() {
        return s.profile.support();
    }

    /** The profile's brokerage rule in words: "Every request is brokered first." or "... more than 2 days ...". */
    private String brokerageRule() {
        return rules().everyRequestBrokered()
                ? BotText.get("support.brokerage.every")
                : BotText.get("support.brokerage.over", days(rules().brokerageThresholdDays()));
    }

    // ---- filing -------------------------------------------------------------------------------

    /**
     * The request form: the organisation it is for when the caller acts for several (issue 15), what it is for,
     * the days and a preferred provider (optional, as Slack marks it).
     */
    View requestModal(Caller c) {
        return requestModal(c, null);
    }

    /**
     * The request form opened from one organisation's section of the Home tab: that organisation is chosen
     * already (checked with {@link Caller#at}); {@code forMemberId} null leaves the choice to the form.
     */
    View requestModal(Caller c, String forMemberId) {
        requireMember(c);
        OptionObject chosen = null;
        if (forMemberId != null) {
            MemberDto organisation = c.at(forMemberId);
            chosen = Ui.opt(organisation.name(), organisation.id());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Ui.text(esc(BotText.get(
                "support.form.intro", SupportWords.theGroup(rules().improvementGroupName()), brokerageRule()))));
        if (c.organisations().size() > 1) {
            blocks.add(Ui.select(
                    "organisation",
                    BotText.get("support.form.organisation"),
                    c.organisations().stream()
                            .map(m -> Ui.opt(m.name(), m.id()))
                            .toList(),
                    chosen,
                    false));
        }
        blocks.add(
                Ui.textInput("focus", BotText.get("support.form.focus"), true, false, SupportRequest.MAX_FOCUS_LENGTH));
        blocks.add(Ui.textInput("days", BotText.get("support.form.days"), false, false, 6));
        // the caller's only organisation cannot be its own provider; one acting for several may ask one of them
        List<OptionObject> providers =
                providerOptions(s, c.sole().map(MemberDto::id).orElse(null));
        if (!providers.isEmpty()) {
            blocks.add(Ui.select("provider", BotText.get("support.form.provider"), providers, null, true));
        }
        return Ui.modal(
                REQUEST_MODAL, BotText.get("support.form.title"), BotText.get("support.form.submit"), "", blocks);
    }

    Map<String, String> submitModal(Caller c, View view, Reply reply) {
        return file(
                c,
                Ui.value(view, "organisation"),
                Ui.value(view, "focus"),
                Ui.value(view, "days"),
                Ui.value(view, "provider"),
                reply);
    }

    /**
     * Files a request for {@code organisationId} (null: the caller's only organisation); every field is checked
     * and every error returned at once, by field ({@code organisation}, {@code focus}, {@code days},
     * {@code provider}); empty when it was stored.
     */
    Map<String, String> file(
            Caller c, String organisationId, String focus, String daysText, String providerId, Reply reply) {
        requireMember(c);
        Map<String, String> errors = new LinkedHashMap<>();
        String requester = null;
        if (organisationId == null && c.sole().isEmpty()) {
            errors.put(
                    "organisation",
                    BotText.get(
                            "support.error.organisation.choose",
                            Words.list(c.organisations().stream()
                                    .map(MemberDto::name)
                                    .toList())));
        } else if (organisationId != null && !c.actsFor(organisationId)) {
            errors.put("organisation", BotText.get("support.error.organisation.notYours"));
        } else {
            requester = organisationId != null
                    ? organisationId
                    : c.sole().orElseThrow().id();
        }
        if (focus == null || focus.isBlank()) {
            errors.put("focus", BotText.get("support.error.focus.blank"));
        } else if (focus.strip().length() > SupportRequest.MAX_FOCUS_LENGTH) {
            errors.put("focus", BotText.get("support.error.focus.long", SupportRequest.MAX_FOCUS_LENGTH));
        }
        BigDecimal days = null;
        if (daysText == null || daysText.isBlank()) {
            errors.put("days", BotText.get("support.error.days.blank"));
        } else {
            try {
                days = new BigDecimal(daysText.strip());
                if (days.signum() <= 0 || days.compareTo(SupportRequest.MAX_DAYS) > 0) {
                    errors.put("days", BotText.get("support.error.days.range", days(SupportRequest.MAX_DAYS)));
                } else if (days.remainder(HALF).signum() != 0) {
                    errors.put("days", BotText.get("support.error.days.half"));
                }
            } catch (NumberFormatException e) {
                errors.put("days", BotText.get("support.error.days.number"));
            }
        }
        if (providerId != null) {
            if (providerId.equals(requester)) {
                errors.put("provider", BotText.get("support.error.provider.self"));
            } else if (s.directory.activeMembers().stream().noneMatch(m -> m.id().equals(providerId))) {
                errors.put("provider", BotText.get("support.error.provider.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String requesterId = requester;
        SupportRequest draft = SupportRequest.submit("new", requesterId, focus, days, providerId, s.now());
        boolean brokerage = RequestLifecycle.brokerageRequired(days, rules());
        // Stored before the acknowledgement with no Confluence call on the way (Slack's 3 seconds, whatever
        // Confluence does); its priority, the register's category, is read after it, before it is posted.
        SupportRequest stored = s.support.insert(draft, c.slackUser(), null, brokerage);
        posting.posting(stored.id());
        BigDecimal asked = days;
        s.later(reply, () -> {
            boolean known;
            boolean posted;
            try {
                known = recordPriority(stored.id(), requesterId);
                posted = posting.postToGroupOrAlert(stored.id());
            } finally {
                posting.posted(stored.id());
            }
            List<String> sentences = new ArrayList<>();
            sentences.add(BotText.get(
                    posted ? "support.filed.posted" : "support.filed.unposted",
                    stored.id(),
                    days(asked),
                    s.directory.nameOf(requesterId),
                    SupportWords.theGroup(rules().improvementGroupName())));
            if (brokerage) {
                sentences.add(
                        rules().everyRequestBrokered()
                                ? BotText.get("support.filed.brokeredEvery")
                                : BotText.get("support.filed.brokeredOver", days(rules().brokerageThresholdDays())));
            }
            if (!known) {
                sentences.add(BotText.get("support.filed.noPriority"));
            }
            reply.text(esc(String.join(" ", sentences)));
        });
        return Map.of();
    }

    /**
     * Stores the requester's support category as the request's priority (the register's category now, Oldham's
     * support categories); false when Confluence could not be asked, and the request goes on without one.
     */
    private boolean recordPriority(String requestId, String requesterId) {
        try {
            s.support.setCategory(requestId, s.plugin.categoryOf(requesterId));
            return true;
        } catch (PluginUnavailable e) {
            // Filing must not depend on Confluence being up: the request goes in without a priority.
            return false;
        }
    }

    private static void requireMember(Caller c) {
        if (!c.isMember()) {
            throw new IllegalArgumentException(BotText.get("support.error.notMember"));
        }
    }
}
