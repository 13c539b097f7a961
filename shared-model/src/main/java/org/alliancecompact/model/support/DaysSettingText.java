package org.alliancecompact.model.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads a profile's days setting written as a number or in words, so a profile needs no sentinel number (issue 17,
 * finding 7): {@code brokerageThresholdDays: every request} and {@code committedDaysPerYear: none} both read as 0.
 * Numbers, including the 0 older profiles wrote, still load. Other text is an {@code InvalidFormatException} naming
 * the value, which the profile loader reports with the field's path.
 */
abstract class DaysSettingText extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    private final String word;

    private DaysSettingText(String word) {
        super(BigDecimal.class);
        this.word = word;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText().strip();
            if (text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").equals(word)) {
                return BigDecimal.ZERO;
            }
            return (BigDecimal)
                    ctxt.handleWeirdStringValue(BigDecimal.class, text, "a number of days, or '" + word + "'");
        }
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }

    /** {@code brokerageThresholdDays}: a number of days, or {@code every request}. */
    static final class Threshold extends DaysSettingText {
        private static final long serialVersionUID = 1L;

        Threshold() {
            super("every request");
        }
    }

    /** {@code committedDaysPerYear}: a number of days, or {@code none}. */
    static final class Committed extends DaysSettingText {
        private static final long serialVersionUID = 1L;

        Committed() {
            super("none");
        }
    }
}
