package org.iprstudio.media;

import java.util.Optional;
import org.iprstudio.domain.MediaTime;

/**
 * What a probe learned about a media file. A file with sound and no picture is a sound recording,
 * playable like a video. {@code problem} of a parsed file says why it cannot be used all the same
 * (for example a copy cut short, which still declares its full length).
 */
public record MediaInfo(boolean parsed, MediaTime duration, int videoTracks, int audioTracks, int width, int height, String problem) {

    public static MediaInfo failed(String problem) {
        return new MediaInfo(false, null, 0, 0, 0, 0, problem);
    }

    /** The same file found unusable for {@code why}, keeping what was learned about it. */
    public MediaInfo withProblem(String why) {
        return new MediaInfo(parsed, duration, videoTracks, audioTracks, width, height, why);
    }

    /** Sound and no picture: an audio recording (m4a, wav, mp3, ogg...), not a broken video. */
    public boolean soundOnly() {
        return parsed && videoTracks == 0 && audioTracks > 0;
    }

    /** Why the file is not playable media, if it is not. */
    public Optional<String> unplayableBecause() {
        if (!parsed) {
            return Optional.of(problem == null ? "the player could not read it" : problem);
        }
        if (videoTracks == 0 && audioTracks == 0) {
            return Optional.of("it has neither picture nor sound (it is damaged, incomplete or not a media file)");
        }
        if (duration == null || duration.millis() <= 0) {
            return Optional.of("it has no duration (the file is damaged or not a media file)");
        }
        return Optional.ofNullable(problem);
    }
}
