package org.iprstudio.bench;

import org.iprstudio.analysis.agreement.AgreementCurves;
import org.iprstudio.analysis.agreement.PerspectiveAgreement;
import org.iprstudio.domain.Study;

/**
 * What the Agreement tab computes on every change of the study (the perspectives' agreement and
 * the curves of every session, dyad and the study at 61 windows), on synthetic studies of
 * growing size (dyads x 2 sessions x 2 recalls x 50 moments). Numbers go to docs/benchmarks.md.
 *
 * Run: MAVEN_OPTS=-Xmx6g mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.AgreementBenchmark -Dexec.args="50 500"
 */
public final class AgreementBenchmark {
    private AgreementBenchmark() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"50", "500"} : args;
        System.out.println("| dyads | moments | table: agreement (ms) | one session's curve (ms) | every curve (ms) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (String size : sizes) {
            Study study = SyntheticStudy.build(Integer.parseInt(size) * 200, SyntheticStudy.SEED); // 200 moments a dyad
            long sink = 0;
            for (int warm = 0; warm < 3; warm++) {
                sink += PerspectiveAgreement.of(study).study().matches() + AgreementCurves.of(study).study().size();
            }
            long a = System.nanoTime();
            sink += PerspectiveAgreement.of(study).study().matches();
            long b = System.nanoTime();
            sink += AgreementCurves.of(study).study().size();
            long c = System.nanoTime();
            sink += AgreementCurves.ofSessions(study, study.sessions().subList(0, 1)).size();
            long d = System.nanoTime();
            System.out.printf("| %s | %,d | %.0f | %.1f | %.0f |%s%n", size, study.momentCount(), (b - a) / 1e6, (d - c) / 1e6, (c - b) / 1e6,
                    sink == 42 ? " " : "");
        }
    }
}
