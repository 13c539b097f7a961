package org.alliancecompact.confluence.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Installs the packaged plugin jar (after {@code package}) into Apache Felix beside a stub host bundle that
 * exports, at the version a Confluence release exports it, every package the plugin imports; starts the
 * plugin and loads every class in it. An import the release cannot satisfy fails the test with Felix's own
 * message ({@code missing requirement ... (osgi.wiring.package=...)(version>=...)}).
 *
 * <p>The stub's classes are whatever this module's test class path holds for those packages (the
 * {@code confluence-host-api} declarations, the Jackson and Jakarta jars of the build): what is checked is
 * the manifest's wiring at each release's versions and that every class of ours links against those
 * packages, not the behaviour of the host's own jars. Each release's table is the LOWEST version the
 * release line can carry (x.y.0), so an import range that accepts it accepts the whole line.
 *
 * <p>What cannot be checked without a real Confluence: the exact patch versions the host ships, packages
 * the host exports beyond those we import, and Spring's scan of {@code META-INF/spring}.
 */
class HostResolutionIT {

    /**
     * Confluence 10.0.x and 10.1.x (Data Center Platform 8.1). Each package prefix maps to the version its
     * packages are exported at; every package under it that this class path holds is exported.
     */
    static Map<String, String> confluence10_0() {
        Map<String, String> exports = new TreeMap<>();
        // Jackson 2.19.x. Platform 8.1 pins the 2.19 line (issue 13, finding 1). It cannot be 2.20: Jackson
        // 2.20.0 was published at the end of August 2025 (github.com/FasterXML/jackson/wiki/Jackson-Release-2.20),
        // after Confluence 10.0.0 and 10.0.1 shipped (confluence-rest-serialization-jackson2 10.0.1 is dated
        // 5 August 2025 on mvnrepository.com, and depends on jackson-databind at the platform's version).
        exports.put("com.fasterxml.jackson.annotation", "2.19.0");
        exports.put("com.fasterxml.jackson.core", "2.19.0");
        exports.put("com.fasterxml.jackson.databind", "2.19.0");
        exports.putAll(jakartaEe10AndAtlassian("10.0.0"));
        return exports;
    }

    /** Confluence 10.2.x (Data Center Platform 8.3). */
    static Map<String, String> confluence10_2() {
        Map<String, String> exports = new TreeMap<>();
        // Jackson 2.21.x: Platform 8.3's BOM moves to the 2.21 line (issue 13, finding 1: the bundle resolves
        // beside 10.2's exports); Jackson 2.21.0 itself was published in January 2026
        // (github.com/FasterXML/jackson/wiki/Jackson-Release-2.21). Not checked against a 10.2 download here.
        exports.put("com.fasterxml.jackson.annotation", "2.21.0");
        exports.put("com.fasterxml.jackson.core", "2.21.0");
        exports.put("com.fasterxml.jackson.databind", "2.21.0");
        exports.putAll(jakartaEe10AndAtlassian("10.2.0"));
        return exports;
    }

    /** What every Confluence 10 exports alike: Jakarta EE 10 APIs, SLF4J 2, and the Atlassian APIs. */
    private static Map<String, String> jakartaEe10AndAtlassian(String confluence) {
        Map<String, String> exports = new TreeMap<>();
        // Confluence 10 moved to Spring 6 and Jakarta EE Platform 10 ("Preparing for Confluence 10.0",
        // confluence.atlassian.com/doc/preparing-for-confluence-10-0-1509720080.html; RFC-77 "Upgrades to
        // Spring and Jakarta versions", community.developer.atlassian.com/t/87025). Jakarta EE 10 carries
        // Jakarta RESTful Web Services 3.1 and Jakarta Dependency Injection 2.0
        // (jakarta.ee/specifications/platform/10): jakarta.ws.rs-api 3.1.0, jakarta.inject-api 2.0.1.
        exports.put("jakarta.ws.rs", "3.1.0");
        exports.put("jakarta.inject", "2.0.1");
        // SLF4J 2.0 (Platform 8 ships the 2.0 API; the patch level is not checked here, hence 2.0.0).
        exports.put("org.slf4j", "2.0.0");
        // The Atlassian APIs: our manifest imports them without a version range (the host-API declarations
        // carry none), so the number below does not decide resolution; it is the release's own version.
        exports.put("com.atlassian.confluence", confluence);
        exports.put("com.atlassian.sal.api", confluence);
        exports.put("com.atlassian.webresource.api", confluence);
        exports.put("com.atlassian.activeobjects", confluence);
        // REST v2's access annotations (Platform 7 and later; "Prepare your Data Center app to comply with
        // secure endpoint defaults", developer.atlassian.com/platform/marketplace/).
        exports.put("com.atlassian.plugins.rest.api", confluence);
        // Active Objects' entity API, exported by Confluence's Active Objects plugin, which wraps
        // net.java.dev.activeobjects:activeobjects 6.x (Platform 8; ../shared/DEPENDENCIES.md).
        exports.put("net.java.ao", "6.1.1");
        return exports;
    }

    @TempDir
    Path felixStorage;

    @Test
    void resolvesStartsAndLinksEveryClassOnConfluence10_0() throws Exception {
        installBesideHost("10.0", confluence10_0());
    }

