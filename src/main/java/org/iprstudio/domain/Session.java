package org.iprstudio.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded therapy session of a dyad (usually number 3 or 5), with its video if there is one. */
public record Session(UUID id, UUID dyadId, int number, LocalDate date, MediaRef media) implements Entity {
    public Session {
        Require.present(id, "what.sessionSId");
        Require.present(dyadId, "what.dyadSession");
        Require.that(number >= 1 && number <= 999, "session.sessionNumberValidUse", number);
    }

    public Session withMedia(MediaRef newMedia) {
        return new Session(id, dyadId, number, date, newMedia);
    }
}
