package org.iprstudio.media.vlc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.params.ParameterizedTest;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.media.PlaybackListener;
import org.iprstudio.testing.OnEdt;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real libVLC, real video: the demo videos carry their frame number as a barcode, so these tests
 * know which frame was decoded instead of trusting the player's clock.
 */
@Tag("vlc")
class VlcPlaybackTest {
    private static final Path VIDEO = TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4");
    private static final long FRAME_MS = 100; // the demo videos run at exactly 10 frames per second
    private static VlcRuntime vlc;

    @TempDir
    Path dir;

    @BeforeAll
    static void startLibVlc() {
        vlc = VlcRuntime.start(true);
        assertThat(vlc.problem()).as("libVLC must be installed for these tests (.ci/run installs it)").isEmpty();
    }

    @AfterAll
    static void releaseLibVlc() {
        vlc.close();
    }

    @Test
    void parsesTheDemoVideoWithoutPlayingIt() {
        MediaInfo info = vlc.newProbe().probe(VIDEO);
        assertThat(info.unplayableBecause()).isEmpty();
        assertThat(info.duration()).isEqualTo(MediaTime.parse("50:00"));
        assertThat(info.videoTracks()).isEqualTo(1);
        assertThat(info.width()).isEqualTo(320);
        assertThat(info.height()).isEqualTo(180);
    }

    @Test
    void aTextFileNamedLikeAVideoIsFoundUnplayable() throws Exception {
        Path fake = dir.resolve("session.mp4");
        Files.writeString(fake, "this is not a video\n".repeat(100));
        assertThat(vlc.newProbe().probe(fake).unplayableBecause()).isPresent();
    }

