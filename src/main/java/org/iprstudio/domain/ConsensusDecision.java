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
        Require.present(id, "what.consensusDecisionSId");
        Require.present(roundId, "what.roundDecision");
        Require.present(unitId, "what.momentPairDecided");
        codeIds = List.copyOf(new java.util.LinkedHashSet<>(Require.present(codeIds, "what.codesStand")));
        note = Require.orEmpty(note).strip();
        decidedBy = Researcher.checkedInitials(decidedBy);
        Require.present(decidedAt, "what.whenDecisionWasMade");
    }
}
