package org.iprstudio.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One coder's code on one moment or pair within a coding round. Kept apart from the study's own
 * codings: until the team decides, a round coding is one coder's view, not the study's coding.
 */
public record RoundCoding(UUID id, UUID roundId, String coder, UUID codeId, UUID momentId, UUID pairId, Instant at) {
    public RoundCoding {
        Require.present(id, "what.roundCodingSId");
        Require.present(roundId, "what.roundRoundCoding");
        coder = Researcher.checkedInitials(coder);
        Require.present(codeId, "what.codeRoundCoding");
        Require.that((momentId == null) != (pairId == null), "coding.codeAppliedOneMoment");
        Require.present(at, "what.whenCodeWasApplied");
    }

    /** The moment or pair coded. */
    public UUID unitId() {
        return momentId != null ? momentId : pairId;
    }
}
