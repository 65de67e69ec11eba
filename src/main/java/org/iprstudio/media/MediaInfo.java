package org.iprstudio.media;

import java.util.Optional;
import org.iprstudio.domain.MediaTime;

/** What a probe learned about a media file without playing it. */
public record MediaInfo(boolean parsed, MediaTime duration, int videoTracks, int audioTracks, int width, int height, String problem) {

    public static MediaInfo failed(String problem) {
        return new MediaInfo(false, null, 0, 0, 0, 0, problem);
    }

    /** Why the file is not a playable recording, if it is not one. A sound-only recording is one: many IPR studies record only sound. */
    public Optional<String> unplayableBecause() {
        if (!parsed) {
            return Optional.of(problem == null ? "the player could not read it" : problem);
        }
        if (videoTracks == 0 && audioTracks == 0) {
            return Optional.of("it has neither a video nor a sound track (is it a video or audio file?)");
        }
        if (duration == null || duration.millis() <= 0) {
            return Optional.of("it has no duration (the file is damaged or not a video)");
        }
        return Optional.empty();
    }

    /** A recording with sound and no picture. */
    public boolean soundOnly() {
        return parsed && videoTracks == 0 && audioTracks > 0;
    }
}
