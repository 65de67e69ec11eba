package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement command as a user runs it, on tables of published examples and on the demo study. */
class AgreementCommandTest {
    private static final Path TABLES = Path.of("src", "test", "resources", "org", "iprstudio", "cli", "agreement").toAbsolutePath();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> {
            throw new AssertionError("agreement needs no media probe");
        }, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    private String[] lines() {
        return out.toString().split("\\R");
    }

    @Test
    void krippendorffsExampleTablePrintsTheStatisticsInTheDocumentedForm() {
        assertThat(run("agreement", "--ratings", TABLES.resolve("krippendorff-2011.csv").toString())).isZero();
        // alpha 113/152; Fleiss and percent agreement: P-bar 9/11, P_e 0.24, kappa 159/209; no Cohen with four coders
        assertThat(lines()).startsWith(
                "Krippendorff's alpha (nominal): 0.743",
                "Fleiss' kappa: 0.761",
                "Percent agreement: 0.818",
                "Units: 12 (11 with values from two or more coders)",
                "Coders: 4");
        assertThat(lines()[5]).matches("Krippendorff's alpha, 95% bootstrap interval: 0\\.\\d{3} to 1\\.000 \\(2000 of 2000 resamples of the units, seed 13\\)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theLevelChangesAlphaOnly() {
        String table = TABLES.resolve("krippendorff-2011.csv").toString();
        for (String[] level : new String[][] {{"ordinal", "0.815"}, {"interval", "0.849"}, {"ratio", "0.797"}}) {
            out.getBuffer().setLength(0);
            assertThat(run("agreement", "--ratings", table, "--level", level[0])).isZero();
            assertThat(lines()[0]).isEqualTo("Krippendorff's alpha (" + level[0] + "): " + level[1]);
            assertThat(lines()[1]).isEqualTo("Fleiss' kappa: 0.761");
        }
    }

    @Test
    void twoCodersAlsoGetCohensKappa() {
        assertThat(run("agreement", "--ratings", TABLES.resolve("cohen-1960-example-2.csv").toString())).isZero();
        assertThat(lines()).startsWith(
                "Krippendorff's alpha (nominal): 0.488",
                "Fleiss' kappa: 0.487",
                "Cohen's kappa: 0.492",
                "Percent agreement: 0.700",
                "Units: 200 (200 with values from two or more coders)",
                "Coders: 2");
        out.getBuffer().setLength(0);
        assertThat(run("agreement", "--ratings", TABLES.resolve("sas-table.csv").toString())).isZero();
        assertThat(lines()).contains("Cohen's kappa: 0.484", "Percent agreement: 0.684");
    }

    @Test
    void anUndefinedStatisticIsSaidInWords() throws Exception {
        Path same = dir.resolve("same.csv");
        Files.writeString(same, "unit,K1,K2\nm1,present,present\nm2,present,present\n");
        assertThat(run("agreement", "--ratings", same.toString())).isZero();
        assertThat(lines()).startsWith(
                "Krippendorff's alpha (nominal): undefined: only one category was used",
                "Fleiss' kappa: undefined: only one category was used",
                "Cohen's kappa: undefined: only one category was used",
                "Percent agreement: 1.000");
        assertThat(out.toString()).doesNotContain("NaN");
    }

    @Test
    void badTablesGetAClearMessage() throws Exception {
        String[][] cases = {
            {"1,2,3\n4,5,6\n", "has no header row: the first row must read unit,CODER1,CODER2,..."},
            {"unit,K1\nm1,1\n", "has only one coder (K1): agreement needs at least two coder columns"},
            {"unit,K1,K2\nm1,1,1\nm1,1,2\n", "line 3: The unit m1 appears twice"},
            {"unit,K1,K2\nm1,1,1,3\n", "line 2: The unit m1 has 3 values but there are only 2 coders"},
            {"", "is empty"},
        };
        for (String[] c : cases) {
            Path table = dir.resolve("bad.csv");
            Files.writeString(table, c[0]);
            err.getBuffer().setLength(0);
            assertThat(run("agreement", "--ratings", table.toString())).isEqualTo(2);
            assertThat(err.toString()).startsWith("Error: bad.csv").contains(c[1]).doesNotContain("Exception");
        }
        Path words = dir.resolve("words.csv");
        Files.writeString(words, "unit,K1,K2\nm1,3,high\n");
        assertThat(run("agreement", "--ratings", words.toString(), "--level", "interval")).isEqualTo(2);
        assertThat(err.toString()).contains("Unit m1, coder K2: 'high' is not a number");
        assertThat(run("agreement", "--ratings", words.toString())).isZero(); // nominal: any text is a category
        assertThat(run("agreement", "--ratings", words.toString(), "--level", "metric")).isEqualTo(2);
        assertThat(err.toString()).contains("'metric' is not a level of measurement");
        assertThat(run("agreement", "--ratings", dir.resolve("absent.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("There is no file at");
        assertThat(run("agreement")).isEqualTo(2);
        assertThat(err.toString()).contains("Give either a study");
    }

    @Test
    void theDemoStudysPerspectivesPerSessionDyadAndStudy() {
        assertThat(run("agreement", TestStudies.DEMO_FOLDER.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("pairing window (10 s before / 30 s after the client's anchor");
        assertThat(text).containsPattern("  D01/3  client 10, therapist 9, matched \\d+: agreement \\d\\.\\d{3}");
        assertThat(text).contains("  D02/5  not compared: therapist recall (T02) missing: Therapist ill");
        assertThat(text).containsPattern("  D01  2 sessions  client 19, therapist 17, matched");
        assertThat(text).containsPattern("  D02  1 session  client");
        assertThat(text).containsPattern("Study \\(3 sessions\\): client \\d+, therapist 27, matched");
        assertThat(lines()).filteredOn(l -> l.matches(" +\\d+ s  \\d\\.\\d{3}  \\d+ matched.*")).hasSize(13);
        assertThat(text).contains("   0 s  0.000  0 matched").doesNotContain("NaN");
        assertThat(text).contains("none in this study");
    }

    @Test
    void aRoundIsAnsweredHonestlyAndAStudyFileReadsLikeItsJson() {
        Path file = TestStudies.demoFile(dir);
        assertThat(run("agreement", file.toString())).isZero();
        String fromFile = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("agreement", TestStudies.DEMO_JSON.toString())).isZero();
        assertThat(out.toString()).isEqualTo(fromFile);
        assertThat(run("agreement", file.toString(), "--round", "R1")).isEqualTo(2);
        assertThat(err.toString()).contains("The study " + file + " has no coding round 'R1'. Its rounds: none yet");
        assertThat(run("agreement", file.toString(), "--level", "ordinal")).isEqualTo(2);
        assertThat(err.toString()).contains("--level applies to a table of codings");
    }

    /**
     * A closed round's statistics for one code are those of the same codings written as a plain
     * table: the round's block for a code equals what --ratings prints for the table.
     */
    @Test
    void aRoundsStatisticsPerCodeAreThoseOfItsCodingsAsAPlainTable() throws Exception {
        Path file = dir.resolve("round.iprs");
        new SqliteStudyFiles().create(file, TestStudies.demo());
        java.util.List<String> units = new java.util.ArrayList<>();
        String codeName;
        java.util.Map<String, String[]> table = new java.util.TreeMap<>(); // by unit id, the order the round statistics draw units in
        try (org.iprstudio.app.StudyService service = new org.iprstudio.app.StudyService(new SqliteStudyFiles().open(file))) {
            var coding = new org.iprstudio.app.coding.CodingActions(service, new org.iprstudio.app.coding.EditHistory(service), java.time.Clock.systemUTC());
            var team = new org.iprstudio.app.team.TeamActions(service, coding);
            var study = service.study();
            var session = study.sessions().get(0);
            var code = study.codes().stream().filter(c -> study.codes().stream().noneMatch(o -> c.id().equals(o.parentId()))).findFirst().orElseThrow();
            codeName = code.name();
            service.setActor("LD");
            var round = team.startRound("R1", java.util.List.of(session.id()), java.util.List.of("AB", "CD"), java.util.List.of(code.id()), java.util.List.of());
            var moments = new java.util.ArrayList<org.iprstudio.domain.Moment>();
            study.passesOf(session.id()).forEach(p -> moments.addAll(study.momentsOf(p.id())));
            for (int i = 0; i < moments.size(); i++) {
                // AB codes every second moment, CD every third: some agreement, some not
                if (i % 2 == 0) {
                    service.setActor("AB");
                    team.toggle(round, code, moments.get(i));
                }
                if (i % 3 == 0) {
                    service.setActor("CD");
                    team.toggle(round, code, moments.get(i));
                }
            }
            service.setActor("LD");
            var closed = team.close(round).round();
            for (var unit : org.iprstudio.app.team.RoundComparison.of(study, closed).units()) {
                table.put(unit.unitId().toString(), new String[] {unit.codesOf("AB").isEmpty() ? "absent" : "present",
                        unit.codesOf("CD").isEmpty() ? "absent" : "present"});
            }
        }
        StringBuilder csv = new StringBuilder("unit,AB,CD\n");
        table.forEach((unit, cells) -> csv.append(unit).append(',').append(cells[0]).append(',').append(cells[1]).append('\n'));
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, csv);
        assertThat(run("agreement", "--ratings", plain.toString())).isZero();
        java.util.List<String> expected = java.util.List.of(lines());
        out.getBuffer().setLength(0);
        assertThat(run("agreement", file.toString(), "--round", "r1")).as(err.toString()).isZero();
        java.util.List<String> printed = java.util.List.of(lines());
        assertThat(printed.get(0)).startsWith("Coding round R1: coders AB, CD, 1 session");
        int block = printed.indexOf("Code " + codeName + ":");
        assertThat(block).isPositive();
        assertThat(printed.subList(block + 1, block + 1 + expected.size())).isEqualTo(expected);
        assertThat(printed).contains("All codes (each code on each unit, pooled):");
        assertThat(out.toString()).doesNotContain("NaN");
    }
}
