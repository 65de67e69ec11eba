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

    /**
     * A paused seek got no answer: the picture on screen may not be the frame at this position
     * (the position itself is right). Playing, or another seek, brings them together again.
     */
    default void pictureNotConfirmed(MediaTime position) {
    }

    /** The media cannot be played; the message names the file and says what is wrong. */
    default void failed(String message) {
    }
}
