package org.iprstudio.media;

import java.util.Optional;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.UserMessage;

/**
 * What a probe learned about a media file. A file with sound and no picture is a sound recording,
 * playable like a video. {@code problem} of a parsed file says why it cannot be used all the same
 * (for example a copy cut short, which still declares its full length).
 */
public record MediaInfo(boolean parsed, MediaTime duration, int videoTracks, int audioTracks, int width, int height, UserMessage problem) {

    public static MediaInfo failed(UserMessage problem) {
        return new MediaInfo(false, null, 0, 0, 0, 0, problem);
    }

    /** Text with no key (the player's own words). */
    public static MediaInfo failed(String problem) {
        return failed(UserMessage.plain(problem));
    }

    /** The same file found unusable for {@code why}, keeping what was learned about it. */
    public MediaInfo withProblem(UserMessage why) {
        return new MediaInfo(parsed, duration, videoTracks, audioTracks, width, height, why);
    }

    public MediaInfo withProblem(String why) {
        return withProblem(UserMessage.plain(why));
    }

    /** Sound and no picture: an audio recording (m4a, wav, mp3, ogg...), not a broken video. */
    public boolean soundOnly() {
        return parsed && videoTracks == 0 && audioTracks > 0;
    }

    /** Why the file is not playable media, if it is not, in English (for logs). */
    public Optional<String> unplayableBecause() {
        return unplayable().map(UserMessage::english);
    }

    /** Why the file is not playable media, if it is not, to be shown in the reader's language. */
    public Optional<UserMessage> unplayable() {
        if (!parsed) {
            return Optional.of(problem == null ? MediaMessages.of("mediaInfo.unreadable") : problem);
        }
        if (videoTracks == 0 && audioTracks == 0) {
            return Optional.of(MediaMessages.of("mediaInfo.noTracks"));
        }
        if (duration == null || duration.millis() <= 0) {
            return Optional.of(MediaMessages.of("mediaInfo.noDuration"));
        }
        return Optional.ofNullable(problem);
    }
}
