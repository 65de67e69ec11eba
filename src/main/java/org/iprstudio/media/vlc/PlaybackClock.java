package org.iprstudio.media.vlc;

import org.iprstudio.domain.MediaTime;

/**
 * Where the player is, on the Swing thread. libVLC reports time only every 250-500 ms and not at
 * all after a paused seek or a frame step, so the position is kept here: the last report plus the
 * wall-clock time since, times the rate. While stopped, the position is the start of a frame.
 */
final class PlaybackClock {
    static final long DEFAULT_FRAME_MS = 40;

    private boolean running;
    private double rate = 1.0;
    private long baseTime;
    private long baseNanos;
    private long lastShown;
    private MediaTime duration;
    private long frameMillis = DEFAULT_FRAME_MS;

    /** A new video: at its start, stopped, length and frame rate not yet known. */
    void reset() {
        running = false;
        baseTime = 0;
        lastShown = 0;
        duration = null;
        frameMillis = DEFAULT_FRAME_MS;
    }

    boolean running() {
        return running;
    }

    MediaTime duration() {
        return duration;
    }

    void setDuration(long millis) {
        if (millis > 0) {
            duration = MediaTime.ofMillis(millis);
        }
    }

    long frameMillis() {
        return frameMillis;
    }

    void setFrameMillis(long millis) {
        if (millis > 0) {
            frameMillis = millis;
        }
    }

    /** The last time a frame can start at (Long.MAX_VALUE while the length is unknown). */
    long lastTime() {
        return duration == null ? Long.MAX_VALUE : duration.millis() - 1;
    }

    long snapToFrame(long t) {
        return t - Math.floorMod(t, frameMillis);
    }

    /** A seek target within the video: not before its start, not after its end. */
    long clamp(long t) {
        return Math.max(0, duration == null ? t : Math.min(t, duration.millis()));
    }

    /** A paused target: the start of the frame that holds it, the last frame at most. */
    long pausedTarget(long t) {
        long target = snapToFrame(clamp(t));
        return duration != null && target >= duration.millis() ? snapToFrame(Math.max(0, duration.millis() - 1)) : target;
    }

    /** Playback started (libVLC said so at {@code nanos}). */
    void start(long nanos) {
        running = true;
        baseNanos = nanos;
    }

    /** Stopped on the frame that holds {@code t}; the position becomes that frame's start. */
    long stopOnFrameOf(long t) {
        running = false;
        moveTo(snapToFrame(t));
        return baseTime;
    }

    /** libVLC paused on its own: stop on the frame the clock has reached. */
    void stopWhereItIs() {
        if (running) {
            baseTime = snapToFrame(interpolated());
        }
        running = false;
        baseNanos = System.nanoTime();
    }

    /** libVLC's coarse report while playing; ignored while stopped (a late report of the last frames before a pause). */
    boolean report(long reported, long nanos) {
        if (!running) {
            return false;
        }
        baseTime = reported;
        baseNanos = nanos;
        return true;
    }

    void moveTo(long t) {
        baseTime = t;
        baseNanos = System.nanoTime();
        lastShown = t;
    }

    /** The end was reached: where playback got to (never less than what was shown). */
    long reached() {
        return Math.max(baseTime, lastShown);
    }

    void finished() {
        running = false;
        if (duration != null) {
            baseTime = duration.millis();
        }
    }

    long position() {
        return baseTime;
    }

    double rate() {
        return rate;
    }

    void setRate(double newRate) {
        baseTime = interpolated();
        baseNanos = System.nanoTime();
        rate = newRate;
    }

    /** The interpolated position; while playing, never back from what was shown before. */
    MediaTime time() {
        long t = interpolated();
        if (running) {
            // a fresh coarse report may lag the interpolation by a few ms; never let the playhead step back
            t = Math.max(t, lastShown);
        }
        lastShown = t;
        return MediaTime.ofMillis(t);
    }

    /** The time of the frame put on screen at {@code shownAtNanos} (0: none yet); the clock's time when none is recent. */
    MediaTime shownFrameTime(long shownAtNanos) {
        if (!running || shownAtNanos == 0 || System.nanoTime() - shownAtNanos > 1_000_000_000L) {
            return time();
        }
        long t = Math.max(0, baseTime + Math.round((shownAtNanos - baseNanos) / 1_000_000.0 * rate));
        return MediaTime.ofMillis(duration == null ? t : Math.min(t, duration.millis()));
    }

    private long interpolated() {
        if (!running) {
            return baseTime;
        }
        long elapsedMs = (System.nanoTime() - baseNanos) / 1_000_000;
        long t = baseTime + Math.round(elapsedMs * rate);
        return duration == null ? t : Math.min(t, duration.millis());
    }
}
