package org.alliancecompact.slack.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a typed answer picks among an element's options, and which typed dates and times a picker could send. */
class InputChoicesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode option(String label) {
        return JSON.createObjectNode()
                .put("value", label.toLowerCase())
                .set("text", JSON.createObjectNode().put("type", "plain_text").put("text", label));
    }

    @Test
    void a_select_in_groups_offers_every_groups_options_and_picks_by_number_or_label() {
        var element = JSON.createObjectNode().put("type", "static_select");
        var groups = element.putArray("option_groups");
        groups.addObject().putArray("options").add(option("Abbey")).add(option("Brook"));
        groups.addObject().putArray("options").add(option("Cedar"));
        InputChoices choices = InputChoices.of(element);
        assertThat(choices.size()).isEqualTo(3);
        assertThat(choices.chosen("3")).contains(List.of(option("Cedar")));
        assertThat(choices.chosen(" brook ")).contains(List.of(option("Brook")));
        assertThat(choices.chosen("4")).isEmpty();
        assertThat(choices.chosen("0")).isEmpty();
        assertThat(choices.chosen("Abbey, Cedar")).isEmpty(); // one only
    }

    @Test
    void a_multi_select_picks_a_list_and_refuses_it_whole_when_one_part_is_not_an_option() {
        var element = JSON.createObjectNode().put("type", "multi_static_select");
        element.putArray("options").add(option("Abbey")).add(option("Brook")).add(option("Cedar"));
        InputChoices choices = InputChoices.of(element);
        assertThat(choices.several()).isTrue();
        assertThat(choices.chosen("1, cedar, 1")).contains(List.of(option("Abbey"), option("Cedar")));
        assertThat(choices.chosen("1, 9")).isEmpty();
        assertThat(InputChoices.isChoice("plain_text_input")).isFalse();
    }

    @Test
    void pickers_take_only_real_dates_and_24_hour_times_as_slack_sends_them() {
        assertThat(PickerAnswer.date("2027-02-28")).contains("2027-02-28");
        assertThat(PickerAnswer.date("2027-02-29")).isEmpty();
        assertThat(PickerAnswer.date("28/02/2027")).isEmpty();
        assertThat(PickerAnswer.time("9:05")).contains("09:05");
        assertThat(PickerAnswer.time("23:59")).contains("23:59");
        assertThat(PickerAnswer.time("24:00")).isEmpty();
        assertThat(PickerAnswer.time("4pm")).isEmpty();
    }
}
