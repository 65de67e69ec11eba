package org.iprstudio.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.analysis.DyadSummary;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.analysis.ThemeMatrix;
import org.iprstudio.domain.Study;

/**
 * Pair suggestion for every session, the theme matrix and the dyad summary on a synthetic study
 * of a million moments: 5,000 dyads, sessions 3 and 5, a client and a therapist recall of each
 * with 50 moments, one code per moment, 40 codes in 16 themes, a fifth of the pairs already
 * decided. Numbers go to docs/benchmarks.md.
 *
 * Run: MAVEN_OPTS=-Xmx12g mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.AnalysisBenchmark
 */
public final class AnalysisBenchmark {
    private static final int DYADS = 5_000;
    private static final int MOMENTS_PER_PASS = 50;
    private static final long LENGTH = 50 * 60_000;
    private static final long WARM_UP_NANOS = 30_000_000_000L;

    private AnalysisBenchmark() {
    }

    /** An argument, for profiling on a smaller study only: the number of moments (the figures are for the default, a million). */
    public static void main(String[] args) {
        long built = System.nanoTime();
        Study study = SyntheticStudy.build(args.length == 1 ? Integer.parseInt(args[0]) : DYADS * 200, SyntheticStudy.SEED);
        System.out.printf("built %,d moments, %,d codings, %,d stored pairs in %.1f s%n", study.momentCount(), study.codings().size(),
                study.pairs().size(), (System.nanoTime() - built) / 1e9);
        UUID oneDyad = study.dyads().get(0).id();
        Map<UUID, SessionPairing> pairings = StudyPairing.of(study);
        java.util.LinkedHashMap<String, Step> steps = new java.util.LinkedHashMap<>();
        steps.put("pair suggestion, every session (10,000 sessions)", () -> StudyPairing.of(study).size());
        steps.put("dyad summary, every dyad", () -> DyadSummary.of(study, pairings).size());
        steps.put("theme matrix, all dyads", () -> ThemeMatrix.of(study, null).rows().size());
        steps.put("theme matrix, one dyad", () -> ThemeMatrix.of(study, oneDyad).rows().size());
        steps.put("pair suggestion + summary + matrix (all dyads)", () -> {
            var all = StudyPairing.of(study);
            return DyadSummary.of(study, all).size() + ThemeMatrix.of(study, null).rows().size();
        });
        long sink = 0;
        // Every step is warmed up before any is timed, so the order does not matter; for at least 30 s
        // (JMH's default is 50), not only until the JIT is done: the collector grows its young generation
        // into memory the process never touched (to 3-4 GB here, after some seconds), and while it
        // first fills it every allocation pays the kernel's page faults; the benchmark times the
        // steady state and says how slow the slowest pairing was before it.
        long warmUpStart = System.nanoTime();
        long slowestWarmPairing = 0;
        int rounds = 0;
        Step pairing = steps.values().iterator().next();
        while (rounds < 5 || System.nanoTime() - warmUpStart < WARM_UP_NANOS) {
            for (Step step : steps.values()) {
                long start = System.nanoTime();
                sink += step.run();
                if (step == pairing && rounds > 0) {
                    slowestWarmPairing = Math.max(slowestWarmPairing, System.nanoTime() - start);
                }
            }
            rounds++;
        }
        System.out.printf("warm-up: %d rounds in %.0f s; pair suggestion at its slowest after the first round: %.0f ms%n", rounds,
                (System.nanoTime() - warmUpStart) / 1e9, slowestWarmPairing / 1e6);
        System.out.println("| step | median (ms) | max (ms) |");
        System.out.println("|---|---:|---:|");
        for (var entry : steps.entrySet()) {
            sink += time(entry.getKey(), entry.getValue());
        }
        System.out.println(sink == 42 ? " " : "");
    }

    private interface Step {
        int run();
    }

    private static long time(String label, Step step) {
        long sink = 0;
        long[] nanos = new long[9];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            sink += step.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %.0f | %.0f |%n", label, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
        return sink;
    }
}
