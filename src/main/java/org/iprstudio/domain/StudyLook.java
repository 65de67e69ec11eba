package org.iprstudio.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A first look at a large study while the rest of it is read (decision 0026): the whole structure,
 * the codes and attributes, and one session with its moments, pairs, codings and quotes, built
 * through the study's rules; beside it the outline, whose moment counts are the whole study's.
 * It is for showing that one session; anything else asks for the whole study.
 */
public record StudyLook(Study study, StudyOutline outline, UUID sessionId) {

    public StudyLook {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(sessionId, "sessionId");
    }

    /** Whether the look holds everything of this session (it holds nothing else). */
    public boolean covers(UUID session) {
        return sessionId.equals(session);
    }
}
