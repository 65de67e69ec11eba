package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.SyntheticStudy;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The json export is lossless: export, import into a study file, export again gives the same bytes. */
class JsonExportTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final StudyExport export = new StudyExport(new StudySources(files));

    private Path exportJson(Path study, String name) {
        Path out = dir.resolve(name);
        export.export(study, new StudyExport.Request(ExportFormat.JSON, out, null, null, false, false, false));
        return out;
    }

    private void assertRoundTrip(Path source) throws Exception {
        Path first = exportJson(source, "first.json");
        Path imported = dir.resolve("imported.iprs");
        files.create(imported, new StudySources(files).read(first).study());
        Path second = exportJson(imported, "second.json");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        Path third = exportJson(second, "third.json");
        assertThat(Files.readAllBytes(third)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theDemoRoundTripsByteForByteThroughAStudyFile() throws Exception {
        assertRoundTrip(TestStudies.DEMO_JSON);
        assertThat(Files.readString(dir.resolve("first.json"))).contains("\"ipr-studio-study\"");
    }

    @Test
    void aGeneratedLargeStudyRoundTripsByteForByte() throws Exception {
        Study large = SyntheticStudy.build(60, 7); // 12,000 moments with awkward text, tags, pairs, memos
        Path file = dir.resolve("large.iprs");
        files.create(file, large);
        assertRoundTrip(file);
        assertThat(new StudySources(files).read(dir.resolve("first.json")).study().momentCount()).isEqualTo(12_000);
    }

    @Test
    void oneSessionKeepsItsPairsCodingsAndMemosAndDropsExemplarsOfOtherDyads() {
        Study whole = SyntheticStudy.build(12, 9); // exemplars come from the first dyads, dyad memos from every tenth
        Path file = dir.resolve("s.iprs");
        files.create(file, whole);
        Path out = dir.resolve("d00010-5.json");
        export.export(file, new StudyExport.Request(ExportFormat.JSON, out, null, "D00010/5", false, false, false));
        Study part = new StudySources(files).read(out).study();
        assertThat(part.sessions()).hasSize(1);
        assertThat(part.momentCount()).isEqualTo(2 * SyntheticStudy.MOMENTS_PER_PASS);
        assertThat(part.pairs()).isNotEmpty().allMatch(p -> part.find(p.firstMomentId()).isPresent());
        assertThat(part.codings()).isNotEmpty().allMatch(c -> part.find(c.momentId() != null ? c.momentId() : c.pairId()).isPresent());
        assertThat(part.memos()).anyMatch(m -> m.target() == org.iprstudio.domain.MemoTarget.DYAD);
        assertThat(part.themes()).hasSameSizeAs(whole.themes()).allMatch(t -> t.exemplarMomentIds().isEmpty());
        assertThat(whole.themes()).anyMatch(t -> !t.exemplarMomentIds().isEmpty());
    }

    @Test
    void oneDyadIsAStudyOfItsOwn() {
        Path out = dir.resolve("d01.json");
        export.export(TestStudies.DEMO_JSON, new StudyExport.Request(ExportFormat.JSON, out, "D01", null, false, false, false));
        Study part = new StudySources(files).read(out).study();
        assertThat(part.dyads()).extracting(d -> d.code()).containsExactly("D01");
        Study whole = TestStudies.demo();
        long d01 = whole.moments().stream().filter(m -> whole.dyad(whole.session(whole.pass(m.passId()).sessionId()).dyadId()).code().equals("D01")).count();
        assertThat(part.momentCount()).isEqualTo(d01).isLessThan(whole.momentCount());
        assertThat(part.codes()).hasSameSizeAs(whole.codes());
    }
}
