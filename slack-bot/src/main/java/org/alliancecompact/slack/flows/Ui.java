package org.alliancecompact.slack.flows;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.slackapi.SlackText;
import org.alliancecompact.slack.text.BotText;

/**
 * Block Kit pieces the flows share, and reading a submitted modal's values. Every input block's
 * element uses the action id {@code value}, so a modal's values are read by block id alone.
 */
final class Ui {
    static final String VALUE = "value";

    private Ui() {}

    /**
     * Text from people, coordinators, Confluence or the profile as mrkdwn shows it literally: the flows'
     * short name for {@link SlackText#escape}, the one escaping function.
     */
    static String esc(String s) {
        return SlackText.escape(s);
    }

    /** A link whose address or label someone supplied: {@link SlackText#link}. */
    static String link(String address, String label) {
        return SlackText.link(address, label);
    }

    static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }

    static SectionBlock text(String mrkdwn) {
        return SectionBlock.builder().text(markdownText(mrkdwn)).build();
    }

    static ButtonElement button(String actionId, String label, String value) {
        return ButtonElement.builder()
                .actionId(actionId)
                .text(plainText(label))
                .value(value)
                .build();
    }

    static ButtonElement primary(String actionId, String label, String value) {
        ButtonElement b = button(actionId, label, value);
        b.setStyle("primary");
        return b;
    }

    static ActionsBlock buttons(String blockId, List<? extends BlockElement> elements) {
        return ActionsBlock.builder()
                .blockId(blockId)
                .elements(new ArrayList<>(elements))
                .build();
    }

    /** An option; a label past Slack's 75 characters is shortened with "…" (composition-objects#option). */
    static OptionObject opt(String label, String value) {
        return option(
                plainText(
                        label.length() > SlackLimits.OPTION_TEXT
                                ? label.substring(0, SlackLimits.OPTION_TEXT - 1) + "…"
                                : label),
                value);
    }

    static InputBlock textInput(String blockId, String label, boolean multiline, boolean optional, int maxLength) {
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(label))
                .optional(optional)
                .element(PlainTextInputElement.builder()
                        .actionId(VALUE)
                        .multiline(multiline)
                        .maxLength(maxLength)
                        .build())
                .build();
    }

    /**
     * A select of any number of options: up to 100 as a plain list, more in groups of 100 (Slack
     * takes 100 options, or 100 groups of 100, api.slack.com/reference/block-kit/block-elements#static_select).
     */
    static InputBlock select(
            String blockId, String label, List<OptionObject> options, OptionObject initial, boolean optional) {
        StaticSelectElement.StaticSelectElementBuilder select =
                StaticSelectElement.builder().actionId(VALUE).initialOption(initial);
        if (options.size() <= SlackLimits.SELECT_OPTIONS) {
            select.options(options);
        } else {
            select.optionGroups(groups(options));
        }
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(label))
                .optional(optional)
                .element(select.build())
                .build();
    }

    /** As {@link #select}, choosing several (none required). */
    static InputBlock multiSelect(String blockId, String label, List<OptionObject> options) {
        MultiStaticSelectElement.MultiStaticSelectElementBuilder select =
                MultiStaticSelectElement.builder().actionId(VALUE);
        if (options.size() <= SlackLimits.SELECT_OPTIONS) {
            select.options(options);
        } else {
            select.optionGroups(groups(options));
        }
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(label))
                .optional(true)
                .element(select.build())
                .build();
    }

    /** Options in groups of 100 labelled by their first and last entries ("Abbey – Brook"). */
    private static List<OptionGroupObject> groups(List<OptionObject> options) {
        List<OptionGroupObject> groups = new ArrayList<>();
        for (int from = 0; from < options.size(); from += SlackLimits.SELECT_OPTIONS) {
            List<OptionObject> part =
                    options.subList(from, Math.min(options.size(), from + SlackLimits.SELECT_OPTIONS));
            String label = shortLabel(part.get(0)) + " – " + shortLabel(part.get(part.size() - 1));
            groups.add(OptionGroupObject.builder()
                    .label(plainText(label))
                    .options(new ArrayList<>(part))
                    .build());
        }
        return groups;
    }

    private static String shortLabel(OptionObject o) {
        String text = ((com.slack.api.model.block.composition.PlainTextObject) o.getText()).getText();
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    /** Every option chosen in a multi-select (or checkboxes), in the order Slack sends them. */
    static List<String> values(View view, String blockId) {
        if (view.getState() == null || view.getState().getValues() == null) {
            return List.of();
        }
        Map<String, ViewState.Value> block = view.getState().getValues().get(blockId);
        ViewState.Value v = block == null ? null : block.get(VALUE);
        if (v == null || v.getSelectedOptions() == null) {
            return List.of();
        }
        return v.getSelectedOptions().stream().map(o -> o.getValue()).toList();
    }

    static InputBlock date(String blockId, String label) {
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(label))
                .element(DatePickerElement.builder().actionId(VALUE).build())
                .build();
    }

    static InputBlock time(String blockId, String label) {
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(label))
                .element(TimePickerElement.builder().actionId(VALUE).build())
                .build();
    }

    static InputBlock checkbox(String blockId, String label, String optionLabel) {
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(label))
                .optional(true)
                .element(CheckboxesElement.builder()
                        .actionId(VALUE)
                        .options(List.of(opt(optionLabel, "yes")))
                        .build())
                .build();
    }

    static View modal(String callbackId, String title, String submit, String metadata, List<LayoutBlock> blocks) {
        return View.builder()
                .type("modal")
                .callbackId(callbackId)
                .title(ViewTitle.builder().type("plain_text").text(title).build())
                .submit(ViewSubmit.builder().type("plain_text").text(submit).build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(metadata)
                .blocks(blocks)
                .build();
    }

    /**
     * What a modal shows while the bot gathers its content: opened at once, because a trigger_id
     * expires 3 seconds after the press, and replaced by views.update when the content is ready.
     */
    static View loadingModal() {
        return notice(BotText.get("bot.title"), BotText.get("bot.gathering"));
    }

    /** A modal with text and a Close button only (no submit): an answer in place of a form. */
    static View notice(String title, String mrkdwn) {
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder().type("plain_text").text(title).build())
                .close(ViewClose.builder().type("plain_text").text("Close").build())
                .blocks(List.of(text(mrkdwn)))
                .build();
    }

    /** The raw value of an input block in a submitted view: text, selected option, date, time or checkbox. */
    static String value(View view, String blockId) {
        if (view.getState() == null || view.getState().getValues() == null) {
            return null;
        }
        Map<String, ViewState.Value> block = view.getState().getValues().get(blockId);
        if (block == null) {
            return null;
        }
        ViewState.Value v = block.get(VALUE);
        if (v == null) {
            return null;
        }
        if (v.getSelectedOption() != null) {
            return v.getSelectedOption().getValue();
        }
        if (v.getSelectedOptions() != null) {
            return v.getSelectedOptions().isEmpty()
                    ? null
                    : v.getSelectedOptions().get(0).getValue();
        }
        if (v.getSelectedDate() != null) {
            return v.getSelectedDate();
        }
        if (v.getSelectedTime() != null) {
            return v.getSelectedTime();
        }
        if (v.getSelectedUser() != null) {
            return v.getSelectedUser();
        }
        // typed text comes entity-escaped like a command's text; the flows work on what was typed
        String text = SlackText.decode(v.getValue());
        return text == null || text.isBlank() ? null : text.strip();
    }
}
