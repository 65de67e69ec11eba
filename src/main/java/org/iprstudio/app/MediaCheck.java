package org.iprstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Session;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.media.MediaProbe;

/**
 * Checks every session's media: the file is there, it is the same file (SHA-256), and libVLC
 * reads it as a video or a sound recording with a duration, holding data up to its end. The last
 * step matters because a broken file can still "play" in libVLC without raising an error, and a
 * copy cut short still declares its full length. Sound-only recordings are fine, named as such.
 */
public final class MediaCheck {
    /** Durations that differ by more than this from the study's record are reported. */
    private static final long DURATION_TOLERANCE_MS = 1000;

    public enum Status { OK, NO_MEDIA, MISSING, CHANGED, UNPLAYABLE }

    public record Result(String sessionLabel, Path file, Status status, String detail) {
        public boolean ok() {
            return status == Status.OK || status == Status.NO_MEDIA;
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
            return new Result(label, null, Status.NO_MEDIA, "no video linked");
        }
        Path file = MediaPaths.resolve(folder, session.media());
        if (!Files.isRegularFile(file)) {
            return new Result(label, file, Status.MISSING, "the file is not there (moved or deleted?)");
        }
        if (session.media().sha256() != null) {
            try {
                String actual = Checksums.sha256(file);
                if (!actual.equals(session.media().sha256())) {
                    return new Result(label, file, Status.CHANGED, "it is not the recorded video: its SHA-256 is " + actual.substring(0, 12)
                            + "..., the study expects " + session.media().sha256().substring(0, 12) + "...");
                }
            } catch (IOException e) {
                return new Result(label, file, Status.MISSING, "it cannot be read: " + e.getMessage());
            }
        }
        if (probe == null) {
            return new Result(label, file, Status.OK, "present, checksum matches (libVLC not available: not parsed)");
        }
        MediaInfo info = probe.probe(file);
        Optional<String> unplayable = info.unplayableBecause();
        if (unplayable.isPresent()) {
            return new Result(label, file, Status.UNPLAYABLE, unplayable.get());
        }
        MediaTime expected = session.media().duration();
        if (expected != null && Math.abs(expected.millis() - info.duration().millis()) > DURATION_TOLERANCE_MS) {
            return new Result(label, file, Status.CHANGED, "it lasts " + info.duration().toClock() + ", the study expects " + expected.toClock());
        }
        String kind = info.soundOnly() ? "audio only (no picture)" : info.width() + "x" + info.height();
        return new Result(label, file, Status.OK, kind + ", " + info.duration().toClock()
                + (session.media().sha256() == null ? ", no checksum recorded" : ", checksum matches"));
    }
}
