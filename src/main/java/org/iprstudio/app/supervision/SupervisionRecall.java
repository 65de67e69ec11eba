package org.iprstudio.app.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Supervision;
import org.iprstudio.domain.SupervisionMeeting;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.domain.SupervisionRecord;
import org.iprstudio.store.StudyChange;

/**
 * One supervision meeting, and only that: the supervision screen is given this object and nothing
 * else of the study. Trainee and supervisor see each other's words (they sit together); the
 * client's recall of the session is reachable only through {@link #openClientView}, which the
 * supervisor calls deliberately and which is recorded in the study file before anything is shown.
 * Every change commits at once.
 */
public final class SupervisionRecall {
    private final StudyService service;
    private final UUID meetingId;
    private final Clock clock;

    SupervisionRecall(StudyService service, UUID meetingId, Clock clock) {
        this.service = service;
        this.meetingId = meetingId;
        this.clock = clock;
        meeting(); // fails early if there is no such meeting
    }

    private Supervision supervision() {
        return service.study().supervision();
    }

    private SupervisionMeeting meeting() {
        return supervision().meeting(meetingId);
    }

    public UUID meetingId() {
        return meetingId;
    }

    public SupervisionInfo info() {
        Study study = service.study();
        SupervisionMeeting m = meeting();
        Session session = study.session(m.sessionId());
        return new SupervisionInfo(study.participant(m.traineeId()).code(), study.participant(m.supervisorId()).code(),
                study.dyad(session.dyadId()).code(), session.number(), m.date(), supervision().questions(),
                study.header().protocol().helpfulness(), service.mediaPathOf(session), Optional.ofNullable(session.media()).map(r -> r.duration()));
    }

    /** This meeting's stops, in time order. */
    public List<SupervisionMoment> moments() {
        return supervision().momentsOf(meetingId);
    }

    /** A new stop at the given time, saved at once. */
    public SupervisionMoment stop(MediaTime anchor, StoppedBy who) {
        SupervisionMoment moment = new SupervisionMoment(UUID.randomUUID(), meetingId, anchor, who, "", "", null, null, "", Instant.now(clock));
        put(moment);
        return moment;
    }

    /** Saves a changed stop of this meeting (and refuses any other). */
    public SupervisionMoment update(SupervisionMoment changed) {
        requireOwn(changed.id());
        if (!changed.meetingId().equals(meetingId)) {
            throw new DomainException(AppMessages.of("supervisionRecall.stopCannotMoveAnother"));
        }
        put(changed);
        return changed;
    }

    /** Removes a stop of this meeting with its learning points. */
    public void delete(UUID momentId) {
        requireOwn(momentId);
        List<StudyChange> changes = new ArrayList<>();
        supervision().removalOf(momentId).forEach(r -> changes.add(new StudyChange.DeleteSupervision(r)));
        service.apply(changes);
    }

    public List<LearningPoint> learningPoints(UUID momentId) {
        requireOwn(momentId);
        return supervision().pointsOf(momentId);
    }

    /** Notes a learning point from a stop, dated today, to be worked on. */
    public LearningPoint addLearningPoint(UUID momentId, String text) {
        requireOwn(momentId);
        LearningPoint point = new LearningPoint(UUID.randomUUID(), momentId, text, LearningStatus.WORKING_ON, LocalDate.now(clock));
        put(point);
        return point;
    }

    public void removeLearningPoint(UUID pointId) {
        LearningPoint point = supervision().point(pointId);
        requireOwn(point.momentId());
        service.apply(List.of(new StudyChange.DeleteSupervision(point)));
    }

    public String summary() {
        return meeting().summary();
    }

    /** The supervisor's few lines about this meeting. */
    public void setSummary(String summary) {
        SupervisionMeeting m = meeting();
        if (!m.summary().equals(summary == null ? "" : summary.strip())) {
            put(m.withSummary(summary));
        }
    }

    /** Whether (and when) the supervisor has opened the client's view of this session. */
    public Optional<Instant> clientViewOpenedAt() {
        return Optional.ofNullable(meeting().clientViewOpenedAt());
    }

    /**
     * "Compare with the client's view": the client's own recall of the session, which the
     * supervisor opens deliberately after the meeting. The first opening is saved before anything
     * is handed out, so the study file always says the comparison was made. Empty when the client's
     * recall is missing or not yet done.
     */
    public List<ClientViewLine> openClientView() {
        SupervisionMeeting m = meeting();
        if (m.clientViewOpenedAt() == null) {
            put(m.withClientViewOpenedAt(Instant.now(clock)));
        }
        Study study = service.study();
        Session session = study.session(m.sessionId());
        List<ClientViewLine> lines = new ArrayList<>();
        for (RecallPass pass : study.passesOf(session.id())) {
            if (pass.perspective() == Role.CLIENT && pass.status() != PassStatus.MISSING
                    && pass.participantId().equals(study.dyad(session.dyadId()).clientId())) {
                for (Moment moment : study.momentsOf(pass.id())) {
                    lines.add(new ClientViewLine(moment.anchor(), moment.comment(), moment.timeFrame(), moment.helpfulness()));
                }
            }
        }
        lines.sort(java.util.Comparator.comparing(ClientViewLine::anchor));
        return lines;
    }

    /** Whether the passphrase opens the way out of the supervision screen. Without a passphrase set, nothing is asked. */
    public boolean unlocks(char[] passphrase) {
        return service.study().recallLock().map(lock -> org.iprstudio.app.Passphrases.matches(lock, passphrase)).orElse(true);
    }

    /** Whether leaving the screen asks for the study passphrase. */
    public boolean guarded() {
        return service.study().recallLock().isPresent();
    }

    private void put(SupervisionRecord record) {
        service.apply(List.of(new StudyChange.PutSupervision(record)));
    }

    private void requireOwn(UUID momentId) {
        if (moments().stream().noneMatch(m -> m.id().equals(momentId))) {
            throw new DomainException(AppMessages.of("supervisionRecall.stopPartSupervisionMeeting"));
        }
    }
}
