package org.iprstudio.media;

import java.nio.file.Path;
import java.util.Optional;
import org.iprstudio.domain.UserMessage;

/** Reads a media file's duration and tracks without playing it. */
public interface MediaProbe {
    MediaInfo probe(Path file);

    /**
     * The kind of recording ("HEVC (H.265)"), if it is one whose frame steps and marks are not
     * exact ({@link FrameExactness}); a probe that can tell quickly (without playing) says so here.
     */
    default Optional<UserMessage> notFrameExact(Path file) {
        MediaInfo info = probe(file);
        return info.caveatIfAny().isPresent() ? FrameExactness.kind(info.videoCodec(), FrameExactness.layoutOf(file)) : Optional.empty();
    }
}
