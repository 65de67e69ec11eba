package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.Code;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** coder-kit export and import as a lead runs them: out, back in, and in again changes nothing. */
class CoderKitCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (f, s) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void aKitGoesOutComesBackOnceAndANameItDoesNotKnowIsSaidSo() {
        Path study = dir.resolve("demo.iprs");
        new SqliteStudyFiles().create(study, TestStudies.demo());
        try (StudyService service = new StudyService(new SqliteStudyFiles().open(study))) {
            service.setActor("LD");
            TeamActions team = new TeamActions(service, new CodingActions(service, new EditHistory(service), java.time.Clock.systemUTC()));
            team.startRound("Round 1", List.of(service.study().sessionByLabel("D02/3").orElseThrow().id()), List.of("AB", "CD"),
                    service.study().codes().stream().map(Code::id).toList(), List.of());
        }
        Path kit = dir.resolve("round1-CD.iprs");
        assertThat(run("coder-kit", "export", study.toString(), "--round", "Round 2", "--coder", "CD", "--out", kit.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no coding round 'Round 2'").hasLineCount(1);
        assertThat(run("coder-kit", "export", study.toString(), "--round", "round 1", "--coder", "cd", "--out", kit.toString())).isZero();
        assertThat(out.toString()).contains("Coder kit written: " + kit);
        try (var store = new SqliteStudyFiles().openReadOnly(study)) { // a coder's part left the study: its history says so
            assertThat(store.exports()).extracting(r -> r.format() + " " + r.options()).containsExactly("coder-kit round Round 1, coder CD");
        }
        try (StudyService coder = new StudyService(new SqliteStudyFiles().open(kit))) {
            coder.setActor("CD");
            var st = coder.study();
            var moment = st.momentsOf(st.passes().get(0).id()).get(0);
            new TeamActions(coder, new CodingActions(coder, new EditHistory(coder), java.time.Clock.systemUTC()))
                    .toggle(st.team().rounds().get(0), st.codes().get(0), moment);
        }
        assertThat(run("coder-kit", "import", study.toString(), kit.toString(), "--as", "LD")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Imported CD's kit for round Round 1: 1 new codings, 0 already here");
        assertThat(run("coder-kit", "import", study.toString(), kit.toString(), "--as", "LD")).isZero();
        assertThat(out.toString()).contains(": 0 new codings, 1 already here");
    }
}
