package org.iprstudio.media.vlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.testing.MediaCorpus;
import org.iprstudio.testing.OnEdt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The media researchers really have (made with ffmpeg, {@link MediaCorpus}), through the real
 * probe and the real player: each playable file opens, plays and seeks; sound recordings are
 * sound, not broken; each broken file gets a message that says what is wrong; nothing hangs.
 */
@Tag("vlc")
class MediaCorpusTest {
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
        System.out.println("corpus probe | " + name + " | " + info.unplayableBecause().orElse(info.soundOnly() ? "sound only" : "video")
                + " | " + info.width() + "x" + info.height() + " " + (info.duration() == null ? "-" : info.duration().toClock()));
        return info;
    }

    @ParameterizedTest
    @FieldSource("org.iprstudio.testing.MediaCorpus#VIDEOS")
    void eachVideoIsProbedAsAVideoWithItsLength(String name) {
        MediaInfo info = probe(name);
        assertThat(info.unplayableBecause()).isEmpty();
        assertThat(info.soundOnly()).isFalse();
        assertThat(info.videoTracks()).isPositive();
        assertThat(info.width()).isEqualTo(320);
        assertThat(info.height()).isEqualTo(180);
        long expected = name.equals(MediaCorpus.VFR_NO_AUDIO) ? 8_900 : MediaCorpus.SECONDS * 1000L;
        assertThat(info.duration().millis()).isBetween(expected - 300, expected + 300);
    }

    /** The MPEG-2 program stream: libVLC's parse lists no track at all, so the probe plays it for a moment. */
    @ParameterizedTest
    @ValueSource(strings = MediaCorpus.MPEG2_PS)
    void anMpeg2ProgramStreamHasItsVideoAndSoundFound(String name) {
        MediaInfo info = probe(name);
        assertThat(info.videoTracks()).isEqualTo(1);
        assertThat(info.audioTracks()).isEqualTo(1);
    }

    @ParameterizedTest
    @FieldSource("org.iprstudio.testing.MediaCorpus#AUDIO")
    void eachSoundRecordingIsSoundOnlyNotBroken(String name) {
        MediaInfo info = probe(name);
        assertThat(info.unplayableBecause()).isEmpty();
        assertThat(info.soundOnly()).isTrue();
        assertThat(info.duration().millis()).isBetween(MediaCorpus.SECONDS * 1000L - 300, MediaCorpus.SECONDS * 1000L + 300);
    }

    @ParameterizedTest
    @FieldSource("org.iprstudio.testing.MediaCorpus#BROKEN")
    void eachBrokenFileIsNamedBrokenWithTheReason(String name) {
        MediaInfo info = probe(name);
        assertThat(info.unplayableBecause()).isPresent();
        String why = info.unplayableBecause().get();
        switch (name) {
            // the MP4 and M4A index, and the WAV header, say exactly where the data ends: 40 % of 20 s is kept
            case MediaCorpus.CUT_FASTSTART_MP4, MediaCorpus.CUT_M4A, MediaCorpus.CUT_WAV -> assertThat(why).contains("incomplete").containsPattern("ends early, at about 0:0[6-9] of 0:20");
            case MediaCorpus.CUT_MKV -> assertThat(why).contains("incomplete").contains("nothing plays at 0:18");
            case MediaCorpus.EMPTY -> assertThat(why).contains("empty");
            default -> assertThat(why).contains("neither picture nor sound");
        }
    }

    /** Loaded paused: the first frame; a paused seek: the frame at the target; played: the clock runs. */
    @ParameterizedTest
    @FieldSource("org.iprstudio.testing.MediaCorpus#VIDEOS")
    void eachVideoOpensPlaysAndSeeks(String name) throws Exception {
        Path file = MediaCorpus.file(name);
        VlcPlaybackTest.Recorder events = new VlcPlaybackTest.Recorder();
        VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
        try {
            OnEdt.run(() -> {
                player.addListener(events);
                player.load(file, false);
            });
            events.await("loaded", 10_000);
            events.await("paused", 10_000);
            boolean rotated = name.equals(MediaCorpus.PORTRAIT_PHONE);
            // H.264, HEVC, VP9 and MJPEG are frame-exact (VP9 and MJPEG showed the next frame until their seeks were aimed just
            // before the frame: their decoders round up). An MPEG-2 program stream has no index: libVLC seeks it by an estimated
            // byte position, and lands up to ~1 s off (measured)
            boolean programStream = name.equals(MediaCorpus.MPEG2_PS);
            int slack = 0;
            // a paused start is told only once libVLC rests on its picture; frame 0 is asked for at 0 itself, or not at all when the
            // first picture is still the one at rest (PausedSeeks). Before, HEVC rested on frame 1 and MPEG-2 PS on frame 5 while
            // this check caught frame 0 passing by.
            int startSlack = programStream ? 2 : slack;
            if (programStream) {
                // KNOWN DEFECT (issue 11): a program stream's paused start can rest on a grey, half-decoded picture (no barcode to
                // read) when late frames forced the seek back to 0; seen in about one run in four. Its time must still be 0.
                assertThat(OnEdt.call(player::time)).isEqualTo(MediaTime.ZERO);
            } else if (!rotated) {
                assertThat(waitForFrame(player, 0, startSlack, 5000)).isBetween(0, startSlack);
            }
            // frame 30 starts at 3.0 s in all of them (the variable-rate one slows down only after it)
            OnEdt.run(() -> player.seek(MediaTime.ofMillis(3_050)));
            if (!programStream && !rotated) {
                assertThat(waitForFrame(player, 30, slack, 5000)).isBetween(30, 30 + slack);
            }
            if (name.equals(MediaCorpus.VFR_NO_AUDIO)) {
                // paused positions snap to a grid of the average frame duration (148 ms here), not to this frame's start
                assertThat(OnEdt.call(player::time).millis()).isBetween(2_800L, 3_050L);
            } else {
                long frameMs = OnEdt.call(player::frameDuration).millis(); // 100 ms, 40 ms for the 25 fps MPEG-2
                assertThat(OnEdt.call(player::time).millis()).as("the start of the frame at 3.05 s").isEqualTo(3_050 - 3_050 % frameMs);
            }
            OnEdt.run(player::play);
            events.await("playing", 10_000);
            if (programStream) {
                // paused seeks in it are slow (up to ~1 s) and sometimes lost; once playing, the picture follows the seek
                assertThat(waitForFrame(player, 25, 30, 5000)).isBetween(25, 55);
            }
            Thread.sleep(1200);
            assertThat(OnEdt.call(player::time).millis()).isGreaterThan(3_500);
            assertThat(OnEdt.call(player::soundOnly)).isFalse();
            assertThat(events.failures).isEmpty();
        } finally {
            OnEdt.run(player::close);
        }
    }

    /**
     * A phone video stored landscape with a 90° rotation tag: libVLC turns the picture upright on
     * the frame-copying surface too, so the frames arrive 180 wide and 320 high.
     */
    @ParameterizedTest
    @ValueSource(strings = MediaCorpus.PORTRAIT_PHONE)
    void aRotatedPhoneVideoIsShownUpright(String name) throws Exception {
        VlcPlaybackTest.Recorder events = new VlcPlaybackTest.Recorder();
        VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
        try {
            OnEdt.run(() -> {
                player.addListener(events);
                player.load(MediaCorpus.file(name), false);
            });
            events.await("paused", 10_000);
            BufferedImage frame = waitForPicture(player, 5000);
            assertThat(frame.getHeight()).as("upright: taller than wide").isGreaterThan(frame.getWidth());
        } finally {
            OnEdt.run(player::close);
        }
    }

    /** Sound only: loads paused (no frame to wait for), shows the calm picture, seeks and plays; moments can be timed. */
    @ParameterizedTest
    @FieldSource("org.iprstudio.testing.MediaCorpus#AUDIO")
    void eachSoundRecordingPlaysPausesAndSeeks(String name) throws Exception {
        VlcPlaybackTest.Recorder events = new VlcPlaybackTest.Recorder();
        VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
        try {
            OnEdt.run(() -> {
                player.setSoundOnlyText("Sound only");
                player.addListener(events);
                player.load(MediaCorpus.file(name), false);
            });
            events.await("loaded", 10_000);
            events.await("paused", 10_000);
            assertThat(OnEdt.call(player::soundOnly)).isTrue();
            assertThat(OnEdt.call(player::isPlaying)).isFalse();
            assertThat(OnEdt.call(player::time)).isEqualTo(MediaTime.ZERO);
            assertThat(paintedCentre(player)).as("the calm picture, not a black field").isNotEqualTo(0);
            OnEdt.run(() -> player.seek(MediaTime.ofMillis(3_000)));
            assertThat(OnEdt.call(player::time).millis()).isEqualTo(3_000);
            OnEdt.run(player::play);
            events.await("playing", 10_000);
            // sound starts about 0.5 s after "playing"; on a machine without a sound card libVLC's search for an
            // output once took 3 s more (CI: 3,080 ms shown after 3 s), so the deadline leaves room for that
            long end = System.currentTimeMillis() + 6000;
            while (OnEdt.call(player::time).millis() < 3_500 && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertThat(OnEdt.call(player::time).millis()).as("played on from 3 s").isBetween(3_500L, 5_500L);
            OnEdt.run(player::pause);
            assertThat(OnEdt.call(player::isPlaying)).isFalse();
            assertThat(events.failures).isEmpty();
        } finally {
            OnEdt.run(player::close);
        }
    }

    /** Broken files fail with a message naming the file (a cut copy once its data runs out), within seconds. */
    /** (A cut WAV is not here: libVLC gives it the length of what is left and plays that; the probe finds it cut from its header.) */
    @ParameterizedTest
    @ValueSource(strings = {MediaCorpus.CUT_FASTSTART_MP4, MediaCorpus.CUT_INDEX_AT_END_MP4, MediaCorpus.CUT_MKV, MediaCorpus.CUT_M4A,
        MediaCorpus.EMPTY, MediaCorpus.RANDOM_BYTES})
    void eachBrokenFileFailsInThePlayerWithAMessage(String name) throws Exception {
        VlcPlaybackTest.Recorder events = new VlcPlaybackTest.Recorder();
        VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
        try {
            OnEdt.run(() -> {
                player.addListener(events);
                player.load(MediaCorpus.file(name), true);
                player.setRate(4.0); // a cut copy plays until its data runs out: four times faster
            });
            events.await("failed", 20_000);
            assertThat(events.failures).singleElement().asString().contains(name).contains("cannot be played");
        } finally {
            OnEdt.run(player::close);
        }
    }

    private static int paintedCentre(VlcMediaPlayer player) {
        return OnEdt.call(() -> {
            var view = (javax.swing.JComponent) player.view();
            view.setSize(320, 180);
            BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            view.paint(g);
            g.dispose();
            return image.getRGB(5, 5) & 0xffffff;
        });
    }

    private static BufferedImage waitForPicture(VlcMediaPlayer player, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            Optional<BufferedImage> frame = OnEdt.call(player::snapshot);
            if (frame.isPresent()) {
                return frame.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no picture within " + timeoutMs + " ms");
    }

    /** Waits until a frame from {@code wanted} to {@code wanted + slack} is on screen; returns it. */
    private static int waitForFrame(VlcMediaPlayer player, int wanted, int slack, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        int last = -1;
        while (System.currentTimeMillis() < end) {
            OptionalInt frame = OnEdt.call(player::snapshot).map(FrameBarcode::read).orElse(OptionalInt.empty());
            if (frame.isPresent()) {
                last = frame.getAsInt();
                if (last >= wanted && last <= wanted + slack) {
                    return last;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no frame " + wanted + " within " + timeoutMs + " ms; last frame read: " + last);
    }
}
