package org.iprstudio.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;

/**
 * One recall pass, and only that: the recall screen is given this object and nothing else of the
 * study, so no query it can make reaches another perspective's moments. Every method that
 * changes something commits at once, and throws {@link NotSaved} if the study file refuses.
 */
public final class RecallSession {
    private final StudyService service;
    private final UUID passId;
    private final Clock clock;
    private final Deque<UUID> marksThisRun = new ArrayDeque<>();

    RecallSession(StudyService service, UUID passId, Clock clock) {
        this.service = service;
        this.passId = passId;
        this.clock = clock;
        pass(); // fails early if there is no such pass
    }

    /** Opens a pass of the service's study for recall. */
    public static RecallSession of(StudyService service, UUID passId) {
        return new RecallSession(service, passId, Clock.systemUTC());
    }

    private RecallPass pass() {
        return service.study().pass(passId);
    }

    public UUID passId() {
        return passId;
    }

    public RecallInfo info() {
        Study study = service.study();
        RecallPass pass = pass();
        Session session = study.session(pass.sessionId());
        var protocol = study.header().protocol();
        return new RecallInfo(pass.perspective(), study.participant(pass.participantId()).code(), study.dyad(session.dyadId()).code(),
                session.number(), protocol.prompts(), protocol.helpfulness(), protocol.intensity(), protocol.quickTags(),
                service.mediaPathOf(session), Optional.ofNullable(session.media()).map(m -> m.duration()));
    }

    /**
     * The session's words for the recall screen, in time order: none unless the study's protocol
     * shows the transcript during recall (Study > Settings), and never anything but the words.
     */
    public List<RecallLine> transcriptLines() {
        return RecallTranscript.linesOf(service.study(), pass().sessionId());
    }

    /** This pass's own moments, in time order. */
    public List<Moment> moments() {
        return service.study().momentsOf(passId);
    }

    /** A new moment at the given time, saved at once. */
    public Moment mark(MediaTime anchor, Initiator initiator) {
        Moment moment = new Moment(UUID.randomUUID(), passId, anchor, null, initiator, "", null, null, null, Instant.now(clock));
        commit(() -> service.put(moment));
        marksThisRun.push(moment.id());
        return moment;
    }

    /** Saves a changed moment of this pass (and refuses any other). */
    public Moment update(Moment changed) {
        requireOwn(changed.id());
        if (!changed.passId().equals(passId)) {
            throw new DomainException(AppMessages.of("recallSession.momentCannotMoveAnother"));
        }
        commit(() -> service.put(changed));
        return changed;
    }

    public void delete(UUID momentId) {
        requireOwn(momentId);
        commit(() -> service.delete(service.study().moment(momentId)));
        marksThisRun.remove(momentId);
    }

    /** Removes the most recent mark made in this sitting, if any is left. */
    public Optional<Moment> undoLastMark() {
        while (!marksThisRun.isEmpty()) {
            UUID last = marksThisRun.pop();
            Optional<Moment> moment = moments().stream().filter(m -> m.id().equals(last)).findFirst();
            if (moment.isPresent()) {
                try {
                    commit(() -> service.delete(moment.get()));
                } catch (NotSaved e) {
                    marksThisRun.push(last); // still there, so it can still be undone
                    throw e;
                }
                return moment;
            }
        }
        return Optional.empty();
    }

    /** Marks the pass as done (the participant has watched it through, or the interview ended). */
    public void finish() {
        RecallPass p = pass();
        if (p.status() != PassStatus.DONE) {
            commit(() -> service.put(new RecallPass(p.id(), p.sessionId(), p.perspective(), p.participantId(), p.interviewerId(), p.date(),
                    PassStatus.DONE, "")));
        }
    }

    /** Whether the passphrase opens the way out of the recall screen. Without a passphrase set, nothing does. */
    public boolean unlocks(char[] passphrase) {
        return service.study().recallLock().map(lock -> Passphrases.matches(lock, passphrase)).orElse(false);
    }

    /** Writes through to the study file; if the file refuses (a full disk), nothing changed, in memory or in the file. */
    private static void commit(Runnable write) {
        try {
            write.run();
        } catch (StoreException e) {
            throw new NotSaved(e);
        }
    }

    /**
     * The study file refused a change of this recall (the disk is full, say): nothing of it was
     * saved, and memory is as it was before. The message is the store's, for the researcher.
     */
    public static final class NotSaved extends RuntimeException implements HasUserMessage {
        private final transient UserMessage userMessage;

        NotSaved(StoreException cause) {
            super(cause.getMessage(), cause);
            this.userMessage = cause.userMessage();
        }

        @Override
        public UserMessage userMessage() {
            return userMessage;
        }
    }

    private void requireOwn(UUID momentId) {
        boolean own = moments().stream().anyMatch(m -> m.id().equals(momentId));
        if (!own) {
            throw new DomainException(AppMessages.of("recallSession.momentPartRecall"));
        }
    }
}
