package org.iprstudio.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which codecs and containers get the caveat, told by a file's first bytes and libVLC's codec name; real files are in the vlc tests. */
class FrameExactnessTest {
    @TempDir
    Path dir;

    @Test
    void hevcByAnyOfItsNamesGetsTheCaveatOtherCodecsDoNot() {
        for (String name : new String[] {"hevc", "HEVC", "h265", "hvc1", "hev1"}) {
            assertThat(FrameExactness.caveat(name, false)).as(name).hasValueSatisfying(c -> assertThat(c.english()).contains("HEVC (H.265)"));
        }
        for (String name : new String[] {"h264", "avc1", "VP90", "MJPG", "mpgv", "", null}) {
            assertThat(FrameExactness.caveat(name, false)).as(String.valueOf(name)).isEmpty();
        }
    }

    @Test
    void aProgramStreamIsToldByItsPackHeaderNotByItsName() throws Exception {
        Path ps = Files.write(dir.resolve("renamed.mp4"), new byte[] {0, 0, 1, (byte) 0xBA, 0x44, 0, 4});
        Path mp4 = Files.write(dir.resolve("camera.mpg"), new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p'});
        assertThat(FrameExactness.isProgramStream(ps)).isTrue();
        assertThat(FrameExactness.isProgramStream(mp4)).isFalse();
        assertThat(FrameExactness.isProgramStream(dir.resolve("absent.mpg"))).isFalse();
        assertThat(FrameExactness.caveat("mpgv", true)).hasValueSatisfying(c -> {
            assertThat(c.english()).contains("MPEG-2 program stream").contains("0.6 s late");
            assertThat(c.render(Locale.forLanguageTag("nb"))).contains("MPEG-2-programstrøm").contains("0,6 s");
        });
    }

    @Test
    void theAdviceNamesTheFileAndAnMp4BesideItQuotedWhenNeeded() {
        assertThat(FrameExactness.advice(Path.of("D01-S5.mpg")).english())
                .isEqualTo("Convert it to MP4 (H.264) before coding it, for example: ffmpeg -i D01-S5.mpg -c:v libx264 -crf 18 -bf 0 -c:a aac D01-S5.mp4");
        assertThat(FrameExactness.advice(Path.of("Sitzung 3.mp4")).english())
                .endsWith("ffmpeg -i \"Sitzung 3.mp4\" -c:v libx264 -crf 18 -bf 0 -c:a aac \"Sitzung 3-h264.mp4\"");
    }
}
