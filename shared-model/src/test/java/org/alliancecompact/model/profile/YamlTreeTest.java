package org.alliancecompact.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** YAML 1.2 core-schema typing of plain scalars, and refusals with where they are. */
class YamlTreeTest {

    private static JsonNode read(String yaml) {
        return YamlTree.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void plainScalarsAreTypedByTheCoreSchemaAndEverythingElseIsText() {
        JsonNode tree = read("""
                yes: no
                on: off
                flag: true
                quoted: "14"
                count: 14
                big: 12345678901
                hex: 0x1F
                octal: 0o17
                money: 7.50
                phone: 0800
                nothing: ~
                empty:
                name: Café Ünïcode
                block: |
                  true
                """);
        assertThat(tree.get("yes").isTextual()).isTrue();
        assertThat(tree.get("yes").asText()).isEqualTo("no");
        assertThat(tree.get("on").asText()).isEqualTo("off");
        assertThat(tree.get("flag").isBoolean()).isTrue();
        assertThat(tree.get("quoted").isTextual()).isTrue();
        assertThat(tree.get("count").isInt()).isTrue();
        assertThat(tree.get("big").isLong()).isTrue();
        assertThat(tree.get("hex").asInt()).isEqualTo(31);
        assertThat(tree.get("octal").asInt()).isEqualTo(15);
        assertThat(tree.get("money").decimalValue()).isEqualTo(new BigDecimal("7.50"));
        assertThat(tree.get("phone").isInt()).isTrue(); // decimal digits: the core schema's int
        assertThat(tree.get("nothing").isNull()).isTrue();
        assertThat(tree.get("empty").isNull()).isTrue();
        assertThat(tree.get("name").asText()).isEqualTo("Café Ünïcode");
        assertThat(tree.get("block").asText()).isEqualTo("true\n");
    }

    @Test
    void aKeyWrittenTwiceIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("a: 1\nb: 2\na: 3\n"))
                .isInstanceOfSatisfying(YamlTree.YamlSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("'a'");
                });
    }

    @Test
    void brokenYamlAndASecondDocumentAreRefusedWithWhere() {
        assertThatThrownBy(() -> read("a: [1, 2\nb: 3\n"))
                .isInstanceOfSatisfying(
                        YamlTree.YamlSyntaxException.class,
                        e -> assertThat(e.line()).isPositive());
        assertThatThrownBy(() -> read("a: 1\n---\nb: 2\n")).isInstanceOf(YamlTree.YamlSyntaxException.class);
    }

    @Test
    void aTagNamingAJavaClassIsRefused() {
        // SnakeYAML 2 refuses global tags while composing; nothing named in the file is ever created.
        assertThatThrownBy(() -> read("x: !!javax.script.ScriptEngineManager [1]\n"))
                .isInstanceOf(YamlTree.YamlSyntaxException.class)
                .hasMessageContaining("tag");
    }

    @Test
    void anEmptyStreamHasNoDocument() {
        assertThat(read("")).isNull();
    }
}