    @Test
    void playsTheDemoVideoAndShowsTheFrameItsClockSays() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, true, events);
        events.await("playing", 10_000);
        Thread.sleep(1500);
        // read the frame on screen and the player's time together, on the Swing thread where both live
        Object[] sample = OnEdt.call(() -> new Object[] {player.snapshot(), player.time()});
        @SuppressWarnings("unchecked")
        OptionalInt frame = ((Optional<BufferedImage>) sample[0]).map(FrameBarcode::read).orElse(OptionalInt.empty());
        MediaTime time = (MediaTime) sample[1];
        assertThat(frame).as("a decoded frame with a readable barcode").isPresent();
        assertThat(frame.getAsInt()).isGreaterThan(5);
        long frameStart = frame.getAsInt() * FRAME_MS;
        // interpolated time and frame on screen agree within a few frames (libVLC's own reports trail by up to 480 ms)
        assertThat(Math.abs(time.millis() - frameStart)).as("time %s vs frame %d", time, frame.getAsInt()).isLessThan(400);
    }

    /** A paused seek shows exactly the frame that starts at or before the target, and the time is that frame's start; 25 times over. */
    @RepeatedTest(25)
    void aPausedSeekShowsTheFrameAtTheTarget() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, false, events);
        events.await("loaded", 10_000);
        events.await("paused", 10_000);
        OnEdt.run(() -> player.seek(MediaTime.ofMillis(123_450)));
        assertThat(waitForFrame(player, n -> n == 1234, 5000)).isEqualTo(1234);
        assertThat(OnEdt.call(player::time)).isEqualTo(MediaTime.ofMillis(123_400));
        assertThat(OnEdt.call(player::isPlaying)).isFalse();
    }

    @Test
    void aVideoLoadedPausedShowsItsFirstFrameAtZero() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, false, events);
        events.await("paused", 10_000);
        assertThat(waitForFrame(player, n -> n == 0, 5000)).isZero();
        Thread.sleep(300);
        assertThat(frameOnScreen(player)).isZero();
        assertThat(OnEdt.call(player::time)).isEqualTo(MediaTime.ZERO);
        assertThat(events.seen).doesNotContain("playing");
    }

    /**
     * Play pressed while a paused start is still bringing its picture to frame 0 (the session cued paused, the person quick):
     * it plays and stays playing; the start-up's late "paused" news and its settling seek must not follow. Pressed at
     * several points of the start-up, since the window is a few hundred milliseconds.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 60, 120, 180, 240})
    void playPressedDuringAPausedStartPlaysAndStaysPlaying(int delayAfterFirstFrameMs) throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, false, events);
        long end = System.currentTimeMillis() + 10_000;
        while (OnEdt.call(player::snapshot).map(FrameBarcode::read).orElse(OptionalInt.empty()).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("a first frame").isLessThan(end);
            Thread.sleep(5);
        }
        Thread.sleep(delayAfterFirstFrameMs);
        OnEdt.run(player::play);
        events.await("playing", 10_000);
        Thread.sleep(1500);
        List<String> afterPlaying = events.seen.subList(events.seen.lastIndexOf("playing"), events.seen.size());
        assertThat(afterPlaying).as("events after playing").doesNotContain("paused");
        assertThat(OnEdt.call(player::isPlaying)).isTrue();
        assertThat(OnEdt.call(player::time).millis()).as("the clock runs from the start").isGreaterThan(1000);
    }

    /**
     * Play pressed the moment a paused load is loaded (the "loaded" news told, the start-up pause not yet in place, or just
     * asked for): it plays. The start had already consumed libVLC's only "playing" event, so nothing told "playing" and the
     * clock stood still at 0:00 while the video ran muted, or the start-up pause went through and stayed (seen once in a
     * five-run CI series, with Play pressed as the first frame came).
     */
    @RepeatedTest(3)
    void playPressedAsAPausedLoadIsLoadedPlays() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer[] holder = new VlcMediaPlayer[1];
        PlaybackListener playOnLoad = new PlaybackListener() {
            @Override
            public void loaded(MediaTime duration) {
                javax.swing.SwingUtilities.invokeLater(holder[0]::play); // as a person would: after the window was told
            }
        };
        VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
        opened.add(player);
        holder[0] = player;
        OnEdt.run(() -> {
            player.addListener(playOnLoad);
            player.addListener(events);
            player.load(VIDEO, false);
        });
        events.await("playing", 10_000);
        Thread.sleep(1500);
        assertThat(OnEdt.call(player::isPlaying)).isTrue();
        assertThat(events.seen.subList(events.seen.lastIndexOf("playing"), events.seen.size())).doesNotContain("paused");
        assertThat(OnEdt.call(player::time).millis()).as("the clock runs from the start").isGreaterThan(1000);
        int frame = waitForFrame(player, n -> n > 10, 3000);
        assertThat(frame).as("the picture runs too").isGreaterThan(10);
    }

    /**
     * Play pressed just after the start-up pause was asked for, before libVLC carried it out: it plays. The Swing thread
     * is held for a second while the video starts, so libVLC's "playing" and the first frame wait in its queue; Play is
     * queued behind them and so runs right after the first frame asked for the pause. Asking libVLC to play at once
     * did nothing: it merged the play with the pause still waiting in its queue, and no news came (seen as
     * playPressedDuringAPausedStartPlaysAndStaysPlaying[0 ms] on a loaded machine).
     */
    @RepeatedTest(3)
    void playPressedRightAfterTheStartUpPauseWasAskedPlays() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, false, events);
        javax.swing.SwingUtilities.invokeLater(() -> {
            try {
                Thread.sleep(1000); // the start's news queues up behind this
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            javax.swing.SwingUtilities.invokeLater(player::play);
        });
        events.await("playing", 10_000);
        Thread.sleep(1500);
        assertThat(OnEdt.call(player::isPlaying)).isTrue();
        assertThat(events.seen.subList(events.seen.lastIndexOf("playing"), events.seen.size())).doesNotContain("paused");
        assertThat(OnEdt.call(player::time).millis()).as("the clock runs").isGreaterThan(1000);
        int frame = waitForFrame(player, n -> n > 10, 3000);
        assertThat(frame).as("the picture runs too").isGreaterThan(10);
    }

    /**
     * A transcript next to the video (the demo's D01-S3.vtt) is not drawn over the picture: libVLC loads such files by
     * itself, and so showed the transcript on the recall screen whatever the study's protocol said. The picture at a time
     * inside the first cue equals the picture of the same video in a folder without the transcript.
     */
    @Test
    void aTranscriptFileBesideTheVideoIsNeverDrawnOverThePicture(@org.junit.jupiter.api.io.TempDir Path alone) throws Exception {
        assertThat(VIDEO.resolveSibling("D01-S3.vtt")).exists();
        Path copy = java.nio.file.Files.copy(VIDEO, alone.resolve("D01-S3.mp4"));
        java.awt.image.BufferedImage beside = pictureAt(VIDEO, 120_050, 1200);
        java.awt.image.BufferedImage without = pictureAt(copy, 120_050, 1200);
        assertThat(FrameBarcode.read(beside)).hasValue(1200);
        int differing = 0;
        for (int y = 0; y < beside.getHeight(); y++) {
            for (int x = 0; x < beside.getWidth(); x++) {
                if (beside.getRGB(x, y) != without.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ (subtitles drawn)").isZero();
    }

    private java.awt.image.BufferedImage pictureAt(Path video, long millis, int frame) throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(video, false, events);
        events.await("paused", 10_000);
        OnEdt.run(() -> player.seek(MediaTime.ofMillis(millis)));
        assertThat(waitForFrame(player, n -> n == frame, 5000)).isEqualTo(frame);
        Thread.sleep(300); // a subtitle is drawn with the frame, or a moment after
        return OnEdt.call(player::snapshot).orElseThrow();
    }

    /** Go to 12:34.5 on a 10 fps video is frame 7545; each frame step shows the next frame and the time moves with the picture. */
    @Test
    void goToATimeAndFrameStepsKeepTheTimeAndThePictureOnOneFrame() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, false, events);
        events.await("paused", 10_000);
        OnEdt.run(() -> player.seek(MediaTime.parse("12:34.5")));
        assertThat(waitForFrame(player, n -> n == 7545, 5000)).isEqualTo(7545);
        for (int frame = 7546; frame <= 7549; frame++) {
            OnEdt.run(player::nextFrame);
            int wanted = frame;
            assertThat(waitForFrame(player, n -> n == wanted, 5000)).isEqualTo(wanted);
            assertThat(OnEdt.call(player::time).millis()).isEqualTo(frame * FRAME_MS);
        }
        OnEdt.run(() -> player.seek(player.time().minusClamped(player.frameDuration())));
        assertThat(waitForFrame(player, n -> n == 7548, 5000)).isEqualTo(7548);
        assertThat(OnEdt.call(player::time).millis()).isEqualTo(7548 * FRAME_MS);
    }

    /** Paused while playing: the time shown and the picture are the same frame once libVLC has stopped. */
    @Test
    void afterAPauseTheTimeAndThePictureAreOneFrame() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, true, events);
        events.await("playing", 10_000);
        for (int i = 0; i < 3; i++) {
            Thread.sleep(700 + 137 * i);
            MediaTime paused = OnEdt.call(() -> {
                player.pause();
                return player.time();
            });
            assertThat(paused.millis() % FRAME_MS).as("a paused position is a frame's start").isZero();
            int wanted = (int) (paused.millis() / FRAME_MS);
            assertThat(waitForFrame(player, n -> n == wanted, 5000)).isEqualTo(wanted);
            Thread.sleep(300);
            assertThat(frameOnScreen(player)).as("the picture stays on the paused frame").isEqualTo(wanted);
            assertThat(OnEdt.call(player::time)).isEqualTo(paused);
            OnEdt.run(player::play);
        }
    }

    @Test
    void aPauseDuringStartUpIsHonoured() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
        try {
            OnEdt.run(() -> {
                player.addListener(events);
                player.load(VIDEO, true);
                player.pause();
            });
            events.await("loaded", 10_000);
            events.await("paused", 10_000);
            assertThat(waitForFrame(player, n -> n == 0, 5000)).isZero();
            Thread.sleep(500);
            assertThat(OnEdt.call(player::isPlaying)).isFalse();
            assertThat(OnEdt.call(player::time)).isEqualTo(MediaTime.ZERO);
            assertThat(frameOnScreen(player)).as("the picture stays on the first frame").isZero();
        } finally {
            OnEdt.run(player::close);
        }
    }

    /** A session whose video is missing: the previous video stops instead of playing on behind the message. */
    @Test
    void loadingAMissingFileStopsTheVideoThatWasPlaying() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, true, events);
        events.await("playing", 10_000);
        OnEdt.run(() -> player.load(dir.resolve("gone.mp4"), true));
        events.await("failed", 5_000);
        Thread.sleep(500);
        assertThat(OnEdt.call(player::nativelyPlaying)).isFalse();
        assertThat(OnEdt.call(player::isPlaying)).isFalse();
    }

    /** A new video loaded while the last one is still reporting: only the new one's events count. */
    @RepeatedTest(5)
    void eventsOfThePreviousVideoAreDropped() throws Exception {
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(VIDEO, true, events);
        events.await("playing", 10_000);
        Thread.sleep(1200);
        OnEdt.run(() -> {
            player.load(TestStudies.DEMO_FOLDER.resolve("media/D02-S3.mp4"), false);
            player.seek(MediaTime.ofMillis(30_000));
        });
        assertThat(waitForFrame(player, n -> n == 300, 10_000)).isEqualTo(300);
        Thread.sleep(500);
        assertThat(OnEdt.call(player::isPlaying)).isFalse();
        assertThat(OnEdt.call(player::time)).isEqualTo(MediaTime.ofMillis(30_000));
        assertThat(frameOnScreen(player)).isEqualTo(300);
    }

    /** libVLC is released last: players still alive when the runtime closes are stopped and released first. */
    @Test
    void closingTheRuntimeReleasesItsLivePlayersFirst() throws Exception {
        VlcRuntime own = VlcRuntime.start(true);
        VlcMediaPlayer player = OnEdt.call(own::newPlayer);
        Recorder events = new Recorder();
        OnEdt.run(() -> {
            player.addListener(events);
            player.load(VIDEO, true);
        });
        events.await("playing", 10_000);
        assertThat(own.livePlayers()).isEqualTo(1);
        OnEdt.run(own::close);
        assertThat(own.livePlayers()).isZero();
        assertThat(player.isClosed()).isTrue();
        VlcMediaPlayer second = OnEdt.call(vlc::newPlayer);
        OnEdt.run(second::close);
        assertThat(vlc.livePlayers()).as("a released player leaves the runtime's list").isZero();
    }

    /** A new player with the recorder listening, loading the video; released after the test. */
    private VlcMediaPlayer load(Path video, boolean autoPlay, Recorder events) {
        VlcMediaPlayer made = OnEdt.call(vlc::newPlayer);
        opened.add(made);
        OnEdt.run(() -> {
            made.addListener(events);
            made.load(video, autoPlay);
        });
        return made;
    }

    private final List<VlcMediaPlayer> opened = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void releasePlayers() {
        opened.forEach(p -> OnEdt.run(p::close));
    }

    private static int frameOnScreen(VlcMediaPlayer player) {
        return OnEdt.call(player::snapshot).map(FrameBarcode::read).orElse(OptionalInt.empty()).orElse(-1);
    }

    @Test
    void aTextFileNamedLikeAVideoFailsWithAMessageInsteadOfPlayingNothing() throws Exception {
        Path fake = dir.resolve("session.mp4");
        Files.writeString(fake, "this is not a video\n".repeat(100));
        Recorder events = new Recorder();
        VlcMediaPlayer player = load(fake, true, events);
        events.await("failed", 10_000);
        assertThat(events.failures).singleElement().asString().contains("session.mp4").contains("cannot be played");
    }

    private static int waitForFrame(VlcMediaPlayer player, java.util.function.IntPredicate wanted, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        int last = -1;
        while (System.currentTimeMillis() < end) {
            OptionalInt frame = OnEdt.call(player::snapshot).map(FrameBarcode::read).orElse(OptionalInt.empty());
            if (frame.isPresent()) {
                last = frame.getAsInt();
                if (wanted.test(last)) {
                    return last;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no wanted frame within " + timeoutMs + " ms; last frame read: " + last);
    }

    /** Collects what the player reported, in order. */
    static final class Recorder implements PlaybackListener {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();

        @Override
        public void loaded(MediaTime duration) {
            seen.add("loaded");
        }

        @Override
        public void playing() {
            seen.add("playing");
        }

        @Override
        public void paused() {
            seen.add("paused");
        }

        @Override
        public void failed(String message) {
            failures.add(message);
            seen.add("failed");
        }

        void await(String event, long timeoutMs) throws InterruptedException {
            long end = System.currentTimeMillis() + timeoutMs;
            while (!seen.contains(event)) {
                if (System.currentTimeMillis() > end) {
                    throw new AssertionError("no '" + event + "' within " + timeoutMs + " ms; seen: " + seen);
                }
                Thread.sleep(10);
            }
        }
    }
}
