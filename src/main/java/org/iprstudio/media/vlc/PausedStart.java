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
    /**
     * Play was pressed after the start-up pause was asked for: libVLC is asked to play once its "paused" news is in.
     * Asking at once does not work: libVLC merges a play queued behind a pause it has not yet carried out, so neither
     * happens and no news comes (the player then sat at 0:00, told nothing, the video running muted).
     */
    private boolean playOnPaused;

    PausedStart(AudioApi audio) {
        this.audio = audio;
    }

    /** A new load: a paused one is muted for its few frames before the pause. */
    void begin(boolean paused) {
        pending = paused;
        pauseAsked = false;
        playOnPaused = false;
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

    /** Play pressed while the start-up pause is on its way: play once libVLC has paused. */
    void playOncePaused() {
        playOnPaused = true;
    }

    /** pause() pressed again before that: it stays paused. */
    boolean cancelPlayOncePaused() {
        boolean was = playOnPaused;
        playOnPaused = false;
        return was;
    }

    /** libVLC has paused: true (once) if it is now to play. */
    boolean takePlayOncePaused() {
        boolean was = playOnPaused;
        playOnPaused = false;
        return was;
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
