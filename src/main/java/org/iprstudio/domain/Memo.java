package org.iprstudio.domain;

import java.time.Instant;
import java.util.UUID;

/** A researcher's note on the study or on one thing in it (reflexive, analytic, methodological, ...). */
public record Memo(UUID id, MemoTarget target, UUID targetId, String kind, String title, String text,
                   Instant createdAt, Instant modifiedAt) implements Entity {
    public Memo {
        Require.present(id, "A memo's id");
        Require.present(target, "What the memo is about");
        Require.that((target == MemoTarget.STUDY) == (targetId == null),
                target == MemoTarget.STUDY ? "A memo on the study has no target id." : "A memo on a " + target.name().toLowerCase() + " needs its target's id.");
        kind = Require.orEmpty(kind).strip();
        title = Require.orEmpty(title).strip();
        text = Require.orEmpty(text);
        Require.present(createdAt, "When the memo was written");
        modifiedAt = modifiedAt == null ? createdAt : modifiedAt;
    }
}
