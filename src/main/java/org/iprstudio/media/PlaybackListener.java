package org.iprstudio.media;

import org.iprstudio.domain.MediaTime;

/** What a player tells its listeners; always called on the Swing event thread, never on a native thread. */
public interface PlaybackListener {
    default void loaded(MediaTime duration) {
    }

    default void playing() {
    }

    default void paused() {
    }

    default void finished() {
    }

    /** The player's position moved (a time report, a seek or a frame step). */
    default void timeChanged(MediaTime time) {
    }

    /** The media cannot be played; the message names the file and says what is wrong. */
    default void failed(String message) {
    }
}
