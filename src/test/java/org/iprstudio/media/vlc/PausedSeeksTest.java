package org.iprstudio.media.vlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * The settling seek after a pause, driven by a scripted picture: each "draw" is one picture libVLC
 * puts on screen. Everything runs inside one task on the Swing thread, so the watchdog timers cannot
 * fire in between: what is checked is the order of pictures, not timing.
 */
class PausedSeeksTest {
    private static final long FRAME_0 = 100;
    private static final long FRAME_1 = 101;

    /** A picture that libVLC draws, and the seeks it was asked for. */
    private static final class ScriptedScreen implements PausedSeeks.FrameNotices {
        final List<Long> seeks = new ArrayList<>();
        long picture = FRAME_1;
        Runnable nextFrame;

        @Override
        public void onNextFrame(Runnable onRenderThread) {
            nextFrame = onRenderThread;
        }

        @Override
        public void onSwing(Runnable action) {
            action.run();
        }

        @Override
        public long pictureHash() {
            return picture;
        }

        void draw(long picture) {
            this.picture = picture;
            Runnable waiting = nextFrame;
            nextFrame = null;
            if (waiting != null) {
                waiting.run();
            }
        }

        void drawTimes(long picture, int times) {
            for (int i = 0; i < times; i++) {
                draw(picture);
            }
        }
    }

    @Test
    void aLateFrameAfterTheSettlingSeeksPictureIsFoundAndTheFrameAskedForAgain() throws Exception {
        ScriptedScreen screen = new ScriptedScreen();
        List<String> told = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            PausedSeeks seeks = new PausedSeeks(screen, screen.seeks::add);
            seeks.showOnceIdle(0, 100, 10_000, () -> told.add("settled"));
            screen.drawTimes(FRAME_1, 3); // the pause is in place: frame 1 drawn again and again (idle)
            assertThat(screen.seeks).containsExactly(0L); // frame 0: the very start (see PausedSeeks)
            screen.draw(FRAME_0); // the seek's picture
            assertThat(told).as("not settled while a late frame may still come").isEmpty();
            screen.drawTimes(FRAME_1, 4); // a frame that was on its way, and libVLC rests on it: the picture is one frame late
            assertThat(screen.seeks).as("frame 0 asked for again").containsExactly(0L, 0L);
            screen.draw(FRAME_0);
            screen.drawTimes(FRAME_0, 3);
            assertThat(told).containsExactly("settled");
            assertThat(seeks.busy()).isFalse();
        });
        assertThat(screen.picture).isEqualTo(FRAME_0);
    }

    @Test
    void aSteadyPictureSettlesWithOneSeek() throws Exception {
        ScriptedScreen screen = new ScriptedScreen();
        List<String> told = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            PausedSeeks seeks = new PausedSeeks(screen, screen.seeks::add);
            seeks.showOnceIdle(0, 100, 10_000, () -> told.add("settled"));
            screen.drawTimes(FRAME_1, 3);
            screen.draw(FRAME_0);
            screen.drawTimes(FRAME_0, 3);
            assertThat(told).containsExactly("settled");
            assertThat(screen.seeks).containsExactly(0L);
            assertThat(seeks.busy()).isFalse();
        });
    }

    @Test
    void aRequestMadeWhileTheSettlingPictureIsWatchedGoesAheadAfterIt() throws Exception {
        ScriptedScreen screen = new ScriptedScreen();
        SwingUtilities.invokeAndWait(() -> {
            PausedSeeks seeks = new PausedSeeks(screen, screen.seeks::add);
            seeks.showOnceIdle(0, 100, 10_000, null);
            screen.drawTimes(FRAME_1, 3);
            screen.draw(FRAME_0);
            seeks.show(1_000, 100, 10_000); // the person steps on at once
            screen.draw(FRAME_0);
            screen.drawTimes(FRAME_0, 3);
            assertThat(screen.seeks).containsExactly(0L, 1_050L);
        });
    }

    @Test
    void lateFramesWithoutEndAreAskedAgainTwiceAtMostAndThenSettle() throws Exception {
        ScriptedScreen screen = new ScriptedScreen();
        List<String> told = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            PausedSeeks seeks = new PausedSeeks(screen, screen.seeks::add);
            seeks.showOnceIdle(0, 100, 10_000, () -> told.add("settled"));
            screen.drawTimes(FRAME_1, 3);
            for (int i = 0; i < 3; i++) {
                screen.draw(FRAME_0);
                screen.drawTimes(FRAME_1, 4);
            }
            assertThat(screen.seeks).hasSize(3);
            assertThat(told).containsExactly("settled");
        });
    }

    /** An MPEG-2 program stream draws a passing picture on a seek before the one it rests on: the resting one is what counts. */
    @Test
    void theSettledPictureIsTheOneLibVlcRestsOnNotAPassingOne() throws Exception {
        ScriptedScreen screen = new ScriptedScreen();
        long passing = 999;
        List<String> told = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            PausedSeeks seeks = new PausedSeeks(screen, screen.seeks::add);
            seeks.showOnceIdle(0, 100, 10_000, () -> told.add("settled"));
            screen.drawTimes(FRAME_1, 3);
            for (int i = 0; i < 3; i++) {
                screen.draw(passing);
                screen.drawTimes(FRAME_0, 4);
            }
            assertThat(told).containsExactly("settled");
        });
        assertThat(screen.picture).isEqualTo(FRAME_0);
    }
}
