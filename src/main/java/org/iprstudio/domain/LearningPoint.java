package org.iprstudio.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a trainee takes from one stop of a supervision recall, with the day it was noted and how far they have come with it. */
public record LearningPoint(UUID id, UUID momentId, String text, LearningStatus status, LocalDate noted) implements SupervisionRecord {
    public LearningPoint {
        Require.present(id, "A learning point's id");
        Require.present(momentId, "The supervision moment a learning point comes from");
        text = Require.text(text, "A learning point");
        Require.present(status, "The status of a learning point");
        Require.present(noted, "The date a learning point was noted");
    }

    public LearningPoint withStatus(LearningStatus newStatus) {
        return new LearningPoint(id, momentId, text, newStatus, noted);
    }

    public LearningPoint withText(String newText) {
        return new LearningPoint(id, momentId, newText, status, noted);
    }
}
