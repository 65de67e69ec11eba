package org.iprstudio.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded therapy session of a dyad (usually number 3 or 5), with its video if there is one. */
public record Session(UUID id, UUID dyadId, int number, LocalDate date, MediaRef media) implements Entity {
    public Session {
        Require.present(id, "A session's id");
        Require.present(dyadId, "The dyad of a session");
        Require.that(number >= 1 && number <= 999, "Session number " + number + " is not valid: use the therapy's session count, 1 or more.");
    }

    public Session withMedia(MediaRef newMedia) {
        return new Session(id, dyadId, number, date, newMedia);
    }
}
