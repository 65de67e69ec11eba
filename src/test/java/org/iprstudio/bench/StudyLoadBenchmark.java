package org.iprstudio.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyStore;

/**
 * Loads study files (checked, read-only, as `info` does) several times in one JVM and reports the
 * load time and the live heap the loaded study holds (after two full collections), so the bytes a
 * moment costs can be read off two sizes: (heap of the larger - heap of the smaller) / (moments
 * of the larger - moments of the smaller). Write the files with {@link SyntheticStudy}.
 *
 * Run: java -cp target/ipr-studio.jar:target/test-classes org.iprstudio.bench.StudyLoadBenchmark RUNS A.iprs B.iprs ...
 */
public final class StudyLoadBenchmark {
    private StudyLoadBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        System.out.println("| file | moments | load median (s) | load min-max (s) | live heap (MB) | bytes per moment |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int f = 1; f < args.length; f++) {
            Path file = Path.of(args[f]);
            double[] seconds = new double[runs];
            Study kept = null;
            for (int i = 0; i < runs; i++) {
                kept = null;
                fullGc();
                long start = System.nanoTime();
                try (StudyStore store = SqliteStudyStore.openReadOnly(file)) {
                    kept = store.load();
                }
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            long baseline;
            Study study = kept;
            kept = null;
            long withStudy = usedAfterGc();
            int moments = study.momentCount();
            study = null;
            baseline = usedAfterGc();
            Arrays.sort(seconds);
            long live = withStudy - baseline;
            System.out.printf("| %s | %,d | %.2f | %.2f-%.2f | %.0f | %.0f |%n", file.getFileName(), moments, seconds[runs / 2], seconds[0],
                    seconds[runs - 1], live / 1e6, (double) live / moments);
        }
    }

    private static long usedAfterGc() {
        fullGc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void fullGc() {
        System.gc();
        System.gc();
    }
}
