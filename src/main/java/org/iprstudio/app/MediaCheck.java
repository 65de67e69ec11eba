package org.iprstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.media.FrameExactness;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.media.MediaProbe;

/**
 * Checks every session's media: the file is there, it is the same file (SHA-256), and libVLC
 * reads it as a video or a sound recording with a duration, holding data up to its end. The last
 * step matters because a broken file can still "play" in libVLC without raising an error, and a
 * copy cut short still declares its full length. Sound-only recordings are fine, named as such.
 * A playable file libVLC cannot step and mark frame-exactly (HEVC, an MPEG-2 program stream) is
 * OK with a caveat: it plays, but the user should convert it before coding.
 */
public final class MediaCheck {
    /** Durations that differ by more than this from the study's record are reported. */
    private static final long DURATION_TOLERANCE_MS = 1000;

    public enum Status { OK, NO_MEDIA, MISSING, CHANGED, UNPLAYABLE }

    /** {@code caveat}: what an OK file's user must know before coding it, with what to do (null: nothing). */
    public record Result(String sessionLabel, Path file, Status status, UserMessage message, UserMessage caveat) {
        public Result(String sessionLabel, Path file, Status status, UserMessage message) {
            this(sessionLabel, file, status, message, null);
        }

        public boolean ok() {
            return status == Status.OK || status == Status.NO_MEDIA;
        }

        /** What was found, in English (logs, tests); {@link #message()} is for the reader. */
        public String detail() {
            return message.english();
        }
    }

    private final MediaProbe probe;

    /** @param probe null when libVLC is not available: then only presence and checksum are checked */
    public MediaCheck(MediaProbe probe) {
        this.probe = probe;
    }

    public List<Result> check(LoadedStudy loaded) {
        List<Result> results = new ArrayList<>();
        for (Session session : loaded.study().sessions()) {
            String label = loaded.study().dyad(session.dyadId()).code() + "/" + session.number();
            results.add(check(label, session, loaded.mediaFolder()));
        }
        return results;
    }

    private Result check(String label, Session session, Path folder) {
        if (session.media() == null) {
            return new Result(label, null, Status.NO_MEDIA, AppMessages.of("mediaCheck.noVideo"));
        }
        Path file = MediaPaths.resolve(folder, session.media());
        if (!Files.isRegularFile(file)) {
            return new Result(label, file, Status.MISSING, AppMessages.of("mediaCheck.missing"));
        }
        if (session.media().sha256() != null) {
            try {
                String actual = Checksums.sha256(file);
                if (!actual.equals(session.media().sha256())) {
                    return new Result(label, file, Status.CHANGED, AppMessages.of("mediaCheck.otherChecksum", actual.substring(0, 12),
                            session.media().sha256().substring(0, 12)));
                }
            } catch (IOException e) {
                return new Result(label, file, Status.MISSING, AppMessages.of("mediaCheck.cannotRead", UserMessage.from(e)));
            }
        }
        if (probe == null) {
            return new Result(label, file, Status.OK, AppMessages.of("mediaCheck.notParsed"));
        }
        MediaInfo info = probe.probe(file);
        Optional<UserMessage> unplayable = info.unplayable();
        if (unplayable.isPresent()) {
            return new Result(label, file, Status.UNPLAYABLE, unplayable.get());
        }
        MediaTime expected = session.media().duration();
        if (expected != null && Math.abs(expected.millis() - info.duration().millis()) > DURATION_TOLERANCE_MS) {
            return new Result(label, file, Status.CHANGED, AppMessages.of("mediaCheck.otherDuration", info.duration().toClock(), expected.toClock()));
        }
        Object kind = info.soundOnly() ? AppMessages.of("mediaCheck.audioOnly") : info.width() + "x" + info.height();
        UserMessage caveat = info.caveatIfAny().map(c -> AppMessages.of("mediaCheck.caveat", c, FrameExactness.advice(file))).orElse(null);
        return new Result(label, file, Status.OK, session.media().sha256() == null ? AppMessages.of("mediaCheck.okNoChecksum", kind, info.duration().toClock())
                : AppMessages.of("mediaCheck.okChecksum", kind, info.duration().toClock()), caveat);
    }
}
