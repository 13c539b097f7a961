package org.alliancecompact.slack.flows;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.DatePickerElement;
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
import org.alliancecompact.slack.slackapi.SlackText;

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

    static OptionObject opt(String label, String value) {
        return option(plainText(label.length() > 75 ? label.substring(0, 75) : label), value);
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

    static InputBlock select(
            String blockId, String label, List<OptionObject> options, OptionObject initial, boolean optional) {
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(label))
                .optional(optional)
                .element(StaticSelectElement.builder()
                        .actionId(VALUE)
                        .options(options)
                        .initialOption(initial)
                        .build())
                .build();
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
        return notice("Alliance Compact", ":hourglass_flowing_sand: One moment, I am gathering what this form needs…");
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
