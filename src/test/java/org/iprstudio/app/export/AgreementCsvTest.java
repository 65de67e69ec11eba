package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.BruteForceMarks;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agreement.csv and agreement_curve.csv read back with Commons CSV and checked against the marks matched independently. */
class AgreementCsvTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final StudyExport export = new StudyExport(new StudySources(files));

    private Path exportCsv(Path study, boolean excel, Locale locale) {
        Path out = dir.resolve("csv-" + UUID.randomUUID());
        export.export(study, new StudyExport.Request(ExportFormat.CSV, out, null, null, false, excel, false, locale));
        return out;
    }

    private static List<CSVRecord> read(Path file, char separator) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Reader in = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text); // Excel's byte order mark
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    private static String label(Study study, Session s) {
        return study.dyad(s.dyadId()).code() + "/" + s.number();
    }

    @Test
    void everySessionDyadAndTheStudyAgreeWithMarksMatchedByHand() throws Exception {
        Study demo = TestStudies.demo();
        long before = demo.header().protocol().pairingWindow().before().millis();
        long after = demo.header().protocol().pairingWindow().after().millis();
        List<CSVRecord> rows = read(exportCsv(TestStudies.DEMO_JSON, false, Locale.ROOT).resolve("agreement.csv"), ',');

        Map<String, List<BruteForceMarks.Result>> byDyad = new TreeMap<>();
        List<BruteForceMarks.Result> all = new ArrayList<>();
        int notCompared = 0;
        for (Session s : demo.sessions()) {
            String dyad = demo.dyad(s.dyadId()).code();
            CSVRecord row = rows.stream().filter(r -> r.get("level").equals("session") && r.get("dyad").equals(dyad)
                    && r.get("session").equals(String.valueOf(s.number()))).findFirst().orElseThrow(() -> new AssertionError("no row for " + label(demo, s)));
            assertThat(row.get("window_before_ms")).isEqualTo(String.valueOf(before));
            assertThat(row.get("window_after_ms")).isEqualTo(String.valueOf(after));
            var sides = BruteForceMarks.clientAndTherapist(demo, s);
            if (sides.isEmpty()) {
                notCompared++;
                assertThat(row.get("agreement")).isEmpty();
                assertThat(row.get("matches")).isEmpty();
                assertThat(row.get("note")).startsWith("not compared").contains("therapist").contains("missing");
                continue;
            }
            BruteForceMarks.Result expected = BruteForceMarks.match(sides.get().get(0), sides.get().get(1), before, after, true);
            check(row, expected, label(demo, s));
            byDyad.computeIfAbsent(dyad, k -> new ArrayList<>()).add(expected);
            all.add(expected);
        }
        assertThat(notCompared).as("the demo's missing therapist recall (D02/5)").isEqualTo(1);
        byDyad.forEach((dyad, parts) -> {
            CSVRecord row = rows.stream().filter(r -> r.get("level").equals("dyad") && r.get("dyad").equals(dyad)).findFirst().orElseThrow();
            check(row, BruteForceMarks.Result.sum(parts), dyad);
        });
        CSVRecord study = rows.stream().filter(r -> r.get("level").equals("study")).findFirst().orElseThrow();
        check(study, BruteForceMarks.Result.sum(all), "study");
        assertThat(rows).noneMatch(r -> r.get("level").equals("observers")); // the demo has no second recall of a perspective
        assertThat(rows).allSatisfy(r -> assertThat(r.toList()).noneMatch(v -> v.contains("NaN")));
    }

    private static void check(CSVRecord row, BruteForceMarks.Result expected, String what) {
        assertThat(Integer.parseInt(row.get("first_marks"))).as(what).isEqualTo(expected.first());
        assertThat(Integer.parseInt(row.get("second_marks"))).as(what).isEqualTo(expected.second());
        assertThat(Integer.parseInt(row.get("matches"))).as(what).isEqualTo(expected.matches());
        assertThat(Integer.parseInt(row.get("first_only"))).as(what).isEqualTo(expected.first() - expected.matches());
        assertThat(Double.parseDouble(row.get("agreement"))).as(what).isCloseTo(expected.agreement(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(row.get("offset_median_ms"))).as(what).isEqualTo(expected.quantile(0.5));
        assertThat(Double.parseDouble(row.get("offset_q1_ms"))).as(what).isEqualTo(expected.quantile(0.25));
        assertThat(Double.parseDouble(row.get("offset_q3_ms"))).as(what).isEqualTo(expected.quantile(0.75));
        assertThat(Long.parseLong(row.get("offset_min_ms"))).as(what).isEqualTo(expected.offsets().get(0));
        assertThat(Long.parseLong(row.get("offset_max_ms"))).as(what).isEqualTo(expected.offsets().get(expected.offsets().size() - 1));
        double median = expected.quantile(0.5);
        assertThat(row.get("marked_first")).as(what).isEqualTo(Math.abs(median) < 100 ? "same time" : median > 0 ? "client" : "therapist");
    }

    @Test
    void theCurveGivesEverySecondFrom0To60ForTheStudyFromAnchorsAlone() throws Exception {
        Study demo = TestStudies.demo();
        List<CSVRecord> rows = read(exportCsv(TestStudies.DEMO_JSON, false, Locale.ROOT).resolve("agreement_curve.csv"), ',');
        List<CSVRecord> study = rows.stream().filter(r -> r.get("level").equals("study")).toList();
        assertThat(study).extracting(r -> Long.parseLong(r.get("window_ms"))).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(0, 60).map(s -> s * 1000).boxed().toList());
        for (CSVRecord row : study) {
            long w = Long.parseLong(row.get("window_ms"));
            List<BruteForceMarks.Result> parts = new ArrayList<>();
            for (Session s : demo.sessions()) {
                BruteForceMarks.clientAndTherapist(demo, s).ifPresent(sides -> parts.add(BruteForceMarks.match(sides.get(0), sides.get(1), w, w, false)));
            }
            BruteForceMarks.Result expected = BruteForceMarks.Result.sum(parts);
            assertThat(Integer.parseInt(row.get("matches"))).as("window " + w).isEqualTo(expected.matches());
            assertThat(Double.parseDouble(row.get("agreement"))).as("window " + w).isCloseTo(expected.agreement(), org.assertj.core.data.Offset.offset(1e-6));
        }
        // three compared sessions and two dyads, 61 windows each
        assertThat(rows).hasSize(61 * (3 + 2 + 1));
    }

    @Test
    void excelWithDecimalCommasUsesSemicolonsAndCommasInTheFigures() throws Exception {
        Path out = exportCsv(TestStudies.DEMO_JSON, true, Locale.GERMANY);
        List<CSVRecord> rows = read(out.resolve("agreement.csv"), ';');
        CSVRecord study = rows.stream().filter(r -> r.get("level").equals("study")).findFirst().orElseThrow();
        assertThat(study.get("agreement")).contains(",").doesNotContain(".");
        assertThat(Double.parseDouble(study.get("agreement").replace(',', '.'))).isBetween(0.0, 1.0);
        assertThat(Files.readString(out.resolve("agreement.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFF");
    }

    @Test
    void twoObserversOfASessionGetARowOfTheirOwnAndANoteWhereNothingMatched() throws Exception {
        TestStudies t = new TestStudies();
        Study study = t.study();
        study.put(t.moment(t.clientPass, "10:00", 5, ""));
        study.put(t.moment(t.therapistPass, "25:00", 5, "")); // 15 minutes later: nothing matches
        Participant a = new Participant(UUID.randomUUID(), "O1", Role.OBSERVER, "Observer A");
        Participant b = new Participant(UUID.randomUUID(), "O2", Role.OBSERVER, "Observer B");
        study.put(a);
        study.put(b);
        RecallPass first = new RecallPass(UUID.randomUUID(), t.session.id(), Role.OBSERVER, a.id(), t.interviewer.id(), null, PassStatus.DONE, null);
        RecallPass second = new RecallPass(UUID.randomUUID(), t.session.id(), Role.OBSERVER, b.id(), t.interviewer.id(), null, PassStatus.DONE, null);
        study.put(first);
        study.put(second);
        Moment m1 = t.moment(first, "12:00", 5, "");
        Moment m2 = t.moment(second, "11:35", 5, "");
        study.put(m1);
        study.put(m2);
        Path file = dir.resolve("observers.iprs");
        files.create(file, study);
        List<CSVRecord> rows = read(exportCsv(file, false, Locale.ROOT).resolve("agreement.csv"), ',');

        CSVRecord session = rows.stream().filter(r -> r.get("level").equals("session")).findFirst().orElseThrow();
        assertThat(session.get("matches")).isEqualTo("0");
        assertThat(session.get("agreement")).isEqualTo("0");
        assertThat(session.get("offset_median_ms")).isEmpty();
        assertThat(session.get("marked_first")).isEmpty();
        assertThat(session.get("note")).isEqualTo("no marks matched, so there are no offsets");

        CSVRecord observers = rows.stream().filter(r -> r.get("level").equals("observers")).findFirst().orElseThrow();
        assertThat(observers.get("first")).isEqualTo("O1");
        assertThat(observers.get("second")).isEqualTo("O2");
        assertThat(observers.get("matches")).isEqualTo("1");
        assertThat(observers.get("offset_median_ms")).isEqualTo(String.valueOf(m2.anchor().millis() - m1.anchor().millis()));
        assertThat(observers.get("marked_first")).isEqualTo("O2");
        long wider = Math.max(study.header().protocol().pairingWindow().before().millis(), study.header().protocol().pairingWindow().after().millis());
        assertThat(observers.get("window_before_ms")).isEqualTo(String.valueOf(wider));
        assertThat(observers.get("window_after_ms")).isEqualTo(String.valueOf(wider));
    }
}
