package org.iprstudio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.team.CodingLens;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;

/**
 * A coder's click in an open blind round: on a copy of the study file (a round is started and
 * saved), a round of two coders on the first session; then, as one of them, nine times a round code
 * toggled on a moment, each followed by the coder's copy of the study as the coding view's counts,
 * matrix, summary and moment table ask for it (CodingLens.shownStudy).
 *
 * Run (after mvn -DskipTests package): java -cp target/ipr-studio.jar:target/test-classes org.iprstudio.bench.BlindRoundClickBenchmark FILE.iprs
 */
public final class BlindRoundClickBenchmark {
    private BlindRoundClickBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("blind-click");
        Path copy = Files.copy(Path.of(args[0]), folder.resolve("study.iprs"));
        try (StudyService service = new StudyService(new SqliteStudyFiles().open(copy), Clock.systemUTC())) {
            TeamActions team = new TeamActions(service, new CodingActions(service, new EditHistory(service), Clock.systemUTC()));
            CodingLens lens = new CodingLens(service);
            Study study = service.study();
            Session session = study.sessions().get(0);
            List<Moment> moments = study.passesOf(session.id()).stream().flatMap(p -> study.momentsOf(p.id()).stream()).toList();
            Code code = study.codes().get(0);
            service.setActor("LD");
            team.join(new Researcher("LD", "Lead"));
            CodingRound round = team.startRound("Bench", List.of(session.id()), List.of("AB", "CD"), List.of(code.id()), List.of());
            service.setActor("AB");
            long start = System.nanoTime();
            lens.shownStudy();
            System.out.printf("first copy %d ms%n", (System.nanoTime() - start) / 1_000_000);
            long[] ms = new long[9];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                team.toggle(round, code, moments.get(i % moments.size()));
                lens.shownStudy();
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.printf("click and copy: median %d ms, slowest %d ms (%s)%n", ms[4], ms[8], Arrays.toString(ms));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
