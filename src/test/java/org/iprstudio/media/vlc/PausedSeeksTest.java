package org.iprstudio.media.vlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Paused seeks against a stand-in for libVLC that redraws its picture every 20 ms, as libVLC does
 * while paused, and that can lose seeks: the case seen once in a loaded full run, where a seek and
 * its retries brought no new picture and the frame on screen stayed one frame off.
 */
class PausedSeeksTest {
    private static final long FRAME_MS = 100;
    private final FakeVideo video = new FakeVideo();
    private final PausedSeeks seeks = GuiActionRunner.execute(() -> new PausedSeeks(video, video::setTime));

    @AfterEach
    void stop() {
        GuiActionRunner.execute(seeks::reset);
        video.renderer.shutdownNow();
    }

    @Test
    void aSeekLostWithItsRetriesGoesRoundByANearbyFrameAndEndsOnTheWantedOne() {
        video.onScreen.set(13);
        video.seeksToLose.set(3); // the seek and both of its retries
        showAndWait(1200);
        assertThat(video.onScreen.get()).as("frame on screen").isEqualTo(12);
        assertThat(video.lost).isEmpty();
        assertThat(video.asked).as("the three lost tries, the nearby frame, the wanted frame again").hasSize(5);
        assertThat(video.asked.get(3) / FRAME_MS).isEqualTo(10);
        assertThat(video.asked.get(4) / FRAME_MS).isEqualTo(12);
    }

    /** As seen in a loaded run: the step from 7545 to 7546 was lost, and the frame before the wanted one was on screen. */
    @Test
    void aLostFrameStepGoesRoundByAFrameThatIsNotTheOneOnScreen() {
        video.onScreen.set(11);
        video.seeksToLose.set(3);
        showAndWait(1200);
        assertThat(video.onScreen.get()).isEqualTo(12);
        assertThat(video.lost).isEmpty();
    }

    @Test
    void theFirstFrameGoesRoundByTheThird() {
        video.onScreen.set(5);
        video.seeksToLose.set(3);
        showAndWait(0);
        assertThat(video.onScreen.get()).isZero();
        assertThat(video.asked.get(3) / FRAME_MS).isEqualTo(2);
        assertThat(video.lost).isEmpty();
    }

    @Test
    void theWantedFrameOnScreenAllAlongIsNotCalledLost() {
        video.onScreen.set(12); // not known to the seeks: a seek to it draws no new picture
        showAndWait(1200);
        assertThat(video.onScreen.get()).isEqualTo(12);
        assertThat(video.lost).isEmpty();
    }

    @Test
    void whenNoSeekIsAnsweredAtAllItSaysSoInsteadOfClaimingTheFrame() {
        video.onScreen.set(13);
        video.seeksToLose.set(Integer.MAX_VALUE);
        showAndWait(1200);
        assertThat(video.onScreen.get()).isEqualTo(13);
        assertThat(video.lost).containsExactly(1200L);
    }

    @Test
    void aNewRequestDuringTheDetourGoesAheadOfIt() {
        video.onScreen.set(13);
        video.seeksToLose.set(3);
        GuiActionRunner.execute(() -> seeks.show(1200, FRAME_MS, 60_000));
        Pause.pause(new Condition("the detour to begin") {
            @Override
            public boolean test() {
                return video.asked.size() >= 4;
            }
        }, Timeout.timeout(5000));
        GuiActionRunner.execute(() -> seeks.show(3000, FRAME_MS, 60_000));
        waitUntilDone();
        assertThat(video.onScreen.get()).isEqualTo(30);
        assertThat(video.lost).isEmpty();
    }

    private void showAndWait(long frameStart) {
        GuiActionRunner.execute(() -> seeks.show(frameStart, FRAME_MS, 60_000));
        waitUntilDone();
    }

    private void waitUntilDone() {
        Pause.pause(new Condition("the seek to end") {
            @Override
            public boolean test() {
                return !GuiActionRunner.execute(seeks::busy);
            }
        }, Timeout.timeout(10_000));
    }

    /** The picture is a frame number; a seek shows the frame that contains the time asked for, unless it is lost. */
    private static final class FakeVideo implements PausedSeeks.FrameNotices {
        final AtomicInteger onScreen = new AtomicInteger();
        final AtomicInteger seeksToLose = new AtomicInteger();
        final List<Long> asked = new CopyOnWriteArrayList<>();
        final List<Long> lost = new CopyOnWriteArrayList<>();
        final AtomicReference<Runnable> waiting = new AtomicReference<>();
        final ScheduledExecutorService renderer = Executors.newSingleThreadScheduledExecutor();
        private volatile int pending = -1;

        FakeVideo() {
            renderer.scheduleAtFixedRate(this::draw, 20, 20, TimeUnit.MILLISECONDS);
        }

        void setTime(long millis) {
            asked.add(millis);
            if (seeksToLose.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                return;
            }
            pending = (int) (millis / FRAME_MS);
        }

        private void draw() {
            int next = pending;
            if (next >= 0) {
                onScreen.set(next);
                pending = -1;
            }
            Runnable notice = waiting.getAndSet(null);
            if (notice != null) {
                notice.run();
            }
        }

        @Override
        public void onNextFrame(Runnable onRenderThread) {
            waiting.set(onRenderThread);
        }

        @Override
        public void onSwing(Runnable action) {
            SwingUtilities.invokeLater(action);
        }

        @Override
        public long pictureHash() {
            return onScreen.get() * 7919L + 1;
        }

        @Override
        public void lost(long frameStart) {
            lost.add(frameStart);
        }
    }
}
