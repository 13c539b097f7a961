package org.alliancecompact.model.api;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * How the contract's instants and dates travel: ISO-8601 text, written and read by the DTOs' own
 * annotations, so any Jackson 2 {@code ObjectMapper} gives the same JSON with no module registered (inside
 * Confluence the plugin's JSON goes through the host's Jackson, whose modules and settings are not ours).
 *
 * <ul>
 *   <li>{@link Instant}: {@code 2026-09-01T08:30:00Z}, UTC with {@code Z}, fraction digits only when
 *       non-zero, in groups of three ({@link DateTimeFormatter#ISO_INSTANT}).
 *   <li>{@link LocalDate}: {@code 2026-09-01} ({@link DateTimeFormatter#ISO_LOCAL_DATE}).
 * </ul>
 *
 * These are the forms {@code jackson-datatype-jsr310} writes with {@code WRITE_DATES_AS_TIMESTAMPS}
 * disabled, which the Slack bot's client uses, so the wire format is unchanged. Reading: text only (an
 * empty string is null, as jsr310 reads it); text that does not parse is an {@code InvalidFormatException}
 * naming the value.
 */
public final class IsoTime {

    private IsoTime() {}

    /** On an {@link Instant} component of a DTO: ISO-8601 instant text. */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonSerialize(using = InstantText.class)
    @JsonDeserialize(using = TextInstant.class)
    public @interface AsInstant {}

    /** On a {@link LocalDate} component of a DTO: ISO-8601 date text. */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonSerialize(using = DateText.class)
    @JsonDeserialize(using = TextDate.class)
    public @interface AsDate {}

    public static final class InstantText extends StdScalarSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        public InstantText() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }

    public static final class DateText extends StdScalarSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        public DateText() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
        }
    }

    public static final class TextInstant extends FromText<Instant> {
        private static final long serialVersionUID = 1L;

        public TextInstant() {
            super(Instant.class, text -> DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from));
        }
    }

    public static final class TextDate extends FromText<LocalDate> {
        private static final long serialVersionUID = 1L;

        public TextDate() {
            super(LocalDate.class, text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        }
    }

    private abstract static class FromText<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<String, T> parse;

        FromText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (DateTimeException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, e.getMessage());
            }
        }
    }
}
