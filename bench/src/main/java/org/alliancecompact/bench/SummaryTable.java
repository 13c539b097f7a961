package org.alliancecompact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Results kept in a tab-separated file across benchmark JVMs, and printed as one table. */
public final class SummaryTable {
    private SummaryTable() {}

    public static void append(Path file, List<BenchResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        for (BenchResult r : results) {
            lines.add(r.toTsv());
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public static List<BenchResult> read(Path file) throws IOException {
        List<BenchResult> results = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                results.add(BenchResult.fromTsv(line));
            }
        }
        return results;
    }

    public static String format(List<BenchResult> results) {
        String[] head = {"benchmark", "measure", "measured", "target", "verdict"};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        for (BenchResult r : results) {
            rows.add(new String[] {r.benchmark(), r.measure(), r.valueText(), r.targetText(), r.verdict()});
        }
        int[] width = new int[head.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                // figures right-aligned, words left-aligned
                boolean right = i == 2 && r > 0;
                out.append(
                        right
                                ? " ".repeat(width[i] - cell.length()) + cell
                                : cell + " ".repeat(width[i] - cell.length()));
                out.append(i < row.length - 1 ? "  " : "");
            }
            out.append(System.lineSeparator());
            if (r == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                out.append("-".repeat(total - 2)).append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