    @Test
    void resolvesStartsAndLinksEveryClassOnConfluence10_2() throws Exception {
        installBesideHost("10.2", confluence10_2());
    }

    @Test
    void aHostThatExportsJacksonOnlyAtAnOlderLineIsRefusedWithFelixsMessage() throws Exception {
        // The check can fail: a host with Jackson 2.18 (older than any Confluence 10) must not satisfy us.
        Map<String, String> tooOld = new TreeMap<>(confluence10_0());
        tooOld.replaceAll((prefix, version) -> prefix.startsWith("com.fasterxml.jackson") ? "2.18.0" : version);
        Framework felix = startFelix();
        try {
            felix.getBundleContext().installBundle("stub:confluence-host", stubHost("too-old", tooOld));
            Bundle plugin =
                    felix.getBundleContext().installBundle(pluginJar().toUri().toString());
            assertThatCode(plugin::start)
                    .hasMessageContaining("missing requirement")
                    .hasMessageContaining("osgi.wiring.package=com.fasterxml.jackson");
        } finally {
            stop(felix);
        }
    }

    private void installBesideHost(String release, Map<String, String> hostExports) throws Exception {
        Framework felix = startFelix();
        try {
            Bundle host = felix.getBundleContext()
                    .installBundle("stub:confluence-" + release, stubHost(release, hostExports));
            Bundle plugin =
                    felix.getBundleContext().installBundle(pluginJar().toUri().toString());
            // Felix's BundleException names each missing requirement with its version filter.
            assertThatCode(plugin::start)
                    .as("starting the plugin beside Confluence " + release + "'s exports")
                    .doesNotThrowAnyException();
            assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(host.getState()).isEqualTo(Bundle.RESOLVED);

            List<String> unloadable = new ArrayList<>();
            int loaded = 0;
            try (JarFile jar = new JarFile(pluginJar().toFile())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!name.endsWith(".class")
                            || name.startsWith("META-INF/")
                            || name.endsWith("module-info.class")) {
                        continue;
                    }
                    String className =
                            name.substring(0, name.length() - ".class".length()).replace('/', '.');
                    try {
                        plugin.loadClass(className);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError e) {
                        unloadable.add(className + ": " + e);
                    }
                }
            }
            assertThat(unloadable)
                    .as("classes of the plugin that do not load beside Confluence " + release)
                    .isEmpty();
            assertThat(loaded).as("classes loaded").isGreaterThan(100);
        } finally {
            stop(felix);
        }
    }

    private Framework startFelix() throws Exception {
        Map<String, String> config = new TreeMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, felixStorage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework felix = new FrameworkFactory().newFramework(config);
        felix.start();
        return felix;
    }

    private static void stop(Framework felix) throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    private static Path pluginJar() {
        Path path = Path.of(System.getProperty("bundle.jar", "target/confluence-plugin-0.1.0.jar"));
        assertThat(path).as("the packaged plugin jar").exists();
        return path;
    }

    /**
     * A bundle exporting, at the table's versions, every package of this class path under one of the
     * table's prefixes, with those packages' classes (so the plugin's classes can link against them).
     */
    static InputStream stubHost(String release, Map<String, String> prefixes) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        Map<String, String> exported = new TreeMap<>();
        for (String element : testClassPath()) {
            Path path = Path.of(element);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = path.relativize(file).toString().replace(File.separatorChar, '/');
                        collect(name, () -> Files.readAllBytes(file), prefixes, entries, exported);
                    }
                }
            } else if (element.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        collect(
                                entry.getName(),
                                () -> jar.getInputStream(entry).readAllBytes(),
                                prefixes,
                                entries,
                                exported);
                    }
                }
            }
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "stub.confluence.host." + release);
        main.putValue(Constants.BUNDLE_VERSION, "0.0.0");
        List<String> exports = new ArrayList<>();
        exported.forEach((pkg, version) -> exports.add(pkg + ";version=\"" + version + "\""));
        main.putValue(Constants.EXPORT_PACKAGE, String.join(",", exports));
        // The stubs' own classes may refer to the JDK's javax packages; let them find those at run time.
        main.putValue(Constants.DYNAMICIMPORT_PACKAGE, "*");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    private static void collect(
            String name,
            Bytes content,
            Map<String, String> prefixes,
            Map<String, byte[]> entries,
            Map<String, String> exported)
            throws IOException {
        if (!name.endsWith(".class") || name.startsWith("META-INF/") || !name.contains("/")) {
            return;
        }
        String pkg = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
        String version = versionFor(pkg, prefixes);
        if (version != null && !entries.containsKey(name)) {
            entries.put(name, content.read());
            exported.put(pkg, version);
        }
    }

    /** The version of the longest prefix that {@code pkg} is, or lies under; null when none. */
    private static String versionFor(String pkg, Map<String, String> prefixes) {
        String best = null;
        for (String prefix : prefixes.keySet()) {
            if ((pkg.equals(prefix) || pkg.startsWith(prefix + "."))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : prefixes.get(best);
    }

    /** Failsafe runs the tests from a manifest-only jar; it passes the real class path in this property. */
    private static List<String> testClassPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator));
    }
}
