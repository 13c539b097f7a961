package org.alliancecompact.activeobjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * Every Atlassian class and method the re-published Active Objects classes refer to is declared by our
 * stand-ins, with the signature AO was compiled against: read from the constant pools of AO's class
 * files, so a newer AO that calls something else fails here rather than with NoSuchMethodError at run time.
 */
class AtlassianStandInsTest {

    @Test
    void everyAtlassianMethodActiveObjectsCallsIsDeclared() throws Exception {
        List<String[]> calls = new ArrayList<>();
        Set<String> classes = new TreeSet<>();
        try (Stream<Path> files = aoClassFiles()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    ConstantPool pool = ConstantPool.read(in);
                    pool.classNames().stream()
                            .filter(n -> n.startsWith("com/atlassian/"))
                            .forEach(classes::add);
                    pool.methodRefs().stream()
                            .filter(ref -> ref[0].startsWith("com/atlassian/"))
                            .forEach(calls::add);
                }
            }
        }
        assertThat(classes)
                .as("the Atlassian classes AO 6.1.1 uses")
                .containsExactlyInAnyOrder(
                        "com/atlassian/plugin/util/PluginKeyStack",
                        "com/atlassian/util/profiling/Metrics",
                        "com/atlassian/util/profiling/Metrics$Builder",
                        "com/atlassian/util/profiling/Ticker");
        assertThat(calls).isNotEmpty();
        for (String[] call : calls) {
            Class<?> owner = Class.forName(call[0].replace('/', '.'));
            boolean declared = Arrays.stream(owner.getMethods())
                    .anyMatch(m -> m.getName().equals(call[1]) && descriptor(m).equals(call[2]));
            assertThat(declared).as(call[0] + "." + call[1] + call[2]).isTrue();
        }
    }

    @Test
    void theStandInsRecordNothingAndNeverThrow() {
        com.atlassian.util.profiling.Ticker ticker = com.atlassian.util.profiling.Metrics.metric("ao.find")
                .tag("entity", "MEMBER")
                .withAnalytics()
                .invokerPluginKey(com.atlassian.plugin.util.PluginKeyStack.getFirstPluginKey())
                .startTimer();
        ticker.close();
        assertThat(com.atlassian.plugin.util.PluginKeyStack.getFirstPluginKey()).isNull();
    }

    private static String descriptor(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    /** AO's class files: this module's output directory in the build, its jar elsewhere. */
    private static Stream<Path> aoClassFiles() throws Exception {
        Path location = Path.of(EntityManager.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path root = location;
        if (Files.isRegularFile(location)) {
            FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of());
            root = jar.getPath("/");
        }
        return Files.walk(root.resolve("net/java/ao")).filter(p -> p.toString().endsWith(".class"));
    }

    /** The class names and method references of one class file's constant pool (JVMS 4.4). */
    private record ConstantPool(Object[] entries) {

        static ConstantPool read(InputStream raw) throws IOException {
            DataInputStream in = new DataInputStream(raw);
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            Object[] entries = new Object[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> entries[i] = in.readUTF();
                    case 7 -> entries[i] = new int[] {7, in.readUnsignedShort()};
                    case 10, 11 -> entries[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> entries[i] = new int[] {12, in.readUnsignedShort(), in.readUnsignedShort()};
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4, 9, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // eight-byte constants take two slots
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            return new ConstantPool(entries);
        }

        List<String> classNames() {
            List<String> out = new ArrayList<>();
            for (Object e : entries) {
                if (e instanceof int[] ref && ref[0] == 7) {
                    out.add((String) entries[ref[1]]);
                }
            }
            return out;
        }

        /** {owner, name, descriptor} of every method and interface-method reference. */
        List<String[]> methodRefs() {
            List<String[]> out = new ArrayList<>();
            for (Object e : entries) {
                if (e instanceof int[] ref && (ref[0] == 10 || ref[0] == 11)) {
                    String owner = (String) entries[((int[]) entries[ref[1]])[1]];
                    int[] nameAndType = (int[]) entries[ref[2]];
                    out.add(new String[] {owner, (String) entries[nameAndType[1]], (String) entries[nameAndType[2]]});
                }
            }
            return out;
        }
    }
}
