package org.iprstudio.app.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StudyChange;

/**
 * Undo and redo of the researcher's edits. Each edit is committed at once (there is no Save);
 * undoing it commits its inverse, computed from the study as it was just before the edit.
 * If the study changed underneath in a way the inverse no longer fits (a recall deleted the
 * moment, say), the undo is refused with the study's own message and the history is cleared,
 * so nothing is half undone.
 */
public final class EditHistory {
    /**
     * One user action: what it did, and how to take it back. The subject names what it was done to, in the reader's
     * language where it is shown (the Edit menu) and in English in the audit trail.
     */
    public record Edit(EditKind kind, UserMessage subject, List<StudyChange> forward, List<StudyChange> backward) {
    }

    private final StudyService service;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** True while an undo or redo is being committed: a screen refreshing then must not record edits of its own. */
    private boolean replaying;

    public EditHistory(StudyService service) {
        this.service = service;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Commits the changes as one undoable edit; nothing is recorded if the study refuses them. */
    public void perform(EditKind kind, String subject, List<StudyChange> changes) {
        perform(kind, UserMessage.plain(subject == null ? "" : subject), changes);
    }

    /** The same, with a subject that has words of its own ("D01 session 3"). */
    public void perform(EditKind kind, UserMessage subject, List<StudyChange> changes) {
        if (changes.isEmpty() || replaying) {
            return; // during an undo, an editor re-saving the text it still shows would undo the undo
        }
        List<StudyChange> backward = inverseOf(changes);
        service.apply(changes, new org.iprstudio.app.AuditNote(EditAudit.kindOf(kind), EditAudit.words(kind, subject.english())));
        undo.push(new Edit(kind, subject, List.copyOf(changes), backward));
        redo.clear();
        fire();
    }

    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Takes back the last edit; returns it, or empty when there is nothing to undo. */
    public Optional<Edit> undo() {
        Edit edit = undo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        replay(edit.backward(), new org.iprstudio.app.AuditNote(org.iprstudio.domain.AuditKind.UNDO, "undo " + EditAudit.words(edit.kind(), edit.subject().english())));
        undo.remove(edit);
        redo.push(edit);
        fire();
        return Optional.of(edit);
    }

    public Optional<Edit> redo() {
        Edit edit = redo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        replay(edit.forward(), new org.iprstudio.app.AuditNote(org.iprstudio.domain.AuditKind.REDO, "redo " + EditAudit.words(edit.kind(), edit.subject().english())));
        redo.remove(edit);
        undo.push(edit);
        fire();
        return Optional.of(edit);
    }

    public void clear() {
        undo.clear();
        redo.clear();
        fire();
    }

    private void replay(List<StudyChange> changes, org.iprstudio.app.AuditNote note) {
        replaying = true;
        try {
            service.apply(changes, note);
        } catch (DomainException e) {
            clear();
            throw new DomainException(AppMessages.of("editHistory.canLongerUndoneBecause", UserMessage.from(e)));
        } finally {
            replaying = false;
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** The changes that restore the study as it is now, in the order that respects references. */
    private List<StudyChange> inverseOf(List<StudyChange> changes) {
        Map<UUID, Optional<Entity>> overlay = new HashMap<>();
        List<StudyChange> inverse = new ArrayList<>();
        org.iprstudio.domain.Study now = service.checkedAgainst(changes); // a first look, for a change it can check

        StudyHeader header = null;
        for (StudyChange change : changes) {
            Entity entity;
            if (change instanceof StudyChange.SetHeader set) {
                // the study's settings are edited through the history too; the inverse restores the header as it was first
                if (header == null) {
                    inverse.add(0, new StudyChange.SetHeader(now.header()));
                }
                header = set.header();
                continue;
            }
            if (change instanceof StudyChange.PutRoundCoding put) {
                // a blind coder's code: taken back by removing it (a round coding is only ever added or removed)
                inverse.add(0, new StudyChange.DeleteRoundCoding(put.coding()));
                continue;
            }
            if (change instanceof StudyChange.DeleteRoundCoding delete) {
                inverse.add(0, new StudyChange.PutRoundCoding(delete.coding()));
                continue;
            }
            if (change instanceof StudyChange.Put put) {
                entity = put.entity();
            } else if (change instanceof StudyChange.Delete delete) {
                entity = delete.entity();
            } else {
                throw new IllegalArgumentException("Only records are edited through the history, not " + change);
            }
            Optional<Entity> before = overlay.containsKey(entity.id()) ? overlay.get(entity.id()) : now.find(entity.id());
            inverse.add(0, before.<StudyChange>map(StudyChange.Put::new).orElseGet(() -> new StudyChange.Delete(entity)));
            overlay.put(entity.id(), change instanceof StudyChange.Put ? Optional.of(entity) : Optional.empty());
        }
        return List.copyOf(inverse);
    }
}
