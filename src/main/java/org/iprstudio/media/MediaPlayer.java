package org.iprstudio.media;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.iprstudio.domain.MediaTime;

/**
 * The small player port the rest of the program sees (unlike ELAN's forty-method interface):
 * load, play, pause, seek, rate, time, duration, snapshot, listeners, close. Methods are called
 * on the Swing event thread; listeners are called back there too.
 */
public interface MediaPlayer extends AutoCloseable {

    /** Starts loading a file; {@link PlaybackListener#loaded} or {@link PlaybackListener#failed} follows. */
    void load(Path file, boolean autoPlay);

    void play();

    void pause();

    boolean isPlaying();

    void seek(MediaTime time);

    /** Shows the next frame while paused. */
    void nextFrame();

    /** How long one frame lasts (40 ms until the video says otherwise). */
    MediaTime frameDuration();

    boolean isMuted();

    int volume();

    void setRate(double rate);

    double rate();

    /** The position of the frame on screen, interpolated between the player's coarse time reports. */
    MediaTime time();

    /**
     * The position of the frame that is on screen right now: while playing, the time at which the
     * last shown frame was put on screen, so a key press is matched to the picture the person saw.
     */
    default MediaTime shownFrameTime() {
        return time();
    }

    Optional<MediaTime> duration();

    /** A copy of the frame on screen, if one has been shown. */
    Optional<BufferedImage> snapshot();

    void setVolume(int percent);

    void setMuted(boolean muted);

    /**
     * The words shown, with a calm picture, in place of the video while the media has sound only
     * (the text comes from the user interface's bundle).
     */
    default void setSoundOnlyText(String text) {
    }

    /** The media loaded has sound and no picture (known shortly after it starts). */
    default boolean soundOnly() {
        return false;
    }

    /** The component that shows the video; the player keeps painting it. */
    Component view();

    void addListener(PlaybackListener listener);

    void removeListener(PlaybackListener listener);

    @Override
    void close();
}
