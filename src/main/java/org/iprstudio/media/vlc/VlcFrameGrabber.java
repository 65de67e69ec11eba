package org.iprstudio.media.vlc;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.FrameGrabber;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.VideoTrackInfo;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;

/**
 * Stills through libVLC without a window: the video is started muted at the wanted time
 * (libVLC's {@code start-time} option) into a memory surface, and the first picture it shows is
 * copied. libVLC's render thread only copies pixels and counts down; every call into libVLC
 * happens on the caller's thread (vlcj's threading rule).
 */
final class VlcFrameGrabber implements FrameGrabber {
    private static final long WAIT_MS = 8_000;
    /** How far before the anchor playback starts. */
    private static final long LEAD_MS = 2_000;
    /** How long to wait for the paused picture to settle. */
    private static final long SETTLE_MS = 1_500;
    /** How long a paused seek may take to draw its frame (seconds under load). */
    private static final long CHANGE_MS = 2_500;
    /** Half a frame at 25 fps, when the video does not tell its frame rate. */
    private static final long DEFAULT_HALF_FRAME_MS = 20;

    private final EmbeddedMediaPlayer player;
    private final Capture capture = new Capture();
    private final Runnable onClose;
    private boolean closed;

    VlcFrameGrabber(MediaPlayerFactory factory, Runnable onClose) {
        this.onClose = onClose;
        player = factory.mediaPlayers().newEmbeddedMediaPlayer();
        player.videoSurface().set(factory.videoSurfaces().newVideoSurface(capture.callbacks, capture.callbacks, true));
    }

    @Override
    public synchronized Optional<BufferedImage> grab(Path file, MediaTime at) {
        if (closed || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // start a little before the time (libVLC's start-time lands on a key frame at or before it), so
        // that the exact seek below always brings a new picture and its end can be seen
        long lead = Math.max(0, at.millis() - LEAD_MS);
        String start = String.format(java.util.Locale.ROOT, ":start-time=%.3f", lead / 1000.0);
        CountDownLatch first = capture.expect(1);
        if (!player.media().start(file.toAbsolutePath().toString(), start, ":no-audio")) {
            return Optional.empty();
        }
        try {
            if (!first.await(WAIT_MS, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            // ... then pause and seek exactly: paused, libVLC shows the last frame that starts before
            // the target, so the middle of the frame that holds the anchor is asked for. Frames on their
            // way when the pause came may still be drawn and a seek made then can be lost, so the seek
            // waits until the paused picture is drawn unchanged (libVLC redraws it several times a
            // second); the seek is done when a different picture is drawn. No new picture means the
            // one shown was already the frame (or the seek was lost: asked once more).
            player.controls().setPause(true);
            capture.awaitStable(SETTLE_MS);
            long target = at.millis() + halfFrameMillis();
            for (int attempt = 0; attempt < 2; attempt++) {
                CountDownLatch changed = capture.expectChange();
                player.controls().setTime(target + attempt);
                if (changed.await(attempt == 0 ? CHANGE_MS : CHANGE_MS / 2, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            capture.awaitStable(SETTLE_MS);
            return capture.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            player.controls().stop();
        }
    }

    /** The middle of the frame that starts at the anchor is where a paused seek lands on it for sure. */
    private long halfFrameMillis() {
        var info = player.media().info();
        if (info != null) {
            for (VideoTrackInfo track : info.videoTracks()) {
                if (track.frameRate() > 0 && track.frameRateBase() > 0) {
                    return Math.max(1, Math.round(500.0 * track.frameRateBase() / track.frameRate()));
                }
            }
        }
        return DEFAULT_HALF_FRAME_MS;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        player.controls().stop();
        player.release();
        onClose.run();
    }

    /** The memory surface: keeps the latest frame, and counts draws down for the one waiting. */
    private static final class Capture {
        private final Object lock = new Object();
        private int width;
        private int height;
        private int[] pixels;
        private CountDownLatch waiting = new CountDownLatch(0);
        private CountDownLatch change = new CountDownLatch(0);
        private CountDownLatch stable = new CountDownLatch(0);
        private long changeFrom;
        private long hash;
        private long previousHash;

        CountDownLatch expect(int draws) {
            synchronized (lock) {
                waiting = new CountDownLatch(draws);
                return waiting;
            }
        }

        /** Counts down when a picture different from the one shown now is drawn. */
        CountDownLatch expectChange() {
            synchronized (lock) {
                changeFrom = hash;
                change = new CountDownLatch(1);
                return change;
            }
        }

        /** Waits until the same picture has been drawn twice in a row (libVLC is idle, paused). */
        void awaitStable(long millis) throws InterruptedException {
            CountDownLatch latch;
            synchronized (lock) {
                stable = new CountDownLatch(1);
                latch = stable;
            }
            latch.await(millis, TimeUnit.MILLISECONDS);
        }

        Optional<BufferedImage> take() {
            synchronized (lock) {
                if (pixels == null) {
                    return Optional.empty();
                }
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                System.arraycopy(pixels, 0, target, 0, Math.min(target.length, pixels.length));
                pixels = null;
                return Optional.of(image);
            }
        }

        /** vlcj's callbacks, held here so they live as long as the capture. */
        final Rv32Frames callbacks = new Rv32Frames(this::sizeChosen, this::frameArrived);

        private void sizeChosen(int sourceWidth, int sourceHeight) {
            synchronized (lock) {
                width = sourceWidth;
                height = sourceHeight;
                pixels = null;
            }
        }

        private void frameArrived(ByteBuffer nativeFrame) {
            synchronized (lock) {
                if (pixels == null || pixels.length != width * height) {
                    pixels = new int[width * height];
                }
                Rv32Frames.copy(nativeFrame, pixels);
                previousHash = hash;
                hash = Rv32Frames.fingerprint(pixels);
                waiting.countDown();
                if (hash != changeFrom) {
                    change.countDown();
                }
                if (hash == previousHash) {
                    stable.countDown();
                }
            }
        }
    }
}
