package org.iprstudio.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.csv.CsvOptions;
import org.iprstudio.exchange.csv.StudyTables;
import org.iprstudio.exchange.eaf.EafMedia;
import org.iprstudio.exchange.eaf.EafWriter;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.testing.SyntheticStudy;

/**
 * CSV, EAF and JSON export of the million-moment synthetic study (5,000 dyads x 2 sessions x 2
 * recalls x 50 moments): wall time and peak heap above the study itself. Numbers go to
 * docs/benchmarks.md.
 *
 * Run: MAVEN_OPTS=-Xmx6g mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.ExportBenchmark
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    private interface Step {
        void run(Path out) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int dyads = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        long built = System.nanoTime();
        Study study = SyntheticStudy.build(dyads, 42);
        System.out.printf("built %,d moments, %,d codings, %,d pairs in %.1f s%n", study.momentCount(), study.codings().size(), study.pairs().size(),
                (System.nanoTime() - built) / 1e9);
        long baseline = settledHeap();
        System.out.printf("heap holding the study: %,d MiB%n", baseline >> 20);
        Path root = Files.createTempDirectory("ipr-export-bench");
        try {
            System.out.println("| format | files | size (MiB) | time (s) | peak heap above the study (MiB) |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up; the second is reported
                boolean report = round == 1;
                measure(report, "csv", root.resolve("csv" + round), baseline, out -> {
                    StudyTables tables = new StudyTables(study, CsvOptions.standard());
                    Files.createDirectories(out);
                    for (String name : tables.fileNames()) {
                        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out.resolve(name)), 1 << 16)) {
                            tables.write(name, stream);
                        }
                    }
                });
                measure(report, "eaf", root.resolve("eaf" + round), baseline, out -> {
                    EafWriter writer = new EafWriter(study);
                    Files.createDirectories(out);
                    for (Session s : study.sessions()) {
                        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out.resolve(writer.fileName(s))), 1 << 16)) {
                            writer.write(s, new EafMedia("file:///media/" + s.media().path(), "./" + s.media().path(), "video/mp4"), stream);
                        }
                    }
                });
                measure(report, "json", root.resolve("json" + round), baseline, out -> {
                    Files.createDirectories(out);
                    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out.resolve("study.json")), 1 << 16)) {
                        new StudyJson().write(study, stream);
                    }
                });
                deleteTree(root);
                Files.createDirectories(root);
            }
        } finally {
            deleteTree(root);
        }
    }

    private static void measure(boolean report, String format, Path out, long baseline, Step step) throws IOException {
        settledHeap();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        step.run(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long files;
        long bytes;
        try (Stream<Path> all = Files.walk(out)) {
            var list = all.filter(Files::isRegularFile).toList();
            files = list.size();
            long sum = 0;
            for (Path p : list) {
                sum += Files.size(p);
            }
            bytes = sum;
        }
        if (report) {
            System.out.printf("| %s | %,d | %,.0f | %.1f | %,d |%n", format, files, bytes / 1048576.0, seconds, Math.max(0, peak - baseline) >> 20);
        }
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
