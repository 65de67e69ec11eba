package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iprstudio.analysis.ThemeFrequency;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.exchange.report.HtmlReport;
import org.iprstudio.media.FrameGrabber;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study report of the demo study, written and read back as text. */
class StudyReportTest {
    @TempDir
    Path dir;

    /** Hands out a small grey frame and remembers what was asked for. */
    private static final class RecordingGrabber implements FrameGrabber {
        final List<MediaTime> asked = new ArrayList<>();

        @Override
        public Optional<BufferedImage> grab(Path file, MediaTime at) {
            asked.add(at);
            return Files.isRegularFile(file) ? Optional.of(new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB)) : Optional.empty();
        }

        @Override
        public void close() {
        }
    }

    private StudyReport.Request request(Path out, boolean force) {
        return new StudyReport.Request(out, force, ThemeFrequency.Thresholds.DEFAULT, true);
    }

    @Test
    void theReportIsOneSelfContainedFileWithEverySection() throws Exception {
        RecordingGrabber grabber = new RecordingGrabber();
        Path out = dir.resolve("report.html");
        StudyReport.Result result = new StudyReport(new StudySources(new SqliteStudyFiles()), grabber, "")
                .write(TestStudies.DEMO_FOLDER, request(out, false), Cancellation.NONE);
        String html = Files.readString(out);
        var demo = TestStudies.demo();
        int exemplars = HtmlReport.exemplars(demo).size();
        assertThat(result.exemplars()).isEqualTo(exemplars).isPositive();
        assertThat(result.stills()).isEqualTo(exemplars);
        assertThat(grabber.asked).containsExactlyElementsOf(HtmlReport.exemplars(demo).stream().map(m -> m.anchor()).toList());
        assertThat(html).contains("Study and protocol", "Participation and missing data", "Sessions: the two perspectives",
                "Pairing summary per dyad", "Agreement of the perspectives", "Theme matrix", "Exemplar quotes", demo.header().title().replace("–", "–"));
        assertThat(html).contains("general ≥ 90 %", "typical ≥ 50 %", "variant ≥ 25 %");
        assertThat(count(html, "<svg ")).isEqualTo(demo.sessions().size() + 1); // the timelines and the agreement curve
        // a moment that is an exemplar of two themes is quoted under each, with its still each time
        int quoted = demo.themes().stream().mapToInt(t -> t.exemplarMomentIds().size()).sum();
        assertThat(count(html, "<figure class=\"exemplar\">")).isEqualTo(quoted);
        assertThat(count(html, "src=\"data:image/jpeg;base64,")).isEqualTo(quoted);
        // nothing is fetched: no scripts, no style sheets, no remote pictures, and a policy that forbids them
        assertThat(html).doesNotContain("<script", "<link", "src=\"http", "url(").contains("default-src 'none'");
        assertThat(html).contains("missing: Therapist ill");
        for (var theme : demo.themes()) {
            assertThat(html).contains(org.iprstudio.exchange.report.HtmlReportAccess.escape(theme.name()));
        }
    }

    @Test
    void withoutLibVlcTheReportSaysSoAndHasNoStills() throws Exception {
        Path out = dir.resolve("report.html");
        StudyReport.Result result = new StudyReport(new StudySources(new SqliteStudyFiles()), null, "libVLC is not installed; install it with: apt")
                .write(TestStudies.DEMO_FOLDER, request(out, false), Cancellation.NONE);
        String html = Files.readString(out);
        assertThat(result.stills()).isZero();
        assertThat(html).contains("No stills: libVLC is not installed; install it with: apt").doesNotContain("<img");
        assertThat(html).contains("Exemplar quotes", "<blockquote>");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenForcedAndAStudyNever() throws Exception {
        Path out = Files.writeString(dir.resolve("report.html"), "mine");
        StudyReport report = new StudyReport(new StudySources(new SqliteStudyFiles()), null, "");
        assertThatThrownBy(() -> report.write(TestStudies.DEMO_FOLDER, request(out, false), Cancellation.NONE))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.EXISTS));
        assertThat(Files.readString(out)).isEqualTo("mine");
        report.write(TestStudies.DEMO_FOLDER, request(out, true), Cancellation.NONE);
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");

        Path study = dir.resolve("demo.iprs");
        new SqliteStudyFiles().create(study, TestStudies.demo());
        byte[] before = Files.readAllBytes(study);
        assertThatThrownBy(() -> report.write(study, request(study, true), Cancellation.NONE))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.STUDY_FILE));
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
    }

    @Test
    void aCancelledReportLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("report.html");
        int[] steps = {0};
        Cancellation cancelAfterTwoStills = new Cancellation() {
            @Override
            public void progress(int done, int total, String what) {
                steps[0]++;
            }

            @Override
            public boolean cancelled() {
                return steps[0] >= 2;
            }
        };
        StudyReport report = new StudyReport(new StudySources(new SqliteStudyFiles()), new RecordingGrabber(), "");
        assertThatThrownBy(() -> report.write(TestStudies.DEMO_FOLDER, request(out, false), cancelAfterTwoStills))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.CANCELLED));
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
