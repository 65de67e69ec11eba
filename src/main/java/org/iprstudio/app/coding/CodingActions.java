package org.iprstudio.app.coding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.analysis.Pairing;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.store.StudyChange;

/**
 * The researcher's coding work on a study: pair decisions, coding moments and pairs, the
 * codebook, themes and memos. Each method is one undoable edit, committed at once.
 */
public final class CodingActions {
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    private final StudyService service;
    private final EditHistory history;
    private final Clock clock;

    public CodingActions(StudyService service, EditHistory history, Clock clock) {
        this.service = service;
        this.history = history;
        this.clock = clock;
    }

    public EditHistory history() {
        return history;
    }

    private Study study() {
        return service.study();
    }

    // ---- pairs ------------------------------------------------------------------------------

    /** Keeps a suggested pair (or re-confirms a stored one). */
    public MomentPair confirm(SessionPairing.Line line) {
        MomentPair pair = stored(line, PairDecision.CONFIRMED, line.pairClass());
        history.perform(EditKind.CONFIRM_PAIR, label(line), List.of(new StudyChange.Put(pair)));
        return pair;
    }

    /** Rejects a pair: it is never suggested again; codes applied to it go with it. */
    public void reject(SessionPairing.Line line) {
        MomentPair pair = stored(line, PairDecision.REJECTED, line.pairClass());
        List<StudyChange> changes = new ArrayList<>();
        if (line.stored() != null) {
            service.holding(pair.id()).codingsOf(pair.id()).forEach(c -> changes.add(new StudyChange.Delete(c)));
        }
        changes.add(new StudyChange.Put(pair));
        history.perform(EditKind.REJECT_PAIR, label(line), changes);
    }

    /** Sets the class of a pair (divergent in meaning is only ever the researcher's call); keeps the pair. */
    public MomentPair setClass(SessionPairing.Line line, PairClass pairClass) {
        MomentPair pair = stored(line, PairDecision.CONFIRMED, pairClass);
        history.perform(EditKind.SET_PAIR_CLASS, label(line), List.of(new StudyChange.Put(pair)));
        return pair;
    }

    /** Links two moments by hand, however far apart; the reason is kept with the pair. */
    public MomentPair link(Moment client, Moment therapist, String reason) {
        Study study = service.holding(client.id(), therapist.id());
        for (Moment m : List.of(client, therapist)) {
            study.pairsOf(m.id()).stream().filter(p -> p.decision() != PairDecision.REJECTED).findFirst().ifPresent(p -> {
                throw new DomainException(AppMessages.of("codingActions.momentAlreadyPairedUnpair", m.anchor().toShortClock()));
            });
        }
        Optional<MomentPair> rejected = study.pairsOf(client.id()).stream().filter(p -> p.involves(therapist.id())).findFirst();
        UUID id = rejected.map(MomentPair::id).orElseGet(UUID::randomUUID);
        MomentPair pair = new MomentPair(id, client.id(), therapist.id(), PairMethod.MANUAL, Pairing.classify(client, therapist),
                PairDecision.CONFIRMED, reason);
        history.perform(EditKind.LINK_PAIR, client.anchor().toShortClock() + " \u2194 " + therapist.anchor().toShortClock(),
                List.of(new StudyChange.Put(pair)));
        return pair;
    }

    /** Undoes a pair decision: the pair and its codes go; an automatic pair may then be suggested again. */
    public void unlink(MomentPair pair) {
        history.perform(EditKind.UNLINK_PAIR, label(pair), service.deletionOf(pair));
    }

    private MomentPair stored(SessionPairing.Line line, PairDecision decision, PairClass pairClass) {
        MomentPair s = line.stored();
        if (s == null) {
            return new MomentPair(UUID.randomUUID(), line.client().id(), line.therapist().id(), PairMethod.AUTOMATIC, pairClass, decision, "");
        }
        return new MomentPair(s.id(), s.firstMomentId(), s.secondMomentId(), s.method(), pairClass, decision, s.reason());
    }

