package org.iprstudio.domain;

import java.util.UUID;

/** A code applied to exactly one moment or one pair. Its own id lets two coders' work merge. */
public record Coding(UUID id, UUID codeId, UUID momentId, UUID pairId) implements Entity {
    public Coding {
        Require.present(id, "what.codingSId");
        Require.present(codeId, "what.codeCoding");
        Require.that((momentId == null) != (pairId == null), "coding.codeAppliedOneMoment");
    }
}
