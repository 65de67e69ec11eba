package org.iprstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.UserMessage;

/**
 * Points a session at its video again after the file was moved. Only the same video is accepted:
 * its SHA-256 must match the one recorded, so moments never end up on another recording.
 */
public final class MediaRelinker {
    private final StudyService service;

    public MediaRelinker(StudyService service) {
        this.service = service;
    }

    /** Thrown when the chosen file is not the session's video; the message says why. */
    public static final class Refused extends Exception implements HasUserMessage {
        private final transient UserMessage userMessage;

        public Refused(UserMessage message) {
            super(message.english());
            this.userMessage = message;
        }

        @Override
        public UserMessage userMessage() {
            return userMessage;
        }
    }

    /** Checks the file and, if it is the session's video, stores its new place (one committed change). */
    public Session relink(Session session, Path chosen) throws Refused {
        Session updated = checkAndPrepare(session, chosen);
        service.put(updated);
        return updated;
    }

    /**
     * The slow half of {@link #relink}, safe off the Swing thread: reads the whole file for its
     * checksum and returns the session as it should be stored, without storing it.
     */
    public Session checkAndPrepare(Session session, Path chosen) throws Refused {
        if (!Files.isRegularFile(chosen)) {
            throw new Refused(AppMessages.of("mediaRelinker.notAFile", chosen));
        }
        String actual;
        try {
            actual = Checksums.sha256(chosen);
        } catch (IOException e) {
            throw new Refused(AppMessages.of("mediaRelinker.cannotRead", chosen, UserMessage.from(e)));
        }
        MediaRef before = session.media();
        if (before != null && before.sha256() != null && !before.sha256().equals(actual)) {
            throw new Refused(AppMessages.of("mediaRelinker.otherVideo", chosen.getFileName()));
        }
        MediaRef after = new MediaRef(MediaPaths.reference(service.folder(), chosen), actual, before == null ? null : before.duration());
        return session.withMedia(after);
    }
}