    private String label(SessionPairing.Line line) {
        return line.client().anchor().toShortClock() + " \u2194 " + line.therapist().anchor().toShortClock();
    }

    private String label(MomentPair pair) {
        Study study = service.holding(pair.firstMomentId(), pair.secondMomentId());
        return study.moment(pair.firstMomentId()).anchor().toShortClock() + " \u2194 " + study.moment(pair.secondMomentId()).anchor().toShortClock();
    }

    // ---- coding -----------------------------------------------------------------------------

    /** Applies a code to a moment, or takes it off if it is there already. Returns true if it is now applied. */
    public boolean toggle(Code code, Moment moment) {
        Optional<Coding> existing = service.holding(moment.id()).codingsOf(moment.id()).stream().filter(c -> c.codeId().equals(code.id())).findFirst();
        if (existing.isPresent()) {
            history.perform(EditKind.REMOVE_CODE, code.name(), List.of(new StudyChange.Delete(existing.get())));
            return false;
        }
        history.perform(EditKind.APPLY_CODE, code.name(), List.of(new StudyChange.Put(new Coding(UUID.randomUUID(), code.id(), moment.id(), null))));
        return true;
    }

    /** The same for a pair; coding a pair that was only suggested keeps it (confirms it) in the same step. */
    public boolean toggle(Code code, SessionPairing.Line line) {
        if (line.stored() != null) {
            Optional<Coding> existing = service.holding(line.stored().id()).codingsOf(line.stored().id()).stream().filter(c -> c.codeId().equals(code.id())).findFirst();
            if (existing.isPresent()) {
                history.perform(EditKind.REMOVE_CODE, code.name(), List.of(new StudyChange.Delete(existing.get())));
                return false;
            }
        }
        List<StudyChange> changes = new ArrayList<>();
        MomentPair pair = line.stored();
        if (pair == null || pair.decision() != PairDecision.CONFIRMED) {
            pair = stored(line, PairDecision.CONFIRMED, line.pairClass());
            changes.add(new StudyChange.Put(pair));
        }
        changes.add(new StudyChange.Put(new Coding(UUID.randomUUID(), code.id(), null, pair.id())));
        history.perform(EditKind.APPLY_CODE, code.name(), changes);
        return true;
    }

    // ---- codebook ---------------------------------------------------------------------------

    public Code createCode(String name, UUID parentId) {
        Study codebook = service.holding(); // whole in a first look
        String colour = parentId != null ? codebook.codes().stream().filter(c -> c.id().equals(parentId)).findFirst().map(Code::colour).orElse(null)
                : PALETTE[(int) codebook.codes().stream().filter(c -> c.parentId() == null).count() % PALETTE.length];
        Code code = new Code(UUID.randomUUID(), parentId, name, "", colour, false);
        history.perform(EditKind.CREATE_CODE, code.name(), List.of(new StudyChange.Put(code)));
        return code;
    }

    /** Renames, describes, recolours, moves or retires a code (a retired code stays on what it coded but is not offered). */
    public void updateCode(Code updated) {
        Code before = (Code) service.holding().find(updated.id()).orElseThrow();
        EditKind kind = before.retired() != updated.retired() ? EditKind.RETIRE_CODE : EditKind.EDIT_CODE;
        history.perform(kind, updated.name(), List.of(new StudyChange.Put(updated)));
    }

