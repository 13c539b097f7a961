package org.alliancecompact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/run.sh as a newcomer runs it, with stand-ins for mvn, java and curl on the PATH (the real build
 * takes minutes): what it prints while Maven builds.
 */
class RunScriptTest {

    @Test
    @DisplayName("issue 17 point 2: run.sh shows the build's progress and how long it took, not two silent minutes")
    void the_build_shows_each_module_and_its_time(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("scripts"));
        Files.copy(Path.of("../scripts/run.sh"), dir.resolve("scripts/run.sh"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // Maven's own lines as -B prints them (one "Building" line per module, with its step)
        executable(bin.resolve("mvn"), """
                #!/bin/bash
                for a in "$@"; do [ "$a" = "-q" ] && { echo "quiet" >&2; exit 0; }; done
                echo "[INFO] Scanning for projects..."
                echo "[INFO] ------------------< org.alliancecompact:shared-model >-------------------"
                echo "[INFO] Building Alliance Compact shared model 0.1.0                          [1/3]"
                echo "[INFO] --- compiler:3.13.0:compile (default-compile) @ shared-model ---"
                echo "[INFO] Building Alliance Compact Confluence plugin 0.1.0                     [2/3]"
                echo "[INFO] Building Alliance Compact Slack bot 0.1.0                             [3/3]"
                sleep 1
                mkdir -p confluence-plugin/target slack-bot/target
                echo /x.jar > confluence-plugin/target/classpath.txt
                echo /y.jar > slack-bot/target/classpath.txt
                echo "[INFO] BUILD SUCCESS"
                """);
        executable(bin.resolve("java"), """
                #!/bin/bash
                case "$*" in *PreviewServer*) sleep 20 ;; *) echo "bot console here" ;; esac
                """);
        executable(bin.resolve("curl"), "#!/bin/bash\nexit 0\n");
        ProcessBuilder run = new ProcessBuilder("bash", "scripts/run.sh")
                .directory(dir.toFile())
                .redirectErrorStream(true);
        run.environment().put("PATH", bin + ":/usr/bin:/bin");
        run.environment().remove("ALLIANCE_PROFILE");
        Process p = run.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out)
                .contains("  [1/3] Alliance Compact shared model 0.1.0")
                .contains("  [3/3] Alliance Compact Slack bot 0.1.0")
                .containsPattern("Built in 0 min [1-9] s\\.")
                .contains("bot console here")
                .doesNotContain("--- compiler");
        assertThat(Files.readString(dir.resolve("data/build.log"))).contains("--- compiler");
    }

    @Test
    @DisplayName("what is piped to run.sh reaches the bot's console, not the build or the preview server")
    void piped_input_reaches_the_console_only(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("scripts"));
        Files.copy(Path.of("../scripts/run.sh"), dir.resolve("scripts/run.sh"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // each stand-in keeps what it could read from its input (nothing, when it is given none)
        executable(bin.resolve("mvn"), """
                #!/bin/bash
                for a in "$@"; do [ "$a" = "-q" ] && exit 0; done
                timeout 2 cat > mvn.stdin
                mkdir -p confluence-plugin/target slack-bot/target
                echo /x.jar > confluence-plugin/target/classpath.txt
                echo /y.jar > slack-bot/target/classpath.txt
                echo "[INFO] BUILD SUCCESS"
                """);
        executable(bin.resolve("java"), """
                #!/bin/bash
                case "$*" in
                  *PreviewServer*) timeout 2 cat > preview.stdin; sleep 20 ;;
                  *) timeout 5 cat > console.stdin ;;
                esac
                """);
        executable(bin.resolve("curl"), "#!/bin/bash\nexit 0\n");
        ProcessBuilder run = new ProcessBuilder("bash", "scripts/run.sh")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        run.environment().put("PATH", bin + ":/usr/bin:/bin");
        run.environment().remove("ALLIANCE_PROFILE");
        Process p = run.start();
        try (var typed = p.getOutputStream()) {
            typed.write("/alliance meetings\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("console.stdin"))).isEqualTo("/alliance meetings\n");
        assertThat(Files.readString(dir.resolve("mvn.stdin"))).isEmpty();
        assertThat(Files.readString(dir.resolve("preview.stdin"))).isEmpty();
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
