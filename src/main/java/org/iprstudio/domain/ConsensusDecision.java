package org.iprstudio.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the team decided for one unit (a moment or a pair) the coders of a round disagreed on:
 * which of the round's codes stand. The decision becomes the study's coding of that unit.
 */
public record ConsensusDecision(UUID id, UUID roundId, UUID unitId, List<UUID> codeIds, String note, String decidedBy, Instant decidedAt) {
    public ConsensusDecision {
        Require.present(id, "A consensus decision's id");
        Require.present(roundId, "The round of a decision");
        Require.present(unitId, "The moment or pair decided on");
        codeIds = List.copyOf(new java.util.LinkedHashSet<>(Require.present(codeIds, "The codes that stand")));
        note = Require.orEmpty(note).strip();
        decidedBy = Researcher.checkedInitials(decidedBy);
        Require.present(decidedAt, "When the decision was made");
    }
}
