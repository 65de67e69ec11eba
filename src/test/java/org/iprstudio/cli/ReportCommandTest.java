package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.iprstudio.Main;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command as a user runs it, and the report as a browser shows it. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(java.util.function.Supplier<CliContext.ProbeSession> probes, String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), probes, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void badThresholdsAnExistingOutAndAMissingFolderAreOneClearLine() throws Exception {
        String demo = TestStudies.DEMO_FOLDER.toString();
        Path target = dir.resolve("report.html");
        assertThat(run(() -> null, "report", demo, "--out", target.toString(), "--general", "0.4")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: ").contains("0 < variant <= typical <= general <= 1").hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run(() -> null, "report", demo, "--out", target.toString())).isZero();
        assertThat(out.toString()).contains("Wrote the report " + target);
        assertThat(err.toString()).as("without libVLC the command says so").contains("No stills").hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run(() -> null, "report", demo, "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: ").contains("already exists", "--force").doesNotContain("Exception").hasLineCount(1);
        err.getBuffer().setLength(0);
        assertThat(run(() -> null, "report", demo, "--out", dir.resolve("nowhere/report.html").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist").hasLineCount(1);
    }

    @Test
    void anUnwritableFolderIsOneClearLine() throws Exception {
        String demo = TestStudies.DEMO_FOLDER.toString();
        Path locked = Files.createDirectory(dir.resolve("locked"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assumeTrue(!Files.isWritable(locked), "running as a user who may write anywhere");
        err.getBuffer().setLength(0);
        assertThat(run(() -> null, "report", demo, "--out", locked.resolve("r.html").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot be written to").hasLineCount(1);
    }

    /** Renders the report of the demo, stills included, with headless Chromium when it is installed; the picture is kept in target/. */
    @Test
    void theReportRendersInARealBrowser() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "headless Chromium is not installed (sudo apt-get install -y chromium)");
        Path html = dir.resolve("report.html");
        assertThat(run(Main::probeSession, "report", TestStudies.DEMO_FOLDER.toString(), "--out", html.toString())).isZero();
        assertThat(out.toString()).containsPattern("\\((\\d+) exemplar quotes, \\1 with a still\\)");
        Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
                "--screenshot=" + png, "--window-size=1200,3000", html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(new File(dir.resolve("chromium.log").toString())).start();
        assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        BufferedImage shot = ImageIO.read(png.toFile());
        assertThat(shot.getWidth()).isEqualTo(1200);
        // the page drew something: the title's dark text near the top-left, and coloured dots and lines further down
        assertThat(darkPixels(shot, 0, 0, 700, 60)).isGreaterThan(200);
        assertThat(colouredPixels(shot, 0, 900, 1200, 1400)).isGreaterThan(500);
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 200) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int colouredPixels(BufferedImage image, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < Math.min(image.getHeight(), y0 + h); y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    n++;
                }
            }
        }
        return n;
    }
}
