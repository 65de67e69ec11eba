package org.iprstudio.app.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.DomainMessages;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.SupervisionLog;
import org.iprstudio.domain.SupervisionMeeting;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StudyChange;

/**
 * The researcher's (or supervisor's) side of supervision: starting or resuming a meeting over a
 * session, the lead questions, the trainee's log and the status of learning points. The trainee of
 * a session is always its dyad's therapist: nobody else's sessions can be reviewed as theirs.
 */
public final class SupervisionSetup {
    private final StudyService service;
    private final Clock clock;

    public SupervisionSetup(StudyService service) {
        this(service, Clock.systemUTC());
    }

    SupervisionSetup(StudyService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** The trainee whose session this is: the dyad's therapist. */
    public Participant traineeOf(Session session) {
        Study study = service.study();
        return study.participant(study.dyad(study.session(session.id()).dyadId()).therapistId());
    }

    public List<Participant> supervisors() {
        return service.study().participants().stream().filter(p -> p.role() == Role.SUPERVISOR).toList();
    }

    /** The meetings held over this session, by date. */
    public List<SupervisionMeeting> meetingsOf(Session session) {
        return service.study().supervision().meetings().stream().filter(m -> m.sessionId().equals(session.id())).toList();
    }

    /**
     * Opens the meeting of this session with this supervisor on this date, making it if there is
     * none yet. A supervisor code not yet in the study is added as a supervisor, in the same commit;
     * a code that belongs to someone of another role is refused.
     */
    public SupervisionRecall start(Session session, String supervisorCode, LocalDate date) {
        Study study = service.study();
        Participant trainee = traineeOf(session);
        Optional<Participant> known = study.participants().stream().filter(p -> p.code().equalsIgnoreCase(supervisorCode.strip())).findFirst();
        if (known.isPresent() && known.get().role() != Role.SUPERVISOR) {
            throw new DomainException(AppMessages.of("supervisionSetup.studySupervisorTypeCode", known.get().code(), DomainMessages.of("role.withArticle." + known.get().role().name())));
        }
        if (known.isPresent()) {
            Optional<SupervisionMeeting> existing = meetingsOf(session).stream()
                    .filter(m -> m.supervisorId().equals(known.get().id()) && m.date().equals(date)).findFirst();
            if (existing.isPresent()) {
                return resume(existing.get().id());
            }
        }
        List<StudyChange> changes = new ArrayList<>();
        Participant supervisor = known.orElseGet(() -> new Participant(UUID.randomUUID(), supervisorCode, Role.SUPERVISOR, ""));
        if (known.isEmpty()) {
            changes.add(new StudyChange.Put(supervisor));
        }
        SupervisionMeeting meeting = new SupervisionMeeting(UUID.randomUUID(), session.id(), trainee.id(), supervisor.id(), date, "", null);
        changes.add(new StudyChange.PutSupervision(meeting));
        service.apply(changes);
        return resume(meeting.id());
    }

    public SupervisionRecall resume(UUID meetingId) {
        return new SupervisionRecall(service, meetingId, clock);
    }

    public List<String> questions() {
        return service.study().supervision().questions();
    }

    /** Replaces the lead questions offered in every supervision recall of the study (blank lines are dropped). */
    public void setQuestions(List<String> questions) {
        List<String> cleaned = questions.stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        service.apply(List.of(new StudyChange.SetSupervisionQuestions(cleaned)));
    }

    /** The people whose sessions have been supervised, by code. */
    public List<Participant> trainees() {
        Study study = service.study();
        return study.supervision().meetings().stream().map(m -> study.participant(m.traineeId())).distinct()
                .sorted(java.util.Comparator.comparing(Participant::code)).toList();
    }

    /** The log of the trainee with this code; an unknown code is refused with the codes there are. */
    public SupervisionLog log(String traineeCode) {
        return logOf(service.study(), traineeCode);
    }

    public static SupervisionLog logOf(Study study, String traineeCode) {
        Participant trainee = study.participants().stream().filter(p -> p.code().equalsIgnoreCase(traineeCode == null ? "" : traineeCode.strip()))
                .findFirst().orElse(null);
        List<String> known = study.supervision().meetings().stream().map(m -> study.participant(m.traineeId()).code()).distinct().sorted().toList();
        UserMessage choose = known.isEmpty() ? AppMessages.of("supervisionSetup.noMeetingsYet")
                : AppMessages.of("supervisionSetup.traineesWithSupervision", String.join(", ", known));
        if (trainee == null) {
            throw new UnknownTrainee(AppMessages.of("supervisionSetup.noSuchParticipant", traineeCode, choose));
        }
        boolean therapist = study.dyads().stream().map(Dyad::therapistId).anyMatch(trainee.id()::equals);
        if (!therapist) {
            throw new UnknownTrainee(AppMessages.of("supervisionSetup.notATrainee", trainee.code(),
                    DomainMessages.of("role.withArticle." + trainee.role().name()), choose));
        }
        return SupervisionLog.of(study, trainee);
    }

    /** Writes the trainee's supervision summary (printable HTML) to a file; never over the study, nor over a file unless forced. */
    public SupervisionLog writeSummary(String traineeCode, java.nio.file.Path out, boolean force) {
        return org.iprstudio.app.export.SupervisionSummaryExport.write(new org.iprstudio.app.LoadedStudy(service.study(), service.file(), service.folder()),
                traineeCode, out, force);
    }

    /** Sets how far the trainee has come with a learning point. */
    public void setStatus(UUID pointId, LearningStatus status) {
        LearningPoint point = service.study().supervision().point(pointId);
        if (point.status() != status) {
            service.apply(List.of(new StudyChange.PutSupervision(point.withStatus(status))));
        }
    }

    /** The code given is nobody's, or is not someone whose sessions can be supervised. */
    public static final class UnknownTrainee extends DomainException {
        UnknownTrainee(UserMessage message) {
            super(message);
        }
    }
}
