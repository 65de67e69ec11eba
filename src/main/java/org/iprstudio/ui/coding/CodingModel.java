package org.iprstudio.ui.coding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * What the coding panels share (on the Swing thread): the open study and its actions, the
 * session on show with its pairing, the selected moment or pair, and the pinned codes. Panels
 * listen here instead of to each other.
 */
public final class CodingModel {
    /** What panels hear. */
    public interface Listener {
        /** The study changed (any edit, undo or redo); the pairing is already up to date. */
        default void studyChanged() {
        }

        default void selectionChanged() {
        }

        default void sessionChanged() {
        }
    }

    /**
     * The thing being coded: a moment (with the pair it is in, if any), or a pair as such.
     * {@code pairTarget} says codes go to the pair rather than to the moment.
     */
    public record Selection(Moment moment, SessionPairing.Line line, boolean pairTarget) {
    }

    private final StudyService service;
    private final CodingActions actions;
    /** The one way this view learns a moment's or pair's codes (blind within an open coding round). */
    private final org.iprstudio.app.team.CodingLens lens;
    private final org.iprstudio.app.team.TeamActions team;
    private final PinnedCodes pins;
    private final Consumer<Moment> player;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> pendingEdits = new CopyOnWriteArrayList<>();
    private final List<Runnable> editorReloads = new CopyOnWriteArrayList<>();
    private boolean open = true;
    private Session session;
    private SessionPairing pairing;
    private Selection selection;
    private final org.iprstudio.app.coding.QuoteActions quotes;

    /** @param player plays a moment from its span start (switching session if needed) */
    public CodingModel(StudyService service, CodingActions actions, PinnedCodes pins, Consumer<Moment> player) {
        this.service = service;
        this.actions = actions;
        this.quotes = new org.iprstudio.app.coding.QuoteActions(service, actions.history(), java.time.Clock.systemUTC());
        this.lens = new org.iprstudio.app.team.CodingLens(service);
        this.team = new org.iprstudio.app.team.TeamActions(service, actions);
        this.pins = pins;
        this.player = player;
        service.addListener(new org.iprstudio.app.StudyListener() {
            @Override
            public void studyChanged(List<org.iprstudio.store.StudyChange> changes) {
                // asked of the service now: it knows what a record was before only while its listeners hear of the change
                java.util.Set<UUID> moved = new java.util.HashSet<>();
                changes.stream().filter(c -> c instanceof org.iprstudio.store.StudyChange.Put put && service.movedInChange(put.entity()))
                        .forEach(c -> moved.add(((org.iprstudio.store.StudyChange.Put) c).entity().id()));
                onEdt(() -> studyChangedOnEdt(changes, moved));
            }

            @Override
            public void wholeStudyRead() {
                onEdt(() -> studyChangedOnEdt()); // every panel shows the whole study afresh (no change to follow)
            }
        });
    }

