package org.iprstudio.media;

import java.util.Optional;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.UserMessage;

/**
 * What a probe learned about a media file. A file with sound and no picture is a sound recording,
 * playable like a video. {@code problem} of a parsed file says why it cannot be used all the same
 * (for example a copy cut short, which still declares its full length). {@code videoCodec} is libVLC's
 * name of the picture's codec (its fourcc: "h264", "hevc", "mpgv"...; null when unknown or sound only).
 * {@code caveat} of a playable file says what the user must know before coding it all the same
 * ({@link FrameExactness}: frame steps and marks that are not exact); it never makes a file unplayable.
 */
public record MediaInfo(boolean parsed, MediaTime duration, int videoTracks, int audioTracks, int width, int height, UserMessage problem,
        String videoCodec, UserMessage caveat) {

    /** What was learned, codec and caveat not (yet) known. */
    public MediaInfo(boolean parsed, MediaTime duration, int videoTracks, int audioTracks, int width, int height, UserMessage problem) {
        this(parsed, duration, videoTracks, audioTracks, width, height, problem, null, null);
    }

    public static MediaInfo failed(UserMessage problem) {
        return new MediaInfo(false, null, 0, 0, 0, 0, problem);
    }

    /** Text with no key (the player's own words). */
    public static MediaInfo failed(String problem) {
        return failed(UserMessage.plain(problem));
    }

    /** The same file found unusable for {@code why}, keeping what was learned about it. */
    public MediaInfo withProblem(UserMessage why) {
        return new MediaInfo(parsed, duration, videoTracks, audioTracks, width, height, why, videoCodec, caveat);
    }

    /** The same file with its picture's codec and what follows from it (and from its container) for coding. */
    public MediaInfo withVideoCodec(String codec, boolean programStream) {
        return withVideoCodec(codec, programStream ? FrameExactness.Layout.PROGRAM_STREAM : FrameExactness.Layout.PLAIN);
    }

    /** The same, for a file whose container's layout is known (program stream, frames out of order). */
    public MediaInfo withVideoCodec(String codec, FrameExactness.Layout layout) {
        return new MediaInfo(parsed, duration, videoTracks, audioTracks, width, height, problem, codec,
                videoTracks > 0 ? FrameExactness.caveat(codec, layout).orElse(null) : null);
    }

    /** What the user must know before coding this playable file (frame steps and marks not exact), if anything. */
    public Optional<UserMessage> caveatIfAny() {
        return unplayable().isPresent() ? Optional.empty() : Optional.ofNullable(caveat);
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
