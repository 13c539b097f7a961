package org.alliancecompact.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormFieldsTest {

    @Test
    void pairsAreDecodedInOrderAndNamelessPairsSkipped() {
        assertThat(FormFields.decode("channel=D1&text=Hello+%26+welcome%21&=x&blocks=%5B%5D"))
                .containsExactly(
                        java.util.Map.entry("channel", "D1"),
                        java.util.Map.entry("text", "Hello & welcome!"),
                        java.util.Map.entry("blocks", "[]"));
        assertThat(FormFields.decode("")).isEmpty();
        assertThat(FormFields.decode(null)).isEmpty();
    }
}
