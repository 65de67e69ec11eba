package org.iprstudio.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One coder's code on one moment or pair within a coding round. Kept apart from the study's own
 * codings: until the team decides, a round coding is one coder's view, not the study's coding.
 */
public record RoundCoding(UUID id, UUID roundId, String coder, UUID codeId, UUID momentId, UUID pairId, Instant at) {
    public RoundCoding {
        Require.present(id, "A round coding's id");
        Require.present(roundId, "The round of a round coding");
        coder = Researcher.checkedInitials(coder);
        Require.present(codeId, "The code of a round coding");
        Require.that((momentId == null) != (pairId == null), "A code is applied to one moment or to one pair, not both and not neither.");
        Require.present(at, "When the code was applied");
    }

    /** The moment or pair coded. */
    public UUID unitId() {
        return momentId != null ? momentId : pairId;
    }
}