    private static void onEdt(Runnable task) {
        if (javax.swing.SwingUtilities.isEventDispatchThread()) {
            task.run();
        } else {
            javax.swing.SwingUtilities.invokeLater(task);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Registers a field that saves as it is typed, so its last keys are saved before undo or close. */
    void addPendingEdit(Runnable save) {
        pendingEdits.add(save);
    }

    /** Registers an editor that shows the study afresh after an undo or redo, even where the caret is. */
    void addEditorReload(Runnable reload) {
        editorReloads.add(reload);
    }

    /** After an undo or redo: every editor shows what the study now holds. */
    public void reloadEditors() {
        editorReloads.forEach(Runnable::run);
    }

    /** Saves whatever is typed but not yet saved (before an undo, or before the study closes). */
    public void flushPendingEdits() {
        if (open) {
            pendingEdits.forEach(Runnable::run);
        }
    }

    /** The study is closing: saves pending typing, then nothing more is written through this model. */
    public void close() {
        flushPendingEdits();
        open = false;
    }

    public boolean isOpen() {
        return open;
    }

    /**
     * The study as the coding panels show it: the whole study, or while a large one is read, its first
     * look (decision 0026), which holds the session on show; the panels that show the whole study are
     * built only once it is read.
     */
    public Study study() {
        return session == null || service.shows(session.id()) ? service.shown() : service.study();
    }

    public CodingActions actions() {
        return actions;
    }

    /** Quotes from transcripts and coding transcript words (the same undo history as {@link #actions()}). */
    public org.iprstudio.app.coding.QuoteActions quotes() {
        return quotes;
    }

    public PinnedCodes pins() {
        return pins;
    }

    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    public Optional<SessionPairing> pairing() {
        return Optional.ofNullable(pairing);
    }

    public Optional<Selection> selection() {
        return Optional.ofNullable(selection);
    }

    public void showSession(Session newSession) {
        session = newSession;
        pairing = newSession == null ? null : SessionPairing.of(study(), newSession);
        if (selection != null && (newSession == null || !sessionOf(selection.moment()).id().equals(newSession.id()))) {
            selection = null;
        }
        listeners.forEach(Listener::sessionChanged);
        listeners.forEach(Listener::selectionChanged);
    }

    /** Selects a moment (its session must be on show for the pair to be known). */
    public void select(Moment moment) {
        selection = moment == null ? null : new Selection(moment, lineOf(moment.id()).orElse(null), false);
        listeners.forEach(Listener::selectionChanged);
    }

    /** Selects a pair as the thing to code. */
    public void select(SessionPairing.Line line) {
        selection = new Selection(line.client(), line, true);
        listeners.forEach(Listener::selectionChanged);
    }

    /** Codes go to the pair of the selected moment (true) or to the moment itself. */
    public void setPairTarget(boolean pairTarget) {
        if (selection != null && selection.line() != null && selection.pairTarget() != pairTarget) {
            selection = new Selection(selection.moment(), selection.line(), pairTarget);
            listeners.forEach(Listener::selectionChanged);
        }
    }

    /** The pinned codes changed: whoever shows them or binds their keys refreshes. */
    public void pinsChanged() {
        listeners.forEach(Listener::selectionChanged);
    }

    public void play(Moment moment) {
        player.accept(moment);
    }

    /** Someone else sits at the screen now: every panel shows the study as they may see it (blind rounds). */
    public void whoChanged() {
        listeners.forEach(Listener::studyChanged);
        listeners.forEach(Listener::selectionChanged);
    }

    /** The codes shown on a moment or pair of a session: the person's own in a blind round, else the study's. */
    /** The study with the coding the person at the screen may see (blind in an open round they code): for views that count or group codings. */
    public Study shownStudy() {
        return lens.shownStudy();
    }

    /** How many moments and pairs carry each code, as the person at the screen may see them. */
    public java.util.Map<UUID, Long> codeUses() {
        return lens.codeUses();
    }

    public List<org.iprstudio.domain.Coding> codingsOf(UUID sessionId, UUID unitId) {
        return lens.codingsOf(sessionId, unitId);
    }

    /** The open round the person at the screen codes blind in on the session on show, if any. */
    public Optional<org.iprstudio.domain.CodingRound> blindRound() {
        return lens.blindRoundFor(session == null ? null : session.id());
    }

    /** The open round the person at the screen codes blind in on a session, if any. */
    public Optional<org.iprstudio.domain.CodingRound> blindRoundIn(UUID sessionId) {
        return lens.blindRoundFor(sessionId);
    }

    /**
     * Codes words of the transcript on a moment (or, outside a blind round, a new researcher's moment
     * when target is null): in a blind round as the person's round coding, else as the study's.
     */
    public Moment codeWords(Code code, org.iprstudio.app.coding.TranscriptSelection words, Moment target) {
        Optional<org.iprstudio.domain.CodingRound> blind = lens.blindRoundFor(words.sessionId());
        if (blind.isPresent()) {
            team.codeWords(blind.get(), code, words, target, quotes);
            return target;
        }
        return quotes.codeSelection(code, words, target);
    }

    /** Applies or removes a code on whatever is selected; false if nothing is. */
    public boolean toggle(Code code) {
        if (selection == null) {
            return false;
        }
        Optional<org.iprstudio.domain.CodingRound> blind = lens.blindRoundFor(sessionOf(selection.moment()).id());
        if (blind.isPresent()) {
            if (selection.pairTarget() && selection.line() != null) {
                team.toggle(blind.get(), code, selection.line());
            } else {
                team.toggle(blind.get(), code, selection.moment());
            }
            return true;
        }
        if (selection.pairTarget() && selection.line() != null) {
            actions.toggle(code, selection.line());
        } else {
            actions.toggle(code, selection.moment());
        }
        return true;
    }

    public Session sessionOf(Moment moment) {
        RecallPass pass = study().pass(moment.passId());
        return study().session(pass.sessionId());
    }

    /** The kept or suggested pair a moment is in, in the session on show. */
    public Optional<SessionPairing.Line> lineOf(UUID momentId) {
        if (pairing == null) {
            return Optional.empty();
        }
        return java.util.stream.Stream.concat(pairing.kept().stream(), pairing.suggested().stream())
                .filter(l -> l.client().id().equals(momentId) || l.therapist().id().equals(momentId)).findFirst();
    }

    /** The changes the panels are hearing of while they hear of a change of the study; null at any other time. */
    private List<org.iprstudio.store.StudyChange> heard;
    /** How many changes of the study the panels have heard of, so a panel can tell whether it missed one. */
    private long changesAnnounced;

    /**
     * The changes committed that the panels are being told of (in {@link Listener#studyChanged}); null
     * when they are told for another reason (someone else at the screen) or outside that call. A panel
     * may follow them instead of rebuilding, if it heard of every change before.
     */
    List<org.iprstudio.store.StudyChange> changesHeard() {
        return heard;
    }

    /** While the panels hear of a change: whether a pair or coding put in it moved to other moments (see StudyService.movedInChange). */
    boolean movedInChange(org.iprstudio.domain.Entity put) {
        return movedHeard.contains(put.id());
    }

    /** The pairs and codings moved by the change being announced (see StudyService.movedInChange). */
    private java.util.Set<UUID> movedHeard = java.util.Set.of();

    /** How many changes of the study have been announced to the panels (the one being announced included). */
    long changesAnnounced() {
        return changesAnnounced;
    }

    private void studyChangedOnEdt(List<org.iprstudio.store.StudyChange> changes, java.util.Set<UUID> moved) {
        changesAnnounced++;
        heard = changes;
        movedHeard = moved;
        try {
            studyChangedOnEdt();
        } finally {
            heard = null;
            movedHeard = java.util.Set.of();
        }
    }

    private void studyChangedOnEdt() {
        if (session != null) {
            session = study().sessions().stream().filter(s -> s.id().equals(session.id())).findFirst().orElse(null);
            pairing = session == null ? null : SessionPairing.of(study(), session);
        }
        if (selection != null) {
            Optional<Moment> moment = study().find(selection.moment().id()).map(Moment.class::cast);
            if (moment.isEmpty()) {
                selection = null;
            } else {
                Optional<SessionPairing.Line> line = lineOf(moment.get().id());
                selection = new Selection(moment.get(), line.orElse(null), selection.pairTarget() && line.isPresent());
            }
        }
        listeners.forEach(Listener::studyChanged);
        listeners.forEach(Listener::selectionChanged);
    }
}
