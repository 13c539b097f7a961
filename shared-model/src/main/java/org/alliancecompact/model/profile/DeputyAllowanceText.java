package org.alliancecompact.model.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.alliancecompact.model.meeting.DeputyAllowance;

/**
 * Reads {@code meetings.deputyAllowancePerYear}: the words {@code no limit}, or a whole number (older profiles
 * wrote 99 where they meant no limit; a number is read as that many times). See {@link DeputyAllowance#parse}.
 */
final class DeputyAllowanceText extends StdScalarDeserializer<DeputyAllowance> {
    private static final long serialVersionUID = 1L;

    private DeputyAllowanceText() {
        super(DeputyAllowance.class);
    }

    static SimpleModule module() {
        return new SimpleModule("deputy-allowance").addDeserializer(DeputyAllowance.class, new DeputyAllowanceText());
    }

    @Override
    public DeputyAllowance deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Object value;
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            value = p.getIntValue();
        } else if (p.currentToken() == JsonToken.VALUE_STRING) {
            value = p.getText();
        } else {
            value = p.getText();
            if (p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
                throw JsonMappingException.from(
                        p, "must be a whole number of 0 or more, or '" + DeputyAllowance.NO_LIMIT + "'");
            }
        }
        try {
            return DeputyAllowance.parse(value);
        } catch (IllegalArgumentException e) {
            throw JsonMappingException.from(p, e.getMessage());
        }
    }
}
