package org.alliancecompact.model.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an alliance profile from YAML into {@link AllianceProfile}. Strict: unknown fields, missing
 * values, wrong types and values the records refuse all become a {@link ProfileException} naming the
 * file and the field path. The records' own constructors hold the rules; this class only reads.
 *
 * <p>Durations and periods are ISO-8601 text ({@code P14D}, {@code P1Y}); money is in pence.
 */
public final class ProfileLoader {

    /** The profiles shipped in this module, under {@code profiles/<name>.yml}. */
    public static final java.util.List<String> BUNDLED =
            java.util.List.of("bolton", "oldham", "exceed", "leeds", "leicestershire");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final ObjectMapper mapper;

    public ProfileLoader() {
        // Plain Jackson (the host's, inside Confluence) over a tree SnakeYAML composed: see YamlTree.
        this.mapper = JsonMapper.builder()
                .addModule(IsoTimeText.module())
                .addModule(DeputyAllowanceText.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /** Reads the profile in {@code file}; the message of any failure starts with the file name. */
    public AllianceProfile load(Path file) {
        String source = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, source);
        } catch (NoSuchFileException e) {
            throw new ProfileException(source, "", "file not found: " + file, e);
        } catch (IOException e) {
            throw new ProfileException(source, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a profile bundled in this module, one of {@link #BUNDLED}, such as "bolton". */
    public AllianceProfile loadBundled(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ProfileException(String.valueOf(name), "", "not a profile name", null);
        }
        String resource = "profiles/" + name + ".yml";
        InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new ProfileException(
                    name + ".yml", "", "no bundled profile of that name (bundled: " + BUNDLED + ")", null);
        }
        try (in) {
            return load(in, name + ".yml");
        } catch (IOException e) {
            throw new ProfileException(name + ".yml", "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a profile from a stream; {@code source} names it in error messages. */
    public AllianceProfile load(InputStream in, String source) {
        JsonNode tree;
        try {
            // a key written twice would silently keep the last value: YamlTree refuses it instead
            tree = YamlTree.read(in);
        } catch (YamlTree.YamlSyntaxException e) {
            String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
            throw new ProfileException(source, "", "is not valid YAML" + where + ": " + e.getMessage(), e);
        }
        if (tree == null || tree.isNull()) {
            throw new ProfileException(source, "", "is empty", null);
        }
        try {
            AllianceProfile profile = mapper.treeToValue(tree, AllianceProfile.class);
            if (profile == null) {
                throw new ProfileException(source, "", "is empty", null);
            }
            return profile;
        } catch (JacksonException e) {
            throw translate(source, e);
        }
    }

    private static ProfileException translate(String source, JacksonException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String at = path.isEmpty() ? "" : path + " ";
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path;
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
            return new ProfileException(
                    source,
                    field,
                    field + " is not a known field" + (known.isEmpty() ? "" : " (known: " + known + ")"),
                    e);
        }
        if (e instanceof ValueInstantiationException v) {
            // The record's constructor refused a value; its message already names the field path.
            Throwable cause = v.getCause() == null ? v : v.getCause();
            String problem = String.valueOf(cause.getMessage());
            String field = leadingField(problem, path);
            // Say where in the file when the record's own message cannot (a clause inside a list).
            String where = path.isEmpty() || problem.startsWith(path) ? "" : " (at " + path + ")";
            return new ProfileException(source, field, problem + where, e);
        }
        if (e instanceof InvalidFormatException f) {
            return new ProfileException(
                    source,
                    path,
                    at + "has the value '" + f.getValue() + "', which is not a valid " + describe(f.getTargetType()),
                    e);
        }
        if (e instanceof MismatchedInputException m) {
            String problem = m.getOriginalMessage();
            if (problem != null
                    && problem.contains("null")
                    && m.getTargetType() != null
                    && m.getTargetType().isPrimitive()) {
                return new ProfileException(source, path, at + "is required", e);
            }
            return new ProfileException(
                    source,
                    path,
                    at + "must be " + (m.getTargetType() == null ? "of a different type" : describe(m.getTargetType())),
                    e);
        }
        if (e instanceof JsonMappingException m) {
            Throwable cause = m.getCause();
            String problem = cause != null && cause.getMessage() != null ? cause.getMessage() : m.getOriginalMessage();
            return new ProfileException(source, path, at + "is not valid: " + problem, e);
        }
        // Not well-formed YAML: say where.
        String location = e instanceof JsonProcessingException p && p.getLocation() != null
                ? " at line " + p.getLocation().getLineNr() + ", column "
                        + p.getLocation().getColumnNr()
                : "";
        return new ProfileException(source, "", "is not valid YAML" + location + ": " + e.getOriginalMessage(), e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The field path a record's message starts with, or the Jackson path when it names none. */
    private static String leadingField(String problem, String path) {
        if (problem != null) {
            int space = problem.indexOf(' ');
            String first = space < 0 ? problem : problem.substring(0, space);
            if (first.endsWith(":")) {
                first = first.substring(0, first.length() - 1);
            }
            if (first.matches("[a-zA-Z][a-zA-Z0-9.\\[\\]]*") && (first.contains(".") || path.isEmpty())) {
                return first;
            }
        }
        return path;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return type.getSimpleName() + " (one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        return switch (type.getSimpleName()) {
            case "Duration" -> "ISO-8601 duration such as P14D";
            case "Period" -> "ISO-8601 period such as P1Y";
            case "ZoneId" -> "time zone such as Europe/London";
            case "int", "Integer", "long", "Long" -> "whole number";
            case "boolean", "Boolean" -> "true or false";
            case "BigDecimal" -> "number";
            default -> type.getSimpleName();
        };
    }
}
