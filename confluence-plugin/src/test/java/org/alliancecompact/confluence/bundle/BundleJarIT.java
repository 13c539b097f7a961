package org.alliancecompact.confluence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Opens the packaged plugin jar (after {@code package}) and checks what Confluence needs to install it. */
class BundleJarIT {

    private static JarFile jar;
    private static Attributes manifest;
    private static Document descriptor;

    @BeforeAll
    static void open() throws Exception {
        Path path = Path.of(System.getProperty("bundle.jar", "target/confluence-plugin-0.1.0.jar"));
        assertThat(path).as("the packaged plugin jar").exists();
        jar = new JarFile(path.toFile());
        manifest = jar.getManifest().getMainAttributes();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        jar.close();
    }

    @Test
    void manifestNamesThePluginAndItsSpringContext() {
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo("org.alliancecompact.confluence");
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("org.alliancecompact.confluence");
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-Version")).isEqualTo("0.1.0");
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(jar.getEntry("META-INF/spring/plugin-context.xml")).isNotNull();
    }

    @Test
    void importsTheAtlassianPackagesItUsesAndNothingOfThePreview() {
        String imports = manifest.getValue("Import-Package");
        assertThat(imports)
                .contains("com.atlassian.confluence.macro")
                .contains("com.atlassian.confluence.content.render.xhtml")
                .contains("com.atlassian.sal.api.user")
                .contains("com.atlassian.sal.api.transaction")
                .contains("com.atlassian.activeobjects.external")
                .contains("net.java.ao")
                .contains("com.atlassian.webresource.api.assembler")
                .contains("jakarta.ws.rs")
                .contains("jakarta.inject");
        assertThat(imports)
                .doesNotContain("org.glassfish")
                .doesNotContain("org.h2")
                .doesNotContain("org.jdbi")
                .doesNotContain("org.flywaydb")
                .doesNotContain("org.alliancecompact")
                .doesNotContain("org.owasp");
        assertThat(manifest.getValue("Export-Package")).isNull();
    }

    @Test
    void requiredHostServicesAreMandatoryImports() {
        // A host without one of these must refuse to start the plugin, not start it to fail on first use.
        for (String pkg : List.of(
                "com.atlassian.activeobjects.external",
                "com.atlassian.webresource.api.assembler",
                "com.atlassian.sal.api.user",
                "org.slf4j")) {
            assertThat(importOf(pkg)).as(pkg).isNotNull().doesNotContain("optional");
        }
    }

    @Test
    void embedsNoLibraryThatMustMatchTheHostsVersion() {
        List<String> names =
                Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
        // Jackson's modules are built for one Jackson line; the host's Jackson is what runs them.
        assertThat(names).noneMatch(n -> n.startsWith("com/fasterxml/"));
        assertThat(importOf("com.fasterxml.jackson.databind")).contains("version=\"[2.19,3)\"");
        assertThat(manifest.getValue("Import-Package"))
                .doesNotContain("com.fasterxml.jackson.dataformat")
                .doesNotContain("com.fasterxml.jackson.datatype");
    }

    /** The Import-Package clause for exactly {@code pkg}, or null. */
    private static String importOf(String pkg) {
        String imports = manifest.getValue("Import-Package");
        for (String clause : imports.split(",(?=[a-z])")) {
            if (clause.equals(pkg) || clause.startsWith(pkg + ";")) {
                return clause;
            }
        }
        return null;
    }

    @Test
    void bundlesTheDomainModelAndItsProfilesButNotThePreviewServer() {
        assertThat(jar.getEntry("org/alliancecompact/model/mou/SigningRules.class"))
                .isNotNull();
        assertThat(jar.getEntry("org/alliancecompact/model/register/RegisterVisibility.class"))
                .isNotNull();
        assertThat(jar.getEntry("profiles/bolton.yml")).isNotNull();
        assertThat(jar.getEntry("org/owasp/encoder/Encode.class")).isNotNull();
        List<String> names =
                Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
        assertThat(names)
                .noneMatch(n -> n.startsWith("org/alliancecompact/confluence/preview/"))
                .noneMatch(n -> n.startsWith("org/alliancecompact/confluence/storage/jdbc/"))
                .noneMatch(n ->
                        n.startsWith("org/h2/") || n.startsWith("org/glassfish/") || n.startsWith("com/atlassian/"))
                .noneMatch(n -> n.startsWith("db/"))
                .doesNotContain("logback.xml");
    }

    @Test
    void descriptorDeclaresTheFourMacrosWithDescriptionsAndParameters() {
        NodeList macros = descriptor.getElementsByTagName("xhtml-macro");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            keys.add(macro.getAttribute("key"));
            assertThat(classExists(macro.getAttribute("class")))
                    .as(macro.getAttribute("class"))
                    .isTrue();
            assertThat(macro.getElementsByTagName("description").item(0).getTextContent())
                    .isNotBlank();
            assertThat(macro.getElementsByTagName("parameters").getLength()).isEqualTo(1);
        }
        assertThat(keys)
                .containsExactlyInAnyOrder("mou-signature", "mou-status", "support-register", "engagement-ladder");
        assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo("org.alliancecompact.confluence");
    }

    @Test
    void descriptorDeclaresRestActiveObjectsWebResourcesAndI18n() throws Exception {
        Element rest = (Element) descriptor.getElementsByTagName("rest").item(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/compact");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        String restPackage = rest.getElementsByTagName("package").item(0).getTextContent();
        assertThat(jar.getEntry(restPackage.replace('.', '/') + "/MouResource.class"))
                .isNotNull();

        Element ao = (Element) descriptor.getElementsByTagName("ao").item(0);
        NodeList entities = ao.getElementsByTagName("entity");
        assertThat(entities.getLength()).isEqualTo(12);
        for (int i = 0; i < entities.getLength(); i++) {
            assertThat(classExists(entities.item(i).getTextContent())).isTrue();
        }
        NodeList upgradeTasks = ao.getElementsByTagName("upgradeTask");
        assertThat(upgradeTasks.getLength()).isEqualTo(3);
        for (int i = 0; i < upgradeTasks.getLength(); i++) {
            assertThat(classExists(upgradeTasks.item(i).getTextContent())).isTrue();
        }

        NodeList resources = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location");
            String entry = "i18n".equals(resource.getAttribute("type")) ? location + ".properties" : location;
            assertThat(jar.getEntry(entry)).as(entry).isNotNull();
        }
        assertThat(new String(jar.getInputStream(jar.getEntry("compact/i18n.properties"))
                        .readAllBytes()))
                .contains("compact.mou-signature.desc=");
        assertThat(descriptor.getElementsByTagName("version").item(0).getTextContent())
                .isEqualTo("0.1.0");
        assertThat(Files.exists(Path.of("src/main/resources/openapi.yaml"))).isTrue();
    }

    private static boolean classExists(String className) {
        return jar.getEntry(className.trim().replace('.', '/') + ".class") != null;
    }
}
