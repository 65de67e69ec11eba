package org.iprstudio.domain;

import java.time.Instant;
import java.util.UUID;

/** A researcher's note on the study or on one thing in it (reflexive, analytic, methodological, ...). */
public record Memo(UUID id, MemoTarget target, UUID targetId, String kind, String title, String text,
                   Instant createdAt, Instant modifiedAt) implements Entity {
    public Memo {
        Require.present(id, "what.memoSId");
        Require.present(target, "what.whatMemoAbout");
        Require.that((target == MemoTarget.STUDY) == (targetId == null),
                () -> target == MemoTarget.STUDY ? DomainMessages.of("memo.studyHasNoTarget")
                        : DomainMessages.of("memo.needsTarget", DomainMessages.of("memoTarget." + target.name())));
        kind = Require.orEmpty(kind).strip();
        title = Require.orEmpty(title).strip();
        text = Require.orEmpty(text);
        Require.present(createdAt, "what.whenMemoWasWritten");
        modifiedAt = modifiedAt == null ? createdAt : modifiedAt;
    }
}
