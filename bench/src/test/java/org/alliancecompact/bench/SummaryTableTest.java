package org.alliancecompact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    @Test
    void resultsSurviveTheFileAndSayWhetherTheTargetWasMet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.tsv");
        SummaryTable.append(file, List.of(BenchResult.below("ladder", "recompute", 812.5, "ms", 5000)));
        SummaryTable.append(
                file,
                List.of(
                        BenchResult.below("rest", "p99", 31.2, "ms", 30),
                        BenchResult.info("fanout", "429s received", 412, ""),
                        BenchResult.below("macro", "register", Double.NaN, "ms", 20)));

        List<BenchResult> read = SummaryTable.read(file);
        assertThat(read).extracting(BenchResult::verdict).containsExactly("met", "MISSED", "-", "MISSED");
        String table = SummaryTable.format(read);
        assertThat(table).contains("ladder").contains("813 ms").contains("<= 5,000 ms");
        assertThat(table).contains("31.2 ms").contains("412");
        assertThat(table.lines().count()).isEqualTo(6);
        assertThat(Files.readAllLines(file)).hasSize(4);
    }
}
