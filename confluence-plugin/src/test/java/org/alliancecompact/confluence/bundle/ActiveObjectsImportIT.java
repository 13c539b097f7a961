package org.alliancecompact.confluence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged bundle takes Active Objects from Confluence: it embeds none of the library (nor our
 * stand-ins for Atlassian's utility classes) and imports exactly the AO packages its entities and store
 * use, not the library internals the preview's adapter uses.
 */
class ActiveObjectsImportIT {

    @Test
    void theBundleImportsTheActiveObjectsApiAndEmbedsNoneOfTheLibrary() throws Exception {
        Path path = Path.of(System.getProperty("bundle.jar", "target/confluence-plugin-0.1.0.jar"));
        assertThat(path).as("the packaged plugin jar").exists();
        try (JarFile jar = new JarFile(path.toFile())) {
            List<String> names = Collections.list(jar.entries()).stream()
                    .map(JarEntry::getName)
                    .toList();
            assertThat(names)
                    .noneMatch(n -> n.startsWith("net/java/ao/"))
                    .noneMatch(n -> n.startsWith("com/atlassian/"))
                    .noneMatch(n -> n.startsWith("com/google/common/"));
            List<String> imported =
                    packages(jar.getManifest().getMainAttributes().getValue("Import-Package"));
            assertThat(imported).contains("net.java.ao", "net.java.ao.schema");
            assertThat(imported)
                    .filteredOn(p -> p.startsWith("net.java.ao"))
                    .containsExactlyInAnyOrder("net.java.ao", "net.java.ao.schema");
            assertThat(imported).noneMatch(p -> p.startsWith("javax.xml") || p.startsWith("org.w3c"));
        }
    }

    /** The package names of an OSGi package header, without their attributes and directives. */
    private static List<String> packages(String header) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(clause.toString().split(";", 2)[0].trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return out;
    }
}
