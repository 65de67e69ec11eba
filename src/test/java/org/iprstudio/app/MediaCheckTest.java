package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that need no libVLC (a probe that reports a fine video); real parsing is in the vlc tests. */
class MediaCheckTest {
    @TempDir
    Path dir;

    private final List<Path> probed = new ArrayList<>();
    private final MediaCheck check = new MediaCheck(file -> {
        probed.add(file);
        return new MediaInfo(true, MediaTime.parse("50:00"), 1, 1, 320, 180, null);
    });

    @Test
    void theShippedVideosArePresentAndUnchanged() {
        var results = check.check(new LoadedStudy(TestStudies.demo(), TestStudies.DEMO_JSON, TestStudies.DEMO_FOLDER));
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r.status()).isEqualTo(MediaCheck.Status.OK));
    }

    @Test
    void aMissingOrReplacedVideoIsNamedWithWhatIsWrong() throws Exception {
        Path folder = dir.resolve("copy");
        Files.createDirectories(folder.resolve("media"));
        for (String name : List.of("D01-S5.mp4", "D02-S3.mp4", "D02-S5.mp4")) {
            Files.copy(TestStudies.DEMO_FOLDER.resolve("media").resolve(name), folder.resolve("media").resolve(name));
        }
        Files.writeString(folder.resolve("media/D02-S3.mp4"), "not a video");
        var results = check.check(new LoadedStudy(TestStudies.demo(), folder.resolve("study.json"), folder));
        assertThat(results).extracting(MediaCheck.Result::sessionLabel, MediaCheck.Result::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D01/3", MediaCheck.Status.MISSING),
                org.assertj.core.groups.Tuple.tuple("D01/5", MediaCheck.Status.OK),
                org.assertj.core.groups.Tuple.tuple("D02/3", MediaCheck.Status.CHANGED),
                org.assertj.core.groups.Tuple.tuple("D02/5", MediaCheck.Status.OK));
        assertThat(results.get(2).detail()).contains("not the recorded video");
        assertThat(probed).hasSize(2);
    }

    @Test
    void aSoundRecordingIsFineAndNamedAudioOnly() {
        MediaCheck sound = new MediaCheck(file -> new MediaInfo(true, MediaTime.parse("50:00"), 0, 1, 0, 0, null));
        var results = sound.check(new LoadedStudy(TestStudies.demo(), TestStudies.DEMO_JSON, TestStudies.DEMO_FOLDER));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(MediaCheck.Status.OK);
            assertThat(r.detail()).startsWith("audio only (no picture), 00:50:00.000");
        });
    }

    @Test
    void aFileTheProbeFindsIncompleteIsUnplayableWithTheProbesWords() {
        String why = "the file is incomplete: it ends early, at about 0:34 of 50:00 (was the copy cut short? copy it again from the original)";
        MediaCheck cut = new MediaCheck(file -> new MediaInfo(true, MediaTime.parse("50:00"), 1, 1, 320, 180, null).withProblem(why));
        var results = cut.check(new LoadedStudy(TestStudies.demo(), TestStudies.DEMO_JSON, TestStudies.DEMO_FOLDER));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(MediaCheck.Status.UNPLAYABLE);
            assertThat(r.detail()).isEqualTo(why);
        });
    }

    /** A caveat never makes a file unplayable; a broken file gets no caveat (its problem is what matters), an exact one none. */
    @Test
    void aVideoThatIsNotFrameExactIsOkWithACaveatAndABrokenOneOnlyItsProblem() {
        MediaInfo hevc = new MediaInfo(true, MediaTime.parse("50:00"), 1, 1, 320, 180, null).withVideoCodec("hevc", false);
        var ok = new MediaCheck(file -> hevc).check(new LoadedStudy(TestStudies.demo(), TestStudies.DEMO_JSON, TestStudies.DEMO_FOLDER));
        assertThat(ok).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(MediaCheck.Status.OK);
            assertThat(r.caveat().english()).startsWith("frame steps and marks are not exact for this kind of recording: it is HEVC (H.265)")
                    .endsWith("ffmpeg -i " + r.file().getFileName() + " -c:v libx264 -crf 18 -bf 0 -c:a aac " + r.file().getFileName().toString().replace(".mp4", "-h264.mp4"));
        });
        var broken = new MediaCheck(file -> hevc.withProblem("the file is incomplete")).check(
                new LoadedStudy(TestStudies.demo(), TestStudies.DEMO_JSON, TestStudies.DEMO_FOLDER));
        assertThat(broken).allSatisfy(r -> assertThat(r.caveat()).isNull());
        MediaInfo h264 = new MediaInfo(true, MediaTime.parse("50:00"), 1, 1, 320, 180, null).withVideoCodec("h264", false);
        assertThat(new MediaCheck(file -> h264).check(new LoadedStudy(TestStudies.demo(), TestStudies.DEMO_JSON, TestStudies.DEMO_FOLDER)))
                .allSatisfy(r -> assertThat(r.caveat()).isNull());
    }
}
