package org.iprstudio.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a trainee takes from one stop of a supervision recall, with the day it was noted and how far they have come with it. */
public record LearningPoint(UUID id, UUID momentId, String text, LearningStatus status, LocalDate noted) implements SupervisionRecord {
    public LearningPoint {
        Require.present(id, "what.learningPointSId");
        Require.present(momentId, "what.supervisionMomentLearningPoint");
        text = Require.text(text, "what.learningPoint");
        Require.present(status, "what.statusLearningPoint");
        Require.present(noted, "what.dateLearningPointWas");
    }

    public LearningPoint withStatus(LearningStatus newStatus) {
        return new LearningPoint(id, momentId, text, newStatus, noted);
    }

    public LearningPoint withText(String newText) {
        return new LearningPoint(id, momentId, newText, status, noted);
    }
}
