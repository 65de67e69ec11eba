package org.iprstudio.media.vlc;

import java.util.function.LongConsumer;
import javax.swing.Timer;

/**
 * Paused seeks, one at a time, on the Swing thread.
 *
 * <ul>
 * <li>libVLC shows the last frame that starts strictly before a seek target, so a seek asks for
 * the middle of the wanted frame; with VP9 and MJPEG it shows the first frame that starts at or
 * after the target, so there it asks for a moment before the wanted frame ({@link #roundsUp}).</li>
 * <li>While paused, libVLC draws the picture it has again about 16 times a second. A seek is done
 * when a picture different from the one before it is drawn; if none comes within 150 ms it is
 * asked again at another point of the same frame (twice at most: the frame may already be the one
 * on screen), then the next one goes ahead.</li>
 * <li>Right after a pause libVLC may still draw a frame or two that were on their way, and a seek
 * made then can be lost for good (seen about once in ten loads over a playing video). So the seek
 * that brings the picture to the paused position waits until libVLC draws the same picture three times
 * (it is idle), and a seek asked for while one is under way waits for it (only the latest such
 * request is kept).</li>
 * <li>Rarely (once in a loaded full run) libVLC loses a paused seek and every retry: the picture
 * stays. Then the seek goes round by a nearby frame: a new picture there proves libVLC
 * answers again, and the wanted frame is asked for afresh. This also settles the harmless case
 * where the wanted frame was on screen all along. If libVLC answers neither, the picture may not
 * be the paused position's frame, and {@link FrameNotices#lost} says so.</li>
 * </ul>
 */
final class PausedSeeks {
    private static final int RETRIES = 2;
    /** Where in the wanted frame each try aims, in quarters of a frame: the middle, then either side of it. */
    private static final int[] AIM_QUARTERS = {2, 1, 3};

    /** Hands a "tell me when the next frame is drawn" request to the surface, and the news back to the Swing thread. */
    interface FrameNotices {
        void onNextFrame(Runnable onRenderThread);

        void onSwing(Runnable action);

        /** A fingerprint of the picture on screen (readable on any thread). */
        long pictureHash();

        /** The frame that starts at {@code frameStart} could not be brought on screen (on the Swing thread). */
        default void lost(long frameStart) {
        }
    }

    /** Where a seek that brought no new picture stands in going round by the neighbouring frame. */
    private enum Detour { NONE, TO_NEIGHBOUR, BACK_TO_TARGET }

    private final FrameNotices frames;
    private final LongConsumer setTime;
    private final Timer watchdog = new Timer(150, e -> noNewPicture());
    private final Timer settleWatchdog = new Timer(600, e -> settled());
    private boolean inFlight;
    private boolean settling;
    private long inFlightFrame = -1;
    private long queuedFrame = -1;
    private int retries;
    private long frameMillis;
    private long lastTime = Long.MAX_VALUE;
    /** The last frame known to be on screen, with its picture's fingerprint: a seek to it while it is still drawn needs nothing. */
    private long knownFrame = -1;
    private long knownHash;
    private Detour detour = Detour.NONE;
    private boolean roundsUp;

    PausedSeeks(FrameNotices frames, LongConsumer setTime) {
        this.frames = frames;
        this.setTime = setTime;
        watchdog.setRepeats(false);
        settleWatchdog.setRepeats(false);
    }

    /** Shows the frame that starts at {@code frameStart}, of a video whose frames last {@code frameMillis} and whose last time is {@code lastTime}. */
    void show(long frameStart, long frameMillis, long lastTime) {
        this.frameMillis = frameMillis;
        this.lastTime = lastTime;
        if (inFlight) {
            queuedFrame = frameStart;
            return;
        }
        if (frameStart == knownFrame && frames.pictureHash() == knownHash) {
            return; // that picture is on screen
        }
        inFlight = true;
        if (frameStart != inFlightFrame) {
            retries = 0;
        }
        inFlightFrame = frameStart;
        awaitNewPicture(frames.pictureHash());
        watchdog.restart();
        setTime.accept(aim(frameStart, AIM_QUARTERS[retries]));
    }

    /** As {@link #show}, just after a pause: once libVLC has drawn its last frames and is idle. */
    void showOnceIdle(long frameStart, long frameMillis, long lastTime) {
        this.frameMillis = frameMillis;
        this.lastTime = lastTime;
        if (inFlight) {
            queuedFrame = frameStart;
            return;
        }
        inFlight = true;
        settling = true;
        queuedFrame = frameStart;
        awaitIdle(frames.pictureHash(), 0);
        settleWatchdog.restart();
    }