    /**
     * Merges one code into another: its codings, subcodes, theme places and memos move to the
     * other code, then it goes. A moment coded with both keeps one coding.
     */
    public void merge(Code from, Code into) {
        if (from.id().equals(into.id())) {
            throw new DomainException(AppMessages.of("codingActions.codeCannotMergedInto"));
        }
        for (Code c = into; c != null; c = c.parentId() == null ? null : (Code) study().find(c.parentId()).orElse(null)) {
            if (c.id().equals(from.id())) {
                throw new DomainException(AppMessages.of("codingActions.underMergeOtherWay", into.name(), from.name()));
            }
        }
        List<StudyChange> changes = new ArrayList<>();
        for (Coding coding : study().codings()) {
            if (coding.codeId().equals(from.id())) {
                UUID target = coding.momentId() != null ? coding.momentId() : coding.pairId();
                boolean twice = study().codingsOf(target).stream().anyMatch(c -> c.codeId().equals(into.id()));
                changes.add(twice ? new StudyChange.Delete(coding) : new StudyChange.Put(new Coding(coding.id(), into.id(), coding.momentId(), coding.pairId())));
            }
        }
        for (Code child : study().codes()) {
            if (from.id().equals(child.parentId())) {
                changes.add(new StudyChange.Put(new Code(child.id(), into.id(), child.name(), child.description(), child.colour(), child.retired())));
            }
        }
        for (Theme theme : study().themes()) {
            if (theme.codeIds().contains(from.id())) {
                Set<UUID> codes = new LinkedHashSet<>();
                theme.codeIds().forEach(c -> codes.add(c.equals(from.id()) ? into.id() : c));
                changes.add(new StudyChange.Put(withCodes(theme, List.copyOf(codes))));
            }
        }
        for (Memo memo : study().memos()) {
            if (memo.target() == MemoTarget.CODE && from.id().equals(memo.targetId())) {
                changes.add(new StudyChange.Put(new Memo(memo.id(), MemoTarget.CODE, into.id(), memo.kind(), memo.title(), memo.text(), memo.createdAt(), memo.modifiedAt())));
            }
        }
        changes.add(new StudyChange.Delete(from));
        history.perform(EditKind.MERGE_CODES, from.name() + " \u2192 " + into.name(), changes);
    }

    /** Adds a starter codebook; codes whose name the codebook already has are left out. Returns how many codes were added. */
    public int addStarter(StarterCodebook book) {
        Set<String> names = new java.util.HashSet<>();
        study().codes().forEach(c -> names.add(c.name().toLowerCase(Locale.ROOT)));
        List<StudyChange> changes = new ArrayList<>();
        Code group = study().codes().stream().filter(c -> c.parentId() == null && c.name().equalsIgnoreCase(book.groupName())).findFirst().orElse(null);
        if (group == null) {
            group = new Code(UUID.randomUUID(), null, book.groupName(), book.description(), book.colour(), false);
            changes.add(new StudyChange.Put(group));
        }
        int added = 0;
        for (StarterCodebook.Entry entry : book.codes()) {
            if (names.add(entry.name().toLowerCase(Locale.ROOT))) {
                changes.add(new StudyChange.Put(new Code(UUID.randomUUID(), group.id(), entry.name(), entry.description(), book.colour(), false)));
                added++;
            }
        }
        if (added > 0) {
            history.perform(EditKind.ADD_STARTER_CODEBOOK, book.groupName(), changes);
        }
        return added;
    }

    // ---- themes -----------------------------------------------------------------------------

    public Theme createTheme(String name, UUID parentId) {
        int position = (int) study().themes().stream().filter(t -> Objects.equals(t.parentId(), parentId)).count();
        Theme theme = new Theme(UUID.randomUUID(), parentId, name, "", ThemeStatus.CANDIDATE, position, List.of(), List.of());
        history.perform(EditKind.CREATE_THEME, name, List.of(new StudyChange.Put(theme)));
        return theme;
    }

    /** Changes a theme's name, definition or status. */
    public void updateTheme(Theme updated) {
        history.perform(EditKind.EDIT_THEME, updated.name(), List.of(new StudyChange.Put(updated)));
    }

    /** Groups a code under a theme (what dropping a code on the theme board does). Returns false if it was there already. */
    public boolean addCode(Theme theme, Code code) {
        Theme current = current(theme);
        if (current.codeIds().contains(code.id())) {
            return false;
        }
        List<UUID> codes = new ArrayList<>(current.codeIds());
        codes.add(code.id());
        history.perform(EditKind.ADD_CODE_TO_THEME, code.name() + " \u2192 " + theme.name(), List.of(new StudyChange.Put(withCodes(current, codes))));
        return true;
    }

