package org.iprstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program started for a window where there is no display, as on a server over ssh. */
class NoDisplayTest {
    @TempDir
    Path dir;

    @Test
    void openWithoutADisplaySaysSoInOneLine() throws Exception {
        Path study = dir.resolve("any.iprs");
        Files.writeString(study, "not opened: the display is checked first");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir, Main.class.getName(), "open", study.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("SLF4J")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("Error: the window needs a display").doesNotContain("Exception");
        assertThat(process.exitValue()).isEqualTo(3);
    }
}
