package org.iprstudio.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.iprstudio.domain.MediaTime;

/**
 * Takes a still of a video at a time, without a window (for reports). Not bound to the Swing
 * thread; one grab at a time. Empty when the file cannot be played or shows no picture there.
 */
public interface FrameGrabber extends AutoCloseable {
    Optional<BufferedImage> grab(Path file, MediaTime at);

    @Override
    void close();
}