    public void removeCode(Theme theme, Code code) {
        Theme current = current(theme);
        history.perform(EditKind.REMOVE_CODE_FROM_THEME, code.name(), List.of(new StudyChange.Put(withCodes(current,
                current.codeIds().stream().filter(c -> !c.equals(code.id())).toList()))));
    }

    /** Adds a moment as an exemplar, or removes it if it is one already. Returns true if it is now an exemplar. */
    public boolean toggleExemplar(Theme theme, Moment moment) {
        Theme current = current(theme);
        List<UUID> exemplars = new ArrayList<>(current.exemplarMomentIds());
        boolean adding = !exemplars.remove(moment.id());
        if (adding) {
            exemplars.add(moment.id());
        }
        Theme updated = new Theme(current.id(), current.parentId(), current.name(), current.definition(), current.status(), current.position(),
                current.codeIds(), exemplars);
        history.perform(adding ? EditKind.ADD_EXEMPLAR : EditKind.REMOVE_EXEMPLAR, theme.name(), List.of(new StudyChange.Put(updated)));
        return adding;
    }

    /** Makes a theme a subtheme of another (or a main theme, parent null), at the end of its new siblings. */
    public void moveTheme(Theme theme, UUID newParentId) {
        Theme current = current(theme);
        int position = (int) study().themes().stream().filter(t -> Objects.equals(t.parentId(), newParentId) && !t.id().equals(theme.id())).count();
        history.perform(EditKind.MOVE_THEME, theme.name(), List.of(new StudyChange.Put(new Theme(current.id(), newParentId, current.name(),
                current.definition(), current.status(), position, current.codeIds(), current.exemplarMomentIds()))));
    }

    /** Deletes a theme with its subthemes and their memos (codes and moments stay). */
    public void deleteTheme(Theme theme) {
        history.perform(EditKind.DELETE_THEME, theme.name(), service.deletionOf(current(theme)));
    }

    private Theme current(Theme theme) {
        return (Theme) study().find(theme.id()).orElseThrow(() -> new DomainException(AppMessages.of("codingActions.themeLongerStudy", theme.name())));
    }

    private static Theme withCodes(Theme t, List<UUID> codes) {
        return new Theme(t.id(), t.parentId(), t.name(), t.definition(), t.status(), t.position(), codes, t.exemplarMomentIds());
    }

    // ---- memos ------------------------------------------------------------------------------

    /** The memo on one thing (the first, if there are several), or on the study when targetId is null. */
    public Optional<Memo> memoOn(MemoTarget target, UUID targetId) {
        return (targetId == null ? service.holding() : service.holding(targetId)).memos().stream().filter(m -> m.target() == target && Objects.equals(m.targetId(), targetId))
                .min(java.util.Comparator.comparing(Memo::createdAt));
    }

    /** Writes the memo on one thing: creates it, changes its text, or (empty text) removes it. */
    public void writeMemo(MemoTarget target, UUID targetId, String subject, String text) {
        Optional<Memo> existing = memoOn(target, targetId);
        String newText = text == null ? "" : text;
        if (existing.map(Memo::text).orElse("").equals(newText)) {
            return;
        }
        Instant now = clock.instant();
        List<StudyChange> changes;
        if (newText.isBlank()) {
            changes = existing.<List<StudyChange>>map(m -> List.of(new StudyChange.Delete(m))).orElse(List.of());
        } else {
            Memo memo = existing.map(m -> new Memo(m.id(), m.target(), m.targetId(), m.kind(), m.title(), newText, m.createdAt(), now))
                    .orElseGet(() -> new Memo(UUID.randomUUID(), target, targetId, "analytic", "", newText, now, now));
            changes = List.of(new StudyChange.Put(memo));
        }
        history.perform(EditKind.WRITE_MEMO, subject, changes);
    }
}
