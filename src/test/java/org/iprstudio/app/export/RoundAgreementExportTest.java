package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iprstudio.analysis.ThemeFrequency;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.team.RoundComparison;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.Schemas;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed round's agreement in round_agreement.csv, its README entry, the coder in codings.csv and
 * the round's part of the report, checked against kappa worked out by hand for the round coded here:
 * AB applies BOND to one moment, CD to that moment and the next, TASK is applied by nobody.
 */
class RoundAgreementExportTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private Path file;
    private Code bond;
    private Code task;
    private int units;
    private Moment first;

    @BeforeEach
    void aClosedRoundAndAnOpenOne() {
        file = TestStudies.demoFile(dir);
        StudyService service = new StudyService(files.open(file), Clock.systemUTC());
        TeamActions team = new TeamActions(service, new CodingActions(service, new EditHistory(service), Clock.systemUTC()));
        Study study = service.study();
        Session session = study.sessions().stream().filter(s -> org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, s).size() >= 2).findFirst().orElseThrow();
        Session another = study.sessions().stream().filter(s -> !s.id().equals(session.id()) && !org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, s).isEmpty()).findFirst().orElseThrow();
        first = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).get(0);
        Moment second = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).get(1);
        List<Code> leaves = study.codes().stream().filter(c -> study.codes().stream().noneMatch(o -> c.id().equals(o.parentId()))).toList();
        bond = leaves.get(0);
        task = leaves.get(1);
        service.setActor("LD");
        team.join(new Researcher("LD", "Lead researcher"));
        CodingRound round = team.startRound("Round 1", List.of(session.id()), List.of("AB", "CD"), List.of(bond.id(), task.id()), List.of());
        CodingRound open = team.startRound("Round 2", List.of(another.id()), List.of("AB", "CD"), List.of(bond.id()), List.of());
        service.setActor("AB");
        team.toggle(round, bond, first);
        team.toggle(open, bond, org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, another).get(0));
        service.setActor("CD");
        team.toggle(round, bond, first);
        team.toggle(round, bond, second);
        service.setActor("LD");
        RoundComparison closed = team.close(round);
        units = closed.units().size();
        service.close();
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    /** Cohen's kappa of BOND by hand: both present on 1 unit, only CD on 1, neither on the rest. */
    private double bondKappa() {
        double n = units;
        double observed = (n - 1) / n;
        double expected = (1 / n) * (2 / n) + ((n - 1) / n) * ((n - 2) / n);
        return (observed - expected) / (1 - expected);
    }

    @Test
    void theCsvExportHasATableOfTheClosedRoundAndSaysUndefinedFiguresInWords() throws Exception {
        Path out = dir.resolve("csv");
        new StudyExport(new StudySources(files)).export(file, new StudyExport.Request(ExportFormat.CSV, out, null, null, false, false, false, Locale.ROOT));
        List<CSVRecord> rows = read(out.resolve("round_agreement.csv"));
        assertThat(rows).extracting(r -> r.get("round")).containsOnly("Round 1"); // the open round is blind, so not there
        assertThat(rows).extracting(r -> r.get("scope") + ":" + r.get("variable"))
                .containsExactly("code:" + bond.name(), "code:" + task.name(), "all codes:all codes");
        CSVRecord b = rows.get(0);
        assertThat(b.get("coders")).isEqualTo("AB; CD");
        assertThat(b.get("n_coders")).isEqualTo("2");
        assertThat(Integer.parseInt(b.get("n_units"))).isEqualTo(units);
        assertThat(Double.parseDouble(b.get("percent_agreement"))).isCloseTo((units - 1) / (double) units, within(1e-6));
        assertThat(Double.parseDouble(b.get("cohen_kappa"))).isCloseTo(bondKappa(), within(1e-6));
        assertThat(b.get("krippendorff_alpha")).isNotEmpty();
        assertThat(Double.parseDouble(b.get("alpha_ci_lower"))).isLessThanOrEqualTo(Double.parseDouble(b.get("alpha_ci_upper")));
        CSVRecord t = rows.get(1); // nobody applied TASK: one category only
        assertThat(t.get("cohen_kappa")).isEmpty();
        assertThat(t.get("krippendorff_alpha")).isEmpty();
        assertThat(t.get("percent_agreement")).isEqualTo("1");
        assertThat(t.get("note")).contains("Cohen's kappa undefined: only one category was used").contains("alpha undefined");
        assertThat(Integer.parseInt(rows.get(2).get("n_units"))).isEqualTo(2 * units);
        for (Path f : Files.list(out).toList()) {
            assertThat(Files.readString(f)).as(f.getFileName().toString()).doesNotContain("NaN");
        }
        assertThat(Files.readString(out.resolve("README.txt"))).contains("round_agreement.csv\n===").contains("krippendorff_alpha")
                .contains("alpha_ci_lower");

        // who coded: the agreed BOND on the first moment became the study's coding when LD closed the round
        List<CSVRecord> codings = read(out.resolve("codings.csv"));
        assertThat(codings).filteredOn(r -> r.get("moment_id").equals(first.id().toString()) && r.get("code_id").equals(bond.id().toString()))
                .extracting(r -> r.get("coder")).containsExactly("LD");
        assertThat(codings).filteredOn(r -> r.get("coder").isEmpty()).allMatch(r -> r.get("coded_utc").isEmpty()); // the demo's own, made before
        assertThat(codings).filteredOn(r -> r.get("coder").isEmpty()).isNotEmpty();
    }

    @Test
    void theReportHasAPartPerClosedRoundAndNamesTheOpenOneOnly() throws Exception {
        Path out = dir.resolve("report.html");
        new StudyReport(new StudySources(files), null, "").write(file, new StudyReport.Request(out, false, ThemeFrequency.Thresholds.DEFAULT, false),
                Cancellation.NONE);
        String html = Files.readString(out);
        assertThat(html).contains("<h2>Coding rounds: inter-coder agreement</h2>").contains("<h3>Round 1</h3>")
                .contains(String.format(Locale.ROOT, "%.3f", bondKappa()))
                .contains("undefined: only one category was used")
                .contains("Still open (no figures until the lead closes them; their codings stay blind): Round 2.")
                .doesNotContain("NaN");
        assertThat(html).doesNotContain("<h3>Round 2</h3>");
    }

    @Test
    void aQdpxCodingNamesItsCoderAsAUser() throws Exception {
        Path out = dir.resolve("study.qdpx");
        new StudyExport(new StudySources(files)).export(file, new StudyExport.Request(ExportFormat.QDPX, out, null, null, false, false, false));
        byte[] qde = RefiExportTest.unzip(out).get("project.qde");
        try (java.io.InputStream in = new java.io.ByteArrayInputStream(qde)) {
            assertThat(Schemas.problems(Schemas.QDE, new javax.xml.transform.stream.StreamSource(in))).isEmpty();
        }
        org.w3c.dom.Element root = RefiExportTest.parse(qde).getDocumentElement();
        String lead = RefiExportTest.all(root, "User").stream().filter(u -> u.getAttribute("id").equals("LD")).findFirst().orElseThrow()
                .getAttribute("guid");
        Study study = new StudySources(files).read(file).study();
        String adopted = study.codingsOf(first.id()).stream().filter(c -> c.codeId().equals(bond.id())).findFirst().orElseThrow().id().toString()
                .toUpperCase(Locale.ROOT);
        assertThat(RefiExportTest.all(root, "Coding")).filteredOn(c -> c.getAttribute("guid").equals(adopted))
                .extracting(c -> c.getAttribute("creatingUser")).containsExactly(lead);
    }
}
