package org.iprstudio.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A study's structure without its moments: the study holds its sites, participants, dyads,
 * sessions, recall passes and supervision, but no moment, pair, coding, code or theme; the number
 * of moments of each pass comes alongside. It is what a view that lists a study without showing
 * a moment needs (the command line's {@code info}), read without building a million records.
 */
public record StudyOutline(Study structure, Map<UUID, Integer> momentsByPass) {

    public StudyOutline {
        momentsByPass = Map.copyOf(momentsByPass);
    }

    /** The outline of a study read whole: its own structure and its own counts. */
    public static StudyOutline of(Study study) {
        Map<UUID, Integer> counts = new java.util.HashMap<>();
        for (RecallPass pass : study.passes()) {
            counts.put(pass.id(), study.momentsOf(pass.id()).size());
        }
        return new StudyOutline(study, counts);
    }

    public int momentsOf(UUID passId) {
        return momentsByPass.getOrDefault(passId, 0);
    }

    public int momentCount() {
        return momentsByPass.values().stream().mapToInt(Integer::intValue).sum();
    }
}
