package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.SupervisionStudies;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** supervision log / summary and the supervision lines of info, as a user runs them. */
class SupervisionCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void theLogOfTheDemosTraineeListsEachLearningPointWithStatusDateAndTime() {
        assertThat(run("supervision", "log", TestStudies.DEMO_FOLDER.toString(), "--trainee", "T02")).isZero();
        assertThat(out.toString()).contains("Supervision log of T02 Marte: 1 meeting(s), 3 learning point(s)",
                "Meeting 2025-04-15, session D02/3, supervisor SV1, 4 stop(s)",
                "  [working on] 2025-04-15  at 07:20  Notice when a change of topic relieves me too, and name it gently instead of following it.",
                "  [achieved  ] 2025-04-15  at 12:00  Treat short answers after a sensitive topic as a possible withdrawal, and ask about them.",
                "  [working on] 2025-04-15  at 24:20  Check quick agreement with an open question before moving on.",
                "  Summary: Marte reviewed session 3 with Jonas.");
        assertThat(out.toString()).doesNotContain("I just agreed with her plan"); // a client's words never appear in the trainee's log
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aTimePastTheHourIsWrittenWithHours() {
        Path file = dir.resolve("small.iprs");
        Study study = new SupervisionStudies().study();
        SqliteStudyStore.create(file, study);
        assertThat(run("supervision", "log", file.toString(), "--trainee", "T01")).isZero();
        assertThat(out.toString()).contains("1 meeting(s), 1 learning point(s)", "at 04:05  Ask before moving on.", "supervisor SV1, 2 stop(s)");
    }

    @Test
    void anUnknownTraineeIsOneClearLine() {
        assertThat(run("supervision", "log", TestStudies.DEMO_FOLDER.toString(), "--trainee", "T09")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Error: There is no participant T09 in this study. Trainees with supervision: T02.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void infoListsTheSupervisionExample() {
        assertThat(run("info", TestStudies.DEMO_FOLDER.toString())).isZero();
        assertThat(out.toString()).contains("Supervision: 1 meeting(s), 4 stop(s), 3 learning point(s)",
                "2025-04-15  session D02/3  trainee T02  supervisor SV1  4 stop(s), 3 learning point(s), client's view opened",
                "Moments: 63");
    }

    @Test
    void theSummaryIsWrittenOnceAndNotOverAnExistingFile() throws Exception {
        Path html = dir.resolve("T02.html");
        assertThat(run("supervision", "summary", TestStudies.DEMO_FOLDER.toString(), "--trainee", "T02", "--out", html.toString())).isZero();
        assertThat(out.toString()).contains("Wrote the supervision summary", "1 meeting(s), 3 learning point(s)");
        String text = Files.readString(html);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("Supervision summary: T02 Marte", "default-src 'none'")
                .doesNotContain("<script", "http://", "https://", "I just agreed with her plan");
        assertThat(run("supervision", "summary", TestStudies.DEMO_FOLDER.toString(), "--trainee", "T02", "--out", html.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists", "--force");
    }
}
