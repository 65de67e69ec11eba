package org.iprstudio.domain;

import java.util.UUID;

/** A code applied to exactly one moment or one pair. Its own id lets two coders' work merge. */
public record Coding(UUID id, UUID codeId, UUID momentId, UUID pairId) implements Entity {
    public Coding {
        Require.present(id, "A coding's id");
        Require.present(codeId, "The code of a coding");
        Require.that((momentId == null) != (pairId == null), "A code is applied to one moment or to one pair, not both and not neither.");
    }
}
