package org.iprstudio.media.vlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.testing.MediaCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real probe on the corpus tells which recordings libVLC cannot step and mark exactly: HEVC,
 * H.264 with B-frames and an MPEG-2 program stream get the caveat (with its own reason), H.264, VP9 and MJPEG do not,
 * and neither does a sound recording. The caveat never makes a file unplayable.
 */
@Tag("vlc")
class FrameExactnessCorpusTest {
    private static VlcRuntime vlc;

    @BeforeAll
    static void startLibVlc() {
        vlc = VlcRuntime.start(true);
        assertThat(vlc.problem()).as("libVLC must be installed for these tests (.ci/run installs it)").isEmpty();
    }

    @AfterAll
    static void releaseLibVlc() {
        vlc.close();
    }

    private static MediaInfo probe(String name) {
        MediaInfo info = vlc.newProbe().probe(MediaCorpus.file(name));
        System.out.println("frame-exactness | " + name + " | codec " + info.videoCodec() + " | " + info.caveatIfAny().map(m -> m.english()).orElse("exact"));
        return info;
    }

    @ParameterizedTest
    @ValueSource(strings = MediaCorpus.MKV_HEVC)
    void hevcGetsTheCaveatWithItsReason(String name) {
        MediaInfo info = probe(name);
        assertThat(info.unplayable()).isEmpty();
        assertThat(info.videoCodec()).isEqualToIgnoringCase("hevc");
        assertThat(info.caveatIfAny()).hasValueSatisfying(c -> {
            assertThat(c.english()).startsWith("frame steps and marks are not exact for this kind of recording").contains("HEVC (H.265)");
            assertThat(c.render(Locale.forLanguageTag("nb"))).contains("ikke nøyaktige").contains("HEVC");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = MediaCorpus.MPEG2_PS)
    void anMpeg2ProgramStreamGetsTheCaveatWithItsReason(String name) {
        MediaInfo info = probe(name);
        assertThat(info.unplayable()).isEmpty();
        assertThat(info.videoCodec()).isEqualToIgnoringCase("mpgv");
        assertThat(info.caveatIfAny()).hasValueSatisfying(c -> assertThat(c.english())
                .startsWith("frame steps and marks are not exact for this kind of recording").contains("MPEG-2 program stream").contains("0.6 s late"));
    }

    @ParameterizedTest
    @ValueSource(strings = MediaCorpus.H264_BFRAMES)
    void h264WithBFramesGetsTheCaveatWithItsReason(String name) {
        MediaInfo info = probe(name);
        assertThat(info.unplayable()).isEmpty();
        assertThat(info.videoCodec()).isEqualToIgnoringCase("h264");
        assertThat(info.caveatIfAny()).hasValueSatisfying(c -> {
            assertThat(c.english()).startsWith("frame steps and marks are not exact for this kind of recording").contains("H.264 video with B-frames");
            assertThat(c.render(Locale.forLanguageTag("nb"))).contains("B-bilder");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {MediaCorpus.SPACES_NON_ASCII, MediaCorpus.PORTRAIT_PHONE, MediaCorpus.WEBM_VP9_OPUS, MediaCorpus.AVI_MJPEG, MediaCorpus.AUDIO_M4A})
    void frameExactRecordingsGetNoCaveat(String name) {
        MediaInfo info = probe(name);
        assertThat(info.unplayable()).isEmpty();
        assertThat(info.caveatIfAny()).isEmpty();
        if (!info.soundOnly()) {
            assertThat(info.videoCodec()).as("the codec is known").isNotBlank();
        }
    }

    /** The quick look the player's notice takes (no playback) names the same kinds, and nothing for the exact ones. */
    @ParameterizedTest
    @ValueSource(strings = {MediaCorpus.MKV_HEVC, MediaCorpus.MPEG2_PS, MediaCorpus.H264_BFRAMES, MediaCorpus.SPACES_NON_ASCII, MediaCorpus.WEBM_VP9_OPUS,
            MediaCorpus.AVI_MJPEG, MediaCorpus.AUDIO_WAV, MediaCorpus.RANDOM_BYTES})
    void theQuickLookNamesTheKindOnlyForHevcAndAProgramStream(String name) {
        var kind = vlc.newProbe().notFrameExact(MediaCorpus.file(name)).map(m -> m.english());
        switch (name) {
            case MediaCorpus.MKV_HEVC -> assertThat(kind).hasValue("HEVC (H.265)");
            case MediaCorpus.MPEG2_PS -> assertThat(kind).hasValue("MPEG-2 program stream");
            case MediaCorpus.H264_BFRAMES -> assertThat(kind).hasValue("H.264 with B-frames");
            default -> assertThat(kind).isEmpty();
        }
    }
}
