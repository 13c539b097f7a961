package org.alliancecompact.model.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML document into a Jackson tree, which the host's own Jackson then maps onto records.
 *
 * <p>Why not Jackson's YAML module: inside Confluence the plugin runs on the host's Jackson, and
 * {@code jackson-dataformat-yaml} must match that exact version; SnakeYAML depends on nothing and travels
 * privately in the bundle. SnakeYAML only composes the node graph here (no object construction, so no
 * class named in the file is ever instantiated).
 *
 * <p>Plain scalars are typed by the YAML 1.2 core schema (yaml.org/spec/1.2.2, section 10.3.2): {@code
 * null}, {@code ~} and empty are null; {@code true}/{@code false} booleans; decimal, {@code 0o} octal and
 * {@code 0x} hex integers; decimal floats (kept exact, as {@link BigDecimal}). Everything else, and every
 * quoted or block scalar, is text, so {@code no} or {@code 0800} stay the words and digits written. A key
 * written twice in one mapping is refused rather than silently keeping the last value.
 */
public final class YamlTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
    private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private YamlTree() {}

    /** A YAML document that is not well formed, with where (1-based line and column, 0 when unknown). */
    public static final class YamlSyntaxException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        YamlSyntaxException(String problem, Mark mark, Throwable cause) {
            super(problem, cause);
            this.line = mark == null ? 0 : mark.getLine() + 1;
            this.column = mark == null ? 0 : mark.getColumn() + 1;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * The single document in {@code in} (UTF-8) as a tree; null when the stream holds no document.
     *
     * @throws YamlSyntaxException when the text is not well-formed YAML, holds more than one document, or
     *     repeats a key within one mapping
     */
    public static JsonNode read(InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new YamlSyntaxException(problem, e.getProblemMark(), e);
        } catch (YAMLException e) {
            throw new YamlSyntaxException(e.getMessage(), null, e);
        }
        return root == null ? null : tree(root);
    }

    private static JsonNode tree(Node node) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new YamlSyntaxException(
                            "a mapping key must be plain text",
                            tuple.getKeyNode().getStartMark(),
                            null);
                }
                if (object.has(key.getValue())) {
                    throw new YamlSyntaxException("duplicate key '" + key.getValue() + "'", key.getStartMark(), null);
                }
                object.set(key.getValue(), tree(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(tree(item));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return NODES.textNode(text);
        }
        return plain(text);
    }

    private static JsonNode plain(String text) {
        if (NULL.matcher(text).matches()) {
            return NODES.nullNode();
        }
        if (TRUE.matcher(text).matches()) {
            return NODES.booleanNode(true);
        }
        if (FALSE.matcher(text).matches()) {
            return NODES.booleanNode(false);
        }
        if (DECIMAL_INT.matcher(text).matches()) {
            return integer(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
        }
        if (OCTAL_INT.matcher(text).matches()) {
            return integer(new BigInteger(text.substring(2), 8));
        }
        if (HEX_INT.matcher(text).matches()) {
            return integer(new BigInteger(text.substring(2), 16));
        }
        if (FLOAT.matcher(text).matches()) {
            return NODES.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return NODES.textNode(text);
    }

    private static JsonNode integer(BigInteger value) {
        if (value.bitLength() < 32) {
            return NODES.numberNode(value.intValue());
        }
        if (value.bitLength() < 64) {
            return NODES.numberNode(value.longValue());
        }
        return NODES.numberNode(value);
    }
}