    /**
     * Whether libVLC shows the first frame that starts at or after a seek target (VP9, MJPEG:
     * measured), not the last one before it (H.264, HEVC, MPEG-2). Set for each video once it plays.
     */
    void roundsUp(boolean up) {
        roundsUp = up;
    }

    /** The time to ask for, so that libVLC shows the frame that starts at {@code frameStart}: inside it, or for decoders that round up, just before it. */
    private long aim(long frameStart, int quarters) {
        long time = roundsUp ? frameStart - frameMillis * (4 - quarters) / 4 : frameStart + frameMillis * quarters / 4;
        return Math.max(0, Math.min(time, Math.max(0, lastTime)));
    }

    boolean busy() {
        return inFlight;
    }

    /** Forgets everything asked (a new video, playback resumed, the player closed). */
    void reset() {
        watchdog.stop();
        settleWatchdog.stop();
        inFlight = false;
        settling = false;
        inFlightFrame = -1;
        queuedFrame = -1;
        knownFrame = -1;
        detour = Detour.NONE;
        roundsUp = false;
        frames.onNextFrame(null);
    }

    private void awaitNewPicture(long before) {
        frames.onNextFrame(() -> {
            if (frames.pictureHash() == before) {
                awaitNewPicture(before); // the old picture drawn again
            } else {
                long now = frames.pictureHash();
                frames.onSwing(() -> {
                    if (detour == Detour.TO_NEIGHBOUR) {
                        backToTarget();
                        return;
                    }
                    detour = Detour.NONE;
                    remember(inFlightFrame, now);
                    shown();
                });
            }
        });
    }

    private void remember(long frame, long pictureHash) {
        knownFrame = frame;
        knownHash = pictureHash;
    }

    /** Idle: the same picture drawn {@link #IDLE_DRAWS} times in a row (a frame on its way can follow a single redraw). */
    private void awaitIdle(long previous, int sameSoFar) {
        frames.onNextFrame(() -> {
            long now = frames.pictureHash();
            if (now != previous) {
                awaitIdle(now, 0);
            } else if (sameSoFar + 1 >= IDLE_DRAWS) {
                frames.onSwing(this::settled);
            } else {
                awaitIdle(now, sameSoFar + 1);
            }
        });
    }

    private static final int IDLE_DRAWS = 3;

    /** libVLC is idle: the paused position's frame is asked for even if it seems to be on screen (a late frame may still come otherwise). */
    private void settled() {
        if (!settling) {
            return;
        }
        settling = false;
        settleWatchdog.stop();
        frames.onNextFrame(null);
        inFlight = false;
        knownFrame = -1;
        long frame = queuedFrame;
        queuedFrame = -1;
        show(frame, frameMillis, lastTime);
    }

    private void noNewPicture() {
        if (!inFlight || settling) {
            return;
        }
        inFlight = false;
        frames.onNextFrame(null);
        if (queuedFrame >= 0) {
            detour = Detour.NONE; // a newer request goes ahead
            shown();
        } else if (detour != Detour.TO_NEIGHBOUR && retries < RETRIES) {
            retries++;
            show(inFlightFrame, frameMillis, lastTime);
        } else if (detour == Detour.NONE) {
            toNeighbour();
        } else {
            detour = Detour.NONE; // libVLC answered neither the neighbour nor, again, the target
            watchdog.stop();
            frames.lost(inFlightFrame);
            shown();
        }
    }

    /**
     * Asks for a frame two before the wanted one (two after it near the start): not the frame next
     * to it, because that is the one on screen when a frame step is lost.
     */
    private void toNeighbour() {
        detour = Detour.TO_NEIGHBOUR;
        inFlight = true;
        long neighbour = inFlightFrame >= 2 * frameMillis ? inFlightFrame - 2 * frameMillis : inFlightFrame + 2 * frameMillis;
        awaitNewPicture(frames.pictureHash());
        watchdog.restart();
        setTime.accept(aim(neighbour, 2));
    }

    /** The neighbour came: libVLC answers seeks again. The wanted frame is asked for afresh, with its retries. */
    private void backToTarget() {
        watchdog.stop();
        inFlight = false;
        if (queuedFrame >= 0) {
            detour = Detour.NONE;
            shown();
            return;
        }
        detour = Detour.BACK_TO_TARGET;
        retries = 0;
        knownFrame = -1;
        show(inFlightFrame, frameMillis, lastTime);
    }

    private void shown() {
        watchdog.stop();
        inFlight = false;
        if (queuedFrame >= 0) {
            long next = queuedFrame;
            queuedFrame = -1;
            show(next, frameMillis, lastTime);
        }
    }
}
