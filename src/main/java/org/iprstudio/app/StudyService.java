package org.iprstudio.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.StudyStore;

/**
 * The open study. Every change is checked against the study's rules in memory, then committed to
 * the file as one transaction; if the file refuses it (a full disk, say), memory is put back as
 * it was. So there is no Save: what the user sees is what the file holds.
 */
public final class StudyService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StudyService.class.getName());
    /** The study's file, opened and read; null while only a first look is read (see {@link #lookingFirst}). */
    private volatile StudyStore store;
    private volatile Study study;
    private final Path file;
    /** While only a first look is read: it, with the read of the whole study going on; null once the whole is in. */
    private volatile LookInProgress reading;
    private final List<StudyListener> listeners = new CopyOnWriteArrayList<>();
    private final java.time.Clock clock;
    /** Who the changes are recorded as made by (initials); see decision 0016. */
    private volatile String actor = defaultActor();

    public StudyService(StudyStore store) {
        this(store, java.time.Clock.systemUTC());
    }

    public StudyService(StudyStore store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
        this.file = store.location();
        this.study = store.load();
    }

    /** A study already read whole from its store (the store's own first load). */
    public StudyService(Opened opened) {
        this.store = opened.store();
        this.clock = java.time.Clock.systemUTC();
        this.file = store.location();
        this.study = opened.study();
    }

    /** A study file opened and read whole. */
    public record Opened(StudyStore store, Study study) {
        /** Reads the whole study from an opened store; a study that cannot be read gives its store (and lock) back at once. */
        public static Opened read(StudyStore store) {
            try {
                return new Opened(store, store.load());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
    }

    private StudyService(Path file, LookInProgress reading) {
        this.file = file;
        this.reading = reading;
        this.study = reading.look.study();
        this.clock = java.time.Clock.systemUTC();
    }

    /**
     * A large study shown first by a look at one session while the whole is opened and read (decision
     * 0026). {@link #study()} is the whole study, waiting for it; {@link #shown()} is what a view of the
     * look's session may show meanwhile. A change waits for the whole study, and is then made as always.
     */
    public static StudyService lookingFirst(Path file, org.iprstudio.domain.StudyLook look, java.util.concurrent.CompletableFuture<Opened> whole) {
        return new StudyService(file, new LookInProgress(look, null, whole));
    }

    /**
     * The same, with the store the look was read from (decision 0027): a change the look can check (a
     * coding, a pair, a moment's words in the look's session, a code) is checked against it and committed
     * at once, and made to the whole study when that is in; any other change waits for the whole study.
     */
    public static StudyService lookingFirst(Path file, org.iprstudio.store.FirstLook first, java.util.concurrent.CompletableFuture<Opened> whole) {
        return new StudyService(file, new LookInProgress(first.look(), first.store(), whole));
    }

    /** The first look shown while the whole study is read; empty once it is (or if there was none). */
    public Optional<org.iprstudio.domain.StudyLook> firstLook() {
        LookInProgress now = reading;
        return now == null ? Optional.empty() : Optional.of(now.look);
    }

    /** Whether changes were committed to the first look (decision 0027): a whole read that fails leaves them in the file. */
    public synchronized boolean changedTheLook() {
        LookInProgress now = reading;
        return now != null && now.changed();
    }

    /** Whether a change to the first look's session is committed at once (decision 0027) rather than waiting for the whole study. */
    public boolean takesChangesToTheLook() {
        LookInProgress now = reading;
        return now != null && now.takesChanges();
    }

    /** Whether the whole study is read (always, unless this service began with a first look). */
    public boolean isWhole() {
        return reading == null;
    }

    /** Whether what {@link #shown()} holds of this session is all of it: the whole study is read, or the first look is of this session. */
    public boolean shows(java.util.UUID sessionId) {
        LookInProgress now = reading;
        return now == null || now.look.covers(sessionId);
    }

    /** The number of moments of a recall pass: counted by the first look's outline while the whole study is being read. */
    public int momentCountOf(java.util.UUID passId) {
        LookInProgress now = reading;
        return now != null ? now.momentCountOf(passId) : study.momentsInPass(passId).size();
    }

    /**
     * The study these changes are checked against when made now: the first look, while it is shown and
     * can check them as the whole study would (decision 0027), else the whole study (waited for).
     */
    public Study checkedAgainst(List<StudyChange> changes) {
        LookInProgress now = reading;
        return now != null && now.storeFor(changes) != null ? now.look.study() : study();
    }

    /**
     * The study to look up a change to these records in (a moment, a pair or a coding, by id): while the
     * first look is shown and holds them, the look (which holds all that hangs on them: their codings,
     * pairs, memos and quotes); otherwise the whole study, waited for. Without ids: the look's codebook
     * and structure, which are whole in it (not the codings of a code).
     */
    public Study holding(java.util.UUID... ids) {
        LookInProgress now = reading;
        if (now == null) {
            return study;
        }
        Study shown = now.look.study();
        for (java.util.UUID id : ids) {
            if (shown.find(id).isEmpty()) {
                return study();
            }
        }
        return shown;
    }

    /**
     * What a view may show without waiting: the whole study, or while it is read the first look, which
     * holds the structure, the codes and one session ({@link #shows}). Anything else asks {@link #study()}.
     */
    public Study shown() {
        return study;
    }

    /** Runs once the whole study is in (at once if it is), on the thread that completed its read; told of a failed read too, with what it threw. */
    public void whenWhole(java.util.function.BiConsumer<Boolean, Throwable> done) {
        LookInProgress now = reading;
        if (now == null) {
            done.accept(true, null);
        } else {
            now.whole.whenComplete((opened, failure) -> done.accept(failure == null,
                    failure instanceof java.util.concurrent.CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure));
        }
    }

    /** The whole study is read: from now on it is the study (the listeners hear of it); its read's failure is thrown. */
    private synchronized void becomeWhole() {
        LookInProgress now = reading;
        if (now == null) {
            return;
        }
        now.throwIfRefused(); // the whole study in memory would not be what the file holds
        Opened opened;
        boolean waits = !now.whole.isDone();
        try {
            if (waits) {
                waitNotice.accept(true);
            }
            opened = now.whole.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            if (waits) {
                waitNotice.accept(false);
            }
        }
        Study read = opened.study();
        try {
            now.makeKeptChangesTo(read, file);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A change made to the first look of " + file + " broke a rule of the whole study.", e);
            throw e;
        }
        store = opened.store();
        study = read;
        reading = null;
        for (StudyListener listener : listeners) {
            try {
                listener.wholeStudyRead();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A view failed to show the whole study of " + file + " once it was read.", e);
            }
        }
    }

    /** Told true before a wait for the whole study and false after it (on the waiting thread), so a window can say it waits. */
    private volatile java.util.function.Consumer<Boolean> waitNotice = waiting -> { };

    /** Says so while something waits for the whole study of a first look (a pointer that waits, say). */
    public void setWaitNotice(java.util.function.Consumer<Boolean> notice) {
        waitNotice = notice;
    }

    /** The store, once the whole study is read (waiting for it). */
    private StudyStore store() {
        if (reading != null) {
            becomeWhole();
        }
        return store;
    }
    /** The operating-system account, marked by "~", for a change made when no researcher was named. */
    public static String defaultActor() {
        String user = System.getProperty("user.name", "");
        String cleaned = user.replaceAll("[^A-Za-z0-9._-]", "");
        return "~" + (cleaned.isEmpty() ? "unknown" : cleaned.length() > 32 ? cleaned.substring(0, 32) : cleaned);
    }

    /** Whom the following changes are recorded as made by: a researcher's initials, or "~account". */
    public void setActor(String initials) {
        this.actor = org.iprstudio.domain.Researcher.checkedInitials(initials);
    }

    public String actor() {
        return actor;
    }

    public java.time.Clock clock() {
        return clock;
    }

    /** Whether changes can be saved (a study opened for reading only cannot). */
    public boolean writable() {
        LookInProgress now = reading;
        StudyStore first = now == null ? null : now.early();
        return first != null ? first.writable() : store().writable();
    }

    /** The whole study (while a first look is shown, waiting for the rest to be read: see {@link #lookingFirst}). */
    public Study study() {
        if (reading != null) {
            becomeWhole();
        }
        return study;
    }

    public Path file() {
        return file;
    }

    public Path folder() {
        return file.getParent();
    }

    /** The study file's export history (Study > Export history...); not part of the study, so no listener hears of it. */
    public java.util.List<org.iprstudio.store.ExportRecord> exports() {
        return store().exports();
    }

    /** Adds an export made from this window to the history; it changes nothing else and is no edit to undo. */
    public void recordExport(org.iprstudio.store.ExportRecord record) {
        LookInProgress now = reading;
        StudyStore first = now == null ? null : now.early();
        (first != null ? first : store()).recordExport(record);
    }

    /** The video of a session as a path on this computer, if the session has one. */
    public Optional<Path> mediaPathOf(Session session) {
        return session.media() == null ? Optional.empty() : Optional.of(MediaPaths.resolve(folder(), session.media()));
    }

    public void addListener(StudyListener listener) {
        listeners.add(listener);
    }

    public void removeListener(StudyListener listener) {
        listeners.remove(listener);
    }

    /** Applies the changes all together or not at all, with an audit line worded from the changes. */
    public void apply(List<StudyChange> changes) {
        apply(changes, null);
    }

    /**
     * Applies the changes all together or not at all; the audit line (who, when, what) goes into the
     * same transaction, so the trail never misses a change nor records one that did not happen.
     */
    public void apply(List<StudyChange> changes, AuditNote note) {
        if (changes.isEmpty()) {
            return;
        }
        java.util.Map<java.util.UUID, Entity> before = new java.util.HashMap<>();
        if (!madeToTheLook(changes, note, before)) {
            commit(store(), changes, note, before); // a change is made to the whole study
        }
        // The change is committed: a screen that fails to show it must not turn it into an error (the
        // caller would drop its undo entry) nor keep the other screens from hearing of it.
        java.util.Map<java.util.UUID, Entity> outer = replaced;
        replaced = before;
        try {
            for (StudyListener listener : listeners) {
                try {
                    listener.studyChanged(changes);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A view failed to show a change that was saved to " + file
                            + "; the change is in the study file.", e);
                }
            }
        } finally {
            replaced = outer;
        }
    }

    /**
     * Made to the first look and committed, if the look is shown and can check the change (decision
     * 0027); under this service's lock, so the whole study cannot come in halfway.
     */
    private synchronized boolean madeToTheLook(List<StudyChange> changes, AuditNote note, java.util.Map<java.util.UUID, Entity> before) {
        LookInProgress now = reading;
        StudyStore store = now == null ? null : now.storeFor(changes);
        if (store == null) {
            return false;
        }
        boolean waits = store.waitsBeforeWriting(); // the first change waits for the check of every page
        if (waits) {
            waitNotice.accept(true);
        }
        try {
            now.keep(commit(store, changes, note, before));
        } finally {
            if (waits) {
                waitNotice.accept(false);
            }
        }
        return true;
    }

    /** Checks the changes against the study in memory and commits them with their audit line; memory is put back if either refuses. */
    private List<StudyChange> commit(StudyStore store, List<StudyChange> changes, AuditNote note, java.util.Map<java.util.UUID, Entity> before) {
        Study target = study;
        AuditNote described = note != null ? note : ChangeAudit.describe(target, changes);
        org.iprstudio.domain.AuditEvent event = new org.iprstudio.domain.AuditEvent(java.util.UUID.randomUUID(), clock.instant(), actor,
                described.kind(), ChangeAudit.targetOf(changes), described.what());
        List<StudyChange> all = new java.util.ArrayList<>(changes);
        all.add(new StudyChange.Audit(event));
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            for (StudyChange change : all) {
                if (change instanceof StudyChange.Put put && !before.containsKey(put.entity().id())) {
                    before.put(put.entity().id(), target.find(put.entity().id()).orElse(null));
                }
                ChangesInMemory.apply(target, change, undo, event);
            }
            store.apply(all);
        } catch (RuntimeException e) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw e;
        }
        return all;
    }

    /** While the listeners hear of a change: what each record put was before it (null: it was new). */
    private java.util.Map<java.util.UUID, Entity> replaced = java.util.Map.of();

    /**
     * While a listener hears of a change: whether a pair or a coding put in it joins other moments, or
     * lies on another moment or pair, than before (no screen does that; the study's rules allow it).
     */
    public boolean movedInChange(Entity put) {
        Entity was = replaced.get(put.id());
        if (was instanceof org.iprstudio.domain.MomentPair before && put instanceof org.iprstudio.domain.MomentPair now) {
            return !before.firstMomentId().equals(now.firstMomentId()) || !before.secondMomentId().equals(now.secondMomentId());
        } else if (was instanceof org.iprstudio.domain.Coding before && put instanceof org.iprstudio.domain.Coding now) {
            return !java.util.Objects.equals(before.momentId(), now.momentId()) || !java.util.Objects.equals(before.pairId(), now.pairId());
        }
        return false;
    }

    public void put(Entity entity) {
        apply(List.of(new StudyChange.Put(entity)));
    }

    /**
     * Removes an entity together with everything that depends on it, in one transaction; themes
     * that named a removed code or exemplar moment are kept without it.
     */
    public void delete(Entity entity) {
        apply(deletionOf(entity));
    }

    /** The changes that remove an entity with its dependents and keep the themes that named them. */
    public List<StudyChange> deletionOf(Entity entity) {
        // what hangs on a coding, a pair, a quote or a memo lies in its session: a first look holding it holds that too
        boolean local = entity instanceof org.iprstudio.domain.Coding || entity instanceof org.iprstudio.domain.MomentPair
                || entity instanceof org.iprstudio.domain.Quote || entity instanceof org.iprstudio.domain.Memo;
        Study study = local ? holding(entity.id()) : study();
        List<Entity> removal = study.removalOf(entity.id());
        List<StudyChange> changes = new java.util.ArrayList<>();
        study.themesWithout(removal).forEach(theme -> changes.add(new StudyChange.Put(theme)));
        // a session's transcript goes with it (it is not an entity: nothing else refers to it)
        removal.stream().filter(e -> e instanceof Session && study.transcriptOf(e.id()).isPresent())
                .forEach(e -> changes.add(new StudyChange.SetTranscript(e.id(), null)));
        removal.forEach(e -> changes.add(new StudyChange.Delete(e)));
        return changes;
    }

    @Override
    public void close() {
        LookInProgress now = reading;
        if (now != null) {
            now.whole.thenAccept(opened -> opened.store().close()); // its lock goes once its read is done
        } else {
            store.close();
        }
    }
}
