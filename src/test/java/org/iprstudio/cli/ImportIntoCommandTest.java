package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import FILE --into STUDY as a user runs it: ELAN tiers and codebooks in, one clear line for each kind of bad input. */
class ImportIntoCommandTest {
    private static final Path EAF = Path.of("..", "shared", "samples", "eaf");
    private static final Path QDE = Path.of("..", "shared", "samples", "qde");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path study;

    @BeforeEach
    void aStudyWithoutTheClientsRecall() {
        TestStudies t = new TestStudies();
        Study s = t.study();
        s.remove(t.clientPass.id());
        study = dir.resolve("study-" + java.util.UUID.randomUUID() + ".iprs");
        new SqliteStudyFiles().create(study, s);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (f, s) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void elanTiersBecomeARecallAndMistakesAreNamed() {
        String eaf = EAF.resolve("speach_test.eaf").toString();
        assertThat(run("import", eaf, "--into", study.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--session", "\"Person1 (Utterance)\" (").hasLineCount(1);
        assertThat(run("import", eaf, "--into", study.toString(), "--session", "D01/3", "--tier", "Person1 (Utterance)")).isEqualTo(2);
        assertThat(err.toString()).contains("does not say TIER=PARTICIPANT").hasLineCount(1);
        assertThat(run("import", eaf, "--into", study.toString(), "--session", "D01/3", "--tier", "Nobody=C01")).isEqualTo(2);
        assertThat(err.toString()).contains("no tier \"Nobody\"").hasLineCount(1);
        assertThat(run("import", eaf, "--into", study.toString(), "--session", "D01/3", "--tier", "Person1 (Utterance)=C01")).isZero();
        assertThat(out.toString()).containsPattern("Imported speach_test.eaf into .*: \\d+ moments in 1 recall pass\\(es\\) of session D01/3");
        assertThat(run("import", eaf, "--into", study.toString(), "--session", "D01/3", "--tier", "Person1 (Utterance)=C01")).isEqualTo(2);
        assertThat(err.toString()).contains("already has C01's recall").hasLineCount(1);
    }

    @Test
    void everyElanSampleEitherImportsOrSaysWhyInOneLine() throws Exception {
        for (String name : new String[] {"elan-example1_v2.3.eaf", "fables_01_03_aesop_64kb.eaf", "saymore_test_v2.7.eaf", "speach_blank.eaf"}) {
            aStudyWithoutTheClientsRecall();
            int status = run("import", EAF.resolve(name).toString(), "--into", study.toString(), "--session", "D01/3", "--tier", firstTier(name) + "=C01");
            assertThat(status).as(name + ": " + err).isZero();
        }
    }

    private static String firstTier(String file) {
        return org.iprstudio.exchange.eaf.EafReader.read(EAF.resolve(file)).tiers().get(0).id();
    }

    @Test
    void codebooksComeInAndForeignOrDamagedFilesAreOneLine() throws Exception {
        assertThat(run("import", QDE.resolve("atlasti8_standard_project.qde").toString(), "--into", study.toString())).isZero();
        assertThat(out.toString()).contains("14 codes added, 0 already there");
        Path foreign = Files.writeString(dir.resolve("notes.qdc"), "<html><body>hello</body></html>");
        assertThat(run("import", foreign.toString(), "--into", study.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: ").contains("is not a REFI-QDA file").doesNotContain("Exception").hasLineCount(1);
        Path damaged = Files.writeString(dir.resolve("cut.eaf"), "<ANNOTATION_DOCUMENT><TIER TIER_ID=\"x\">");
        assertThat(run("import", damaged.toString(), "--into", study.toString(), "--session", "D01/3", "--tier", "x=C01")).isEqualTo(2);
        assertThat(err.toString()).contains("is damaged").doesNotContain("Exception").hasLineCount(1);
        assertThat(run("import", QDE.resolve("atlasti8_standard_project.qde").toString(), "--into", study.toString(), "--session", "D01/3"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("leave out --session");
        Path other = Files.writeString(dir.resolve("x.txt"), "x");
        assertThat(run("import", other.toString(), "--into", study.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("use an ELAN file (.eaf) or a REFI-QDA");
        assertThat(run("import", QDE.resolve("atlasti8_standard_project.qde").toString(), "--into", TestStudies.DEMO_JSON.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a study.json");
        assertThat(run("import", QDE.resolve("atlasti8_standard_project.qde").toString(), "--into", dir.resolve("none.iprs").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: ").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void importWithOutStillMakesAStudyFromAStudyJson() {
        assertThat(run("import", TestStudies.DEMO_FOLDER.toString(), "--out", dir.resolve("demo.iprs").toString())).isZero();
        assertThat(dir.resolve("demo.iprs")).isRegularFile();
        assertThat(run("import", TestStudies.DEMO_FOLDER.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out NEW.iprs", "--into STUDY.iprs");
    }

    /** Decision 0016: a change from the command line records who made it, --as or else the computer account marked by "~". */
    @Test
    void theHistoryRecordsWhoImportedWithAsOrTheComputerAccount() {
        String qde = QDE.resolve("atlasti8_standard_project.qde").toString();
        assertThat(run("import", qde, "--into", study.toString(), "--as", "ab")).isZero();
        String eaf = EAF.resolve("speach_test.eaf").toString();
        assertThat(run("import", eaf, "--into", study.toString(), "--session", "D01/3", "--tier", "Person1 (Utterance)=C01")).isZero();
        assertThat(run("import", qde, "--into", study.toString(), "--as", "A B")).isEqualTo(2);
        assertThat(err.toString()).contains("Initials 'A B' are not valid").hasLineCount(1);
        try (var store = new SqliteStudyFiles().open(study)) {
            var trail = store.load().team().audit();
            assertThat(trail).extracting(org.iprstudio.domain.AuditEvent::who).containsExactly("AB", org.iprstudio.app.StudyService.defaultActor());
            assertThat(trail.get(0).what()).contains("code added");
            assertThat(org.iprstudio.app.StudyService.defaultActor()).startsWith("~");
        }
    }
}
