package org.iprstudio.media.vlc;

import uk.co.caprica.vlcj.player.base.AudioApi;

/**
 * A load that is to end paused (a paused load, or pause() during start-up): libVLC plays it muted
 * until its first frame is on screen, and the player then pauses it (decision 0014). Pausing
 * at libVLC's "playing" event, before the first frame, left later paused seeks without a picture.
 * Swing thread only.
 */
final class PausedStart {
    private final AudioApi audio;
    /** Loading, and to be paused as soon as the first frame is on screen. */
    private boolean pending;
    /** The sound was switched off for the start (and only then is it switched on again). */
    private boolean muted;
    /** libVLC was asked to pause (the first frame is on screen); its "paused" news may still be on the way. */
    private boolean pauseAsked;

    PausedStart(AudioApi audio) {
        this.audio = audio;
    }

    /** A new load: a paused one is muted for its few frames before the pause. */
    void begin(boolean paused) {
        pending = paused;
        if (paused && !audio.isMute()) {
            muted = true;
            audio.setMute(true);
        }
    }

    /** pause() during start-up: honoured once the first frame is on screen. */
    void pauseWhenShown() {
        pending = true;
    }

    /** The first frame is on screen and libVLC has been asked to pause. */
    void pauseAsked() {
        pauseAsked = true;
    }

    /** libVLC has been asked for the start-up pause, so a play() now must undo it. */
    boolean wasPauseAsked() {
        return pauseAsked;
    }

    /** Still starting, and to be paused once the first frame is on screen. */
    boolean pending() {
        return pending;
    }

    /** The start is over (paused, played on, finished or failed): the sound comes back if the start took it. */
    void end() {
        pending = false;
        pauseAsked = false;
        if (muted) {
            muted = false;
            audio.setMute(false);
        }
    }
}
