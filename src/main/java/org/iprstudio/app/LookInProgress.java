package org.iprstudio.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.StudyStore;

/**
 * A first look on show while the whole study is read (decisions 0026 and 0027): what it holds, the
 * read going on, the store that takes changes to it meanwhile (null: they wait), and the changes made
 * to it, to be made to the whole study once that is in. The kept changes are touched only under the
 * lock of the StudyService it belongs to.
 */
final class LookInProgress {
    final StudyLook look;
    final CompletableFuture<StudyService.Opened> whole;
    private final StudyStore early;
    private final List<List<StudyChange>> kept = new ArrayList<>();
    /** Set when a kept change could not be made to the whole study: thrown by every later wait for it. */
    private volatile RuntimeException refused;

    LookInProgress(StudyLook look, StudyStore early, CompletableFuture<StudyService.Opened> whole) {
        this.look = look;
        this.early = early;
        this.whole = whole;
    }

    /** Whether changes to the look's session are committed at once rather than waiting for the whole study. */
    boolean takesChanges() {
        return early != null && refused == null;
    }

    /** The store that commits these changes now, if the look can check them as the whole study would; null: they wait. */
    StudyStore storeFor(List<StudyChange> changes) {
        return takesChanges() && LookChanges.checkable(look, changes) ? early : null;
    }

    /** The store to record an export in, or to ask whether the study can be written, without waiting; null without one. */
    StudyStore early() {
        return refused == null ? early : null;
    }

    void keep(List<StudyChange> committed) {
        kept.add(committed);
    }

    boolean changed() {
        return !kept.isEmpty();
    }

    /** The number of moments of a pass: the look's own for its session (what was marked in it counts), else the outline's. */
    int momentCountOf(UUID passId) {
        if (look.study().find(passId).orElse(null) instanceof RecallPass pass && look.covers(pass.sessionId())) {
            return look.study().momentsInPass(passId).size();
        }
        return look.outline().momentsOf(passId);
    }

    /** Throws the refusal of a kept change, if there was one. */
    void throwIfRefused() {
        if (refused != null) {
            throw refused;
        }
    }

    /**
     * Makes the kept changes, in order, to the whole study as read (before them). One that its rules
     * refuse means the look let through a change whose rules reach beyond it: the file holds it, memory
     * does not; the refusal is kept, and nothing more is taken through the look.
     */
    void makeKeptChangesTo(Study read, Path file) {
        throwIfRefused();
        try {
            for (List<StudyChange> made : kept) {
                ChangesInMemory.apply(read, made, new ArrayDeque<>());
            }
        } catch (RuntimeException e) {
            refused = new StoreException(StoreException.Reason.DAMAGED, AppMessages.of("studyService.lookChangeRefused", file, UserMessage.from(e)), e);
            throw refused;
        }
        kept.clear();
    }
}
