package org.iprstudio.media.vlc;

import java.util.function.LongConsumer;
import javax.swing.Timer;

/**
 * Paused seeks, one at a time, on the Swing thread.
 *
 * <ul>
 * <li>libVLC shows the last frame that starts strictly before a seek target, so a seek asks for
 * the middle of the wanted frame; with VP9 and MJPEG it shows the first frame that starts at or
 * after the target, so there it asks for a moment before the wanted frame ({@link #roundsUp}).
 * Frame 0 is asked for at 0 itself (measured: HEVC in Matroska showed frame 1 for a seek to the
 * middle of frame 0, an MPEG-2 program stream frame 5).</li>
 * <li>While paused, libVLC draws the picture it has again about 16 times a second. A seek is done
 * when a picture different from the one before it is drawn; if none comes within 150 ms it is
 * asked again at another point of the same frame (twice at most: the frame may already be the one
 * on screen), then the next one goes ahead.</li>
 * <li>Right after a pause libVLC may still draw a frame or two that were on their way, and a seek
 * made then can be lost for good (seen about once in ten loads over a playing video). So the seek
 * that brings the picture to the paused position waits until libVLC draws the same picture three times
 * (it is idle), and a seek asked for while one is under way waits for it (only the latest such
 * request is kept).</li>
 * <li>A seek's first new picture is not always the one libVLC rests on: a late frame can follow it, and an
 * MPEG-2 program stream first draws a grey, half-decoded picture. So the seek that settles a pause counts as
 * done only once libVLC is idle again, and whoever waits for the paused picture (a paused start's "paused"
 * news) is told only then.</li>
 * <li>A paused start whose first picture (frame 0, by definition) is still the one at rest needs no seek at
 * all: seeking a program stream to 0 draws a grey picture first, and sometimes rests on it.</li>
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
    private final Timer settleWatchdog = new Timer(600, e -> {
        // not idle within the time: frames may still be on their way (a loaded machine), so the picture on screen proves
        // nothing and the paused position's frame is asked for even if it seems to be there already
        knownFrame = -1;
        settled();
    });
    private final Timer verifyWatchdog = new Timer(400, e -> verified());
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
    /** The seek under way settles a pause: it counts as shown once libVLC rests on a picture. */
    private boolean verifyAfter;
    private boolean verifying;
    private Runnable whenSettled;
    private Detour detour = Detour.NONE;
    private boolean roundsUp;
    private boolean firstPictureTrusted;

    PausedSeeks(FrameNotices frames, LongConsumer setTime) {
        this.frames = frames;
        this.setTime = setTime;
        watchdog.setRepeats(false);
        settleWatchdog.setRepeats(false);
        verifyWatchdog.setRepeats(false);
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
            if (verifyAfter) {
                verifyAfter = false; // the settled pause's picture is already the right one
                runWhenSettled();
            }
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
        showOnceIdle(frameStart, frameMillis, lastTime, null);
    }

    /**
     * As {@link #showOnceIdle(long, long, long)}, and {@code whenSettled} runs (on the Swing thread) once the
     * frame is on screen and stays there, or once that could not be had; never if {@link #reset} comes first.
     */
    void showOnceIdle(long frameStart, long frameMillis, long lastTime, Runnable whenSettled) {
        if (whenSettled != null) {
            this.whenSettled = whenSettled;
        }
        this.frameMillis = frameMillis;
        this.lastTime = lastTime;
        if (inFlight) {
            queuedFrame = frameStart;
            return;
        }
        inFlight = true;
        settling = true;
        verifyAfter = true;
        queuedFrame = frameStart;
        awaitIdle(frames.pictureHash(), 0);
        settleWatchdog.restart();
    }

    /** The first picture of a video loaded at 0: that is frame 0, and a settle that finds it at rest needs no seek. */
    void firstPictureIs(long pictureHash) {
        remember(0, pictureHash);
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
        if (frameStart == 0) {
            return 0;
        }
        long time = roundsUp ? frameStart - frameMillis * (4 - quarters) / 4 : frameStart + frameMillis * quarters / 4;
        return Math.max(0, Math.min(time, Math.max(0, lastTime)));
    }

    /**
     * Whether a paused start that still shows its first picture is left as it is (set once the video plays): only where a
     * seek back to 0 does worse, drawing grey first (MPEG-2). Elsewhere frame 0 is asked for all the same, since on a
     * loaded machine a late frame can follow even three identical redraws.
     */
    void trustFirstPicture(boolean trusted) {
        firstPictureTrusted = trusted;
    }

    boolean busy() {
        return inFlight;
    }

    /** Forgets everything asked (a new video, playback resumed, the player closed). */
    void reset() {
        watchdog.stop();
        settleWatchdog.stop();
        verifyWatchdog.stop();
        inFlight = false;
        settling = false;
        verifyAfter = false;
        verifying = false;
        whenSettled = null;
        inFlightFrame = -1;
        queuedFrame = -1;
        knownFrame = -1;
        detour = Detour.NONE; // roundsUp stays: it belongs to the video, not to the seeks asked for (a seek while playing resets these)
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
        if (!(firstPictureTrusted && knownFrame == 0)) {
            knownFrame = -1; // asked for even if it seems on screen: a late frame may still come after three same redraws
        }
        long frame = queuedFrame;
        queuedFrame = -1;
        show(frame, frameMillis, lastTime);
    }

    /** After the settling seek: libVLC rests once it draws the same picture {@link #IDLE_DRAWS} times. */
    private void awaitRest(long previous, int sameSoFar) {
        frames.onNextFrame(() -> {
            long now = frames.pictureHash();
            if (now != previous) {
                awaitRest(now, 0);
            } else if (sameSoFar + 1 < IDLE_DRAWS) {
                awaitRest(now, sameSoFar + 1);
            } else {
                frames.onSwing(this::verified);
            }
        });
    }

    private void verified() {
        if (!verifying) {
            return;
        }
        verifying = false;
        verifyAfter = false;
        verifyWatchdog.stop();
        frames.onNextFrame(null);
        remember(inFlightFrame, frames.pictureHash()); // the picture libVLC rests on is the frame asked for
        shown();
    }

    private void runWhenSettled() {
        Runnable waiting = whenSettled;
        whenSettled = null;
        if (waiting != null) {
            waiting.run();
        }
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
        if (verifyAfter && queuedFrame < 0) {
            verifying = true; // stays in flight: a request made meanwhile waits for the verdict
            awaitRest(frames.pictureHash(), 0);
            verifyWatchdog.restart();
            return;
        }
        inFlight = false;
        verifyAfter = false;
        runWhenSettled();
        if (queuedFrame >= 0) {
            long next = queuedFrame;
            queuedFrame = -1;
            show(next, frameMillis, lastTime);
        }
    }
}
