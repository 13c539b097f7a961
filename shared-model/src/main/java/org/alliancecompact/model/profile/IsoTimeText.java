package org.alliancecompact.model.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Reads the profile's java.time values from their ISO-8601 text ({@code P14D}, {@code P1Y},
 * {@code Europe/London}) with the host's plain Jackson: {@code jackson-datatype-jsr310} would have to match
 * the host's Jackson version exactly, so the plugin does not carry it. Text that does not parse is an
 * {@code InvalidFormatException} naming the value; anything but text is a {@code MismatchedInputException}.
 */
final class IsoTimeText<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> parse;

    private IsoTimeText(Class<T> type, Function<String, T> parse) {
        super(type);
        this.parse = parse;
    }

    /** Deserializers for {@link Duration}, {@link Period} and {@link ZoneId}. */
    static SimpleModule module() {
        return new SimpleModule("alliance-profile-time")
                .addDeserializer(Duration.class, new IsoTimeText<>(Duration.class, Duration::parse))
                .addDeserializer(Period.class, new IsoTimeText<>(Period.class, Period::parse))
                .addDeserializer(ZoneId.class, new IsoTimeText<>(ZoneId.class, ZoneId::of));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText().trim();
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            return (T) ctxt.handleWeirdStringValue(handledType(), text, e.getMessage());
        }
    }
}
