package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.SyntheticStudy;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV tables read back with Commons CSV (never by splitting strings), and compared with the study. */
class CsvExportTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final StudyExport export = new StudyExport(new StudySources(files));

    private Path exportCsv(Path study, String folder, boolean excel, Locale locale, boolean force) {
        Path out = dir.resolve(folder);
        export.export(study, new StudyExport.Request(ExportFormat.CSV, out, null, null, force, excel, false, locale));
        return out;
    }

    private static List<CSVRecord> read(Path file, char separator) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    @Test
    void theDemoGivesSixTablesAndADictionaryWith63MomentRows() throws Exception {
        Path out = exportCsv(TestStudies.DEMO_JSON, "csv", false, Locale.ROOT, false);
        try (Stream<Path> all = Files.list(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("moments.csv", "pairs.csv", "codings.csv", "codes.csv",
                    "themes.csv", "participants.csv", "transcript.csv", "agreement.csv", "agreement_curve.csv", "round_agreement.csv", "README.txt");
        }
        Study demo = TestStudies.demo();
        List<CSVRecord> moments = read(out.resolve("moments.csv"), ',');
        assertThat(moments).hasSize(63);
        Map<String, Moment> byId = new HashMap<>();
        demo.moments().forEach(m -> byId.put(m.id().toString(), m));
        for (CSVRecord row : moments) {
            Moment m = byId.get(row.get("moment_id"));
            assertThat(m).isNotNull();
            assertThat(row.get("comment")).isEqualTo(m.comment());
            assertThat(Long.parseLong(row.get("anchor_ms"))).isEqualTo(m.anchor().millis());
            assertThat(row.get("anchor")).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d").isEqualTo(m.anchor().toClock());
            assertThat(row.get("span_start_ms")).isEqualTo(m.span() == null ? "" : Long.toString(m.span().start().millis()));
            assertThat(row.get("perspective")).isEqualTo(demo.pass(m.passId()).perspective().name().toLowerCase(Locale.ROOT));
            assertThat(row.get("codes").isEmpty()).isEqualTo(demo.codingsOf(m.id()).isEmpty());
        }
        assertThat(moments).filteredOn(r -> r.get("dyad").equals("D01") && r.get("session").equals("3") && r.get("participant").equals("C01")).hasSize(10);
        assertThat(moments).extracting(r -> r.get("pair_class")).contains("convergent", "divergent_valence");
        // both sides of a kept pair point at each other
        for (CSVRecord row : moments) {
            if (!row.get("pair_id").isEmpty()) {
                CSVRecord other = moments.stream().filter(r -> r.get("moment_id").equals(row.get("paired_moment_id"))).findFirst().orElseThrow();
                assertThat(other.get("pair_id")).isEqualTo(row.get("pair_id"));
            }
        }
        assertThat(read(out.resolve("codings.csv"), ',')).hasSize(demo.codings().size());
        assertThat(read(out.resolve("codes.csv"), ',')).hasSize(demo.codes().size());
        assertThat(read(out.resolve("themes.csv"), ',')).hasSize(demo.themes().size());
        assertThat(read(out.resolve("participants.csv"), ',')).hasSize(demo.participants().size());
        assertThat(read(out.resolve("pairs.csv"), ',')).filteredOn(r -> !r.get("pair_id").isEmpty()).hasSize(demo.pairs().size());
    }

    @Test
    void theThemesColumnCountsAsTheCodingViewsThemeMatrix() throws Exception {
        Path out = exportCsv(TestStudies.DEMO_JSON, "csv", false, Locale.ROOT, false);
        List<CSVRecord> moments = read(out.resolve("moments.csv"), ',');
        var matrix = org.iprstudio.analysis.ThemeMatrix.of(TestStudies.demo(), null);
        assertThat(matrix.rows()).isNotEmpty();
        for (var row : matrix.rows()) {
            long inCsv = moments.stream().filter(r -> List.of(r.get("themes").split("; ")).contains(row.theme().name())).count();
            assertThat(inCsv).as(row.theme().name()).isEqualTo(row.total());
        }
        assertThat(moments).anyMatch(r -> !r.get("themes").isEmpty());
    }

    @Test
    void theDictionaryNamesEveryColumnOfEveryTable() throws Exception {
        Path out = exportCsv(TestStudies.DEMO_JSON, "csv", false, Locale.ROOT, false);
        String readme = Files.readString(out.resolve("README.txt"));
        for (String table : List.of("moments.csv", "pairs.csv", "codings.csv", "codes.csv", "themes.csv", "participants.csv",
                "transcript.csv", "agreement.csv", "agreement_curve.csv", "round_agreement.csv")) {
            assertThat(readme).contains(table);
            try (Reader in = Files.newBufferedReader(out.resolve(table)); CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
                for (String column : parser.getHeaderNames()) {
                    assertThat(readme).as(table + " " + column).containsPattern("(?m)^" + column + "\\R    type: ");
                }
            }
        }
    }

    @Test
    void awkwardTextSurvivesQuotingExactly() throws Exception {
        Study study = SyntheticStudy.build(2, 3); // quotes, commas, semicolons, line breaks, tabs, non-Latin letters
        Path file = dir.resolve("synthetic.iprs");
        files.create(file, study);
        Path out = exportCsv(file, "csv", false, Locale.ROOT, false);
        List<CSVRecord> rows = read(out.resolve("moments.csv"), ',');
        assertThat(rows).hasSize(study.momentCount());
        for (CSVRecord row : rows) {
            Moment m = study.moment(UUID.fromString(row.get("moment_id")));
            assertThat(row.get("comment")).isEqualTo(m.comment());
            assertThat(row.get("tags")).isEqualTo(String.join("; ", m.tags()));
            assertThat(row.get("helpfulness")).isEqualTo(m.helpfulness() == null ? "" : m.helpfulness().display());
        }
        assertThat(rows).extracting(r -> r.get("comment")).anyMatch(c -> c.contains("\n")).anyMatch(c -> c.contains("\""));
        assertThat(Files.readString(out.resolve("moments.csv"))).contains("\r\n").doesNotStartWith("\uFEFF");
    }

    @Test
    void theExcelFormUsesABomAndSemicolonsWithDecimalCommasWhereTheLocaleDoes() throws Exception {
        Path german = exportCsv(TestStudies.DEMO_JSON, "de", true, Locale.GERMANY, false);
        byte[] bytes = Files.readAllBytes(german.resolve("moments.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader in = Files.newBufferedReader(german.resolve("moments.csv"))) {
            assertThat(in.read()).isEqualTo(0xFEFF);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).hasSize(63);
            assertThat(rows).extracting(r -> r.get("helpfulness")).contains("7,5", "8,5").noneMatch(h -> h.contains("."));
        }
        Path english = exportCsv(TestStudies.DEMO_JSON, "en", true, Locale.US, false);
        try (Reader in = Files.newBufferedReader(english.resolve("moments.csv"))) {
            assertThat(in.read()).isEqualTo(0xFEFF);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).extracting(r -> r.get("helpfulness")).contains("7.5");
        }
    }

    @Test
    void aFolderWithFilesIsKeptUnlessForcedAndThenOnlyTheExportsFilesAreReplaced() throws Exception {
        Path out = dir.resolve("tables");
        Files.createDirectories(out);
        Files.writeString(out.resolve("my-analysis.R"), "library(readr)");
        Files.writeString(out.resolve("moments.csv"), "old");
        assertThatThrownBy(() -> exportCsv(TestStudies.DEMO_JSON, "tables", false, Locale.ROOT, false))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.EXISTS));
        assertThat(Files.readString(out.resolve("moments.csv"))).isEqualTo("old");
        exportCsv(TestStudies.DEMO_JSON, "tables", false, Locale.ROOT, true);
        assertThat(Files.readString(out.resolve("my-analysis.R"))).isEqualTo("library(readr)");
        assertThat(read(out.resolve("moments.csv"), ',')).hasSize(63);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        exportCsv(TestStudies.DEMO_JSON, "empty", false, Locale.ROOT, false);
        assertThat(empty.resolve("README.txt")).exists();
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void theExcelFormKeepsSpreadsheetsFromRunningATextFieldAsAFormula() throws Exception {
        TestStudies t = new TestStudies();
        Study study = t.study();
        List<String> comments = List.of("=HYPERLINK(\"http://example.org\",\"x\")", "+1 she nodded", "-2 hindering, she said", "@SUM(A1:A9)",
                "\tindented", "\rreturn", "a plain = sign", "-12.5");
        for (int i = 0; i < comments.size(); i++) {
            study.put(t.moment(t.clientPass, "0" + i + ":00", 6, comments.get(i)));
        }
        Path file = dir.resolve("formulas.iprs");
        files.create(file, study);

        Path excel = exportCsv(file, "excel", true, Locale.US, false);
        Path plain = exportCsv(file, "plain", false, Locale.US, false);

        List<String> escaped;
        try (Reader in = Files.newBufferedReader(excel.resolve("moments.csv"))) {
            assertThat(in.read()).isEqualTo(0xFEFF);
            escaped = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().stream()
                    .map(r -> r.get("comment")).toList();
        }
        assertThat(escaped).containsExactlyInAnyOrder("'=HYPERLINK(\"http://example.org\",\"x\")", "'+1 she nodded", "'-2 hindering, she said",
                "'@SUM(A1:A9)", "'\tindented", "'\rreturn", "a plain = sign", "-12.5");
        assertThat(read(plain.resolve("moments.csv"), ',')).extracting(r -> r.get("comment")).containsExactlyInAnyOrderElementsOf(comments);
        assertThat(Files.readString(excel.resolve("README.txt"))).contains("starts with an apostrophe (')");
        assertThat(Files.readString(plain.resolve("README.txt"))).doesNotContain("apostrophe");
    }
}
