package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The supervision part of a study: meetings, their stops, the learning points, and the lead
 * questions offered to the supervisor. It checks its own rules and those that reach into the
 * study (the trainee is the therapist of the session reviewed, the supervisor is a supervisor, a
 * stop lies inside the video); like the study, it is changed only after the store has committed.
 */
public final class Supervision {
    /** Kagan's inquirer leads, offered until a study edits its own list. */
    public static final List<String> LEAD_QUESTIONS = List.of(
            "What were you feeling then?",
            "What did you want to say?",
            "What would you have liked to do?",
            "How did you think the client saw you?");

    private final Map<UUID, SupervisionMeeting> meetings = new LinkedHashMap<>();
    private final Map<UUID, SupervisionMoment> moments = new LinkedHashMap<>();
    private final Map<UUID, LearningPoint> points = new LinkedHashMap<>();
    private List<String> questions = LEAD_QUESTIONS;

    /** The lead questions the supervisor can pick from (the study's own list). */
    public List<String> questions() {
        return questions;
    }

    public void setQuestions(List<String> newQuestions) {
        Require.present(newQuestions, "what.listLeadQuestions");
        List<String> cleaned = newQuestions.stream().map(q -> Require.text(q, "what.leadQuestion")).toList();
        Require.that(cleaned.stream().map(String::toLowerCase).distinct().count() == cleaned.size(), "supervision.leadQuestionListTwice");
        questions = List.copyOf(cleaned);
    }

    /** Adds or replaces a record after checking it against this supervision and the study. */
    public void put(SupervisionRecord record, Study study) {
        Require.present(record, "what.supervisionRecordStore");
        if (record instanceof SupervisionMeeting m) {
            putMeeting(m, study);
        } else if (record instanceof SupervisionMoment m) {
            putMoment(m, study);
        } else if (record instanceof LearningPoint p) {
            Require.that(moments.containsKey(p.momentId()), "supervision.learningPointMustCome");
            LearningPoint before = points.get(p.id());
            Require.that(before == null || before.momentId().equals(p.momentId()), "supervision.learningPointCannotMove");
            points.put(p.id(), p);
        }
    }

    private void putMeeting(SupervisionMeeting m, Study study) {
        Session session = study.find(m.sessionId()).filter(Session.class::isInstance).map(Session.class::cast)
                .orElseThrow(() -> new DomainException(DomainMessages.of("supervision.supervisionMeetingRefersSession")));
        Dyad dyad = study.dyad(session.dyadId());
        Participant trainee = participant(study, m.traineeId(), "the trainee of a supervision meeting");
        Participant supervisor = participant(study, m.supervisorId(), "the supervisor of a supervision meeting");
        Require.that(dyad.therapistId().equals(trainee.id()), "supervision.therapistDyadSupervisionRecall", trainee.code(), dyad.code());
        Require.that(supervisor.role() == Role.SUPERVISOR, "supervision.studySupervisionMeetingNeeds", supervisor.code(), article(supervisor.role()));
        SupervisionMeeting before = meetings.get(m.id());
        Require.that(before == null || before.sessionId().equals(m.sessionId()) && before.traineeId().equals(m.traineeId()),
                "supervision.supervisionMeetingCannotMove");
        meetings.put(m.id(), m);
    }

    private void putMoment(SupervisionMoment m, Study study) {
        SupervisionMeeting meeting = meetings.get(m.meetingId());
        Require.that(meeting != null, "supervision.supervisionMomentRefersMeeting");
        SupervisionMoment before = moments.get(m.id());
        Require.that(before == null || before.meetingId().equals(m.meetingId()), "supervision.supervisionMomentCannotMove");
        Session session = study.session(meeting.sessionId());
        MediaTime duration = session.media() == null ? null : session.media().duration();
        Require.that(duration == null || !m.anchor().isAfter(duration), () -> DomainMessages.of("supervision.stopLiesAfterEnd", m.anchor().toClock(), duration.toClock()));
        moments.put(m.id(), m);
    }

    private static Participant participant(Study study, UUID id, String what) {
        return study.find(id).filter(Participant.class::isInstance).map(Participant.class::cast)
                .orElseThrow(() -> new DomainException(DomainMessages.of("supervision.studyHasParticipant", what)));
    }

    /** "a client", "an observer": a role's name with its article, in the reader's language. */
    private static UserMessage article(Role role) {
        return DomainMessages.of("role.withArticle." + role.name());
    }

    /**
     * Copies the questions and the meetings (with their stops and learning points) into another
     * study built from this one's records: a meeting whose session or people the other study lacks is left out.
     */
    public void copyInto(Study target) {
        Supervision to = target.supervision();
        to.setQuestions(questions);
        for (SupervisionMeeting m : meetings.values()) {
            if (target.find(m.sessionId()).isEmpty() || target.find(m.traineeId()).isEmpty() || target.find(m.supervisorId()).isEmpty()) {
                continue;
            }
            to.put(m, target);
            for (SupervisionMoment stop : momentsOf(m.id())) {
                to.put(stop, target);
                pointsOf(stop.id()).forEach(p -> to.put(p, target));
            }
        }
    }

    /** Everything that goes with this record, dependents first and the record itself last. */
    public List<SupervisionRecord> removalOf(UUID id) {
        SupervisionRecord target = find(id).orElseThrow(() -> new DomainException(DomainMessages.of("supervision.nothingSupervisionHasId", id)));
        List<SupervisionRecord> order = new ArrayList<>();
        if (target instanceof SupervisionMeeting meeting) {
            for (SupervisionMoment m : momentsOf(meeting.id())) {
                order.addAll(pointsOf(m.id()));
                order.add(m);
            }
        } else if (target instanceof SupervisionMoment m) {
            order.addAll(pointsOf(m.id()));
        }
        order.add(target);
        return order;
    }

    /** Removes a record nothing refers to any more (use {@link #removalOf} first). */
    public void remove(UUID id) {
        SupervisionRecord target = find(id).orElseThrow(() -> new DomainException(DomainMessages.of("supervision.nothingSupervisionHasId", id)));
        Require.that(removalOf(id).size() == 1, "supervision.partSupervisionStillHas");
        if (target instanceof SupervisionMeeting) {
            meetings.remove(id);
        } else if (target instanceof SupervisionMoment) {
            moments.remove(id);
        } else {
            points.remove(id);
        }
    }

    /** Whether a meeting names this session or participant (which then cannot be removed from the study). */
    public boolean refersTo(UUID studyRecordId) {
        return meetings.values().stream().anyMatch(m -> m.sessionId().equals(studyRecordId) || m.traineeId().equals(studyRecordId)
                || m.supervisorId().equals(studyRecordId));
    }

    public Optional<SupervisionRecord> find(UUID id) {
        if (meetings.containsKey(id)) {
            return Optional.of(meetings.get(id));
        }
        if (moments.containsKey(id)) {
            return Optional.of(moments.get(id));
        }
        return Optional.ofNullable(points.get(id));
    }

    public boolean isEmpty() {
        return meetings.isEmpty();
    }

    /** Meetings by date, then in the order they were made. */
    public List<SupervisionMeeting> meetings() {
        return meetings.values().stream().sorted(Comparator.comparing(SupervisionMeeting::date)).toList();
    }

    public List<SupervisionMeeting> meetingsOf(UUID traineeId) {
        return meetings().stream().filter(m -> m.traineeId().equals(traineeId)).toList();
    }

    public SupervisionMeeting meeting(UUID id) {
        SupervisionMeeting m = meetings.get(id);
        Require.that(m != null, "supervision.suchSupervisionMeetingStudy");
        return m;
    }

    /** A meeting's stops in time order. */
    public List<SupervisionMoment> momentsOf(UUID meetingId) {
        return moments.values().stream().filter(m -> m.meetingId().equals(meetingId))
                .sorted(Comparator.comparing(SupervisionMoment::anchor).thenComparing(SupervisionMoment::createdAt)).toList();
    }

    public SupervisionMoment moment(UUID id) {
        SupervisionMoment m = moments.get(id);
        Require.that(m != null, "supervision.suchStopSupervision");
        return m;
    }

    /** A stop's learning points in the order they were noted. */
    public List<LearningPoint> pointsOf(UUID momentId) {
        return points.values().stream().filter(p -> p.momentId().equals(momentId)).toList();
    }

    public LearningPoint point(UUID id) {
        LearningPoint p = points.get(id);
        Require.that(p != null, "supervision.suchLearningPointSupervision");
        return p;
    }

    /** Every record, each after those it refers to: meetings, then stops, then learning points. */
    public List<SupervisionRecord> recordsInDependencyOrder() {
        List<SupervisionRecord> all = new ArrayList<>(meetings.values());
        all.addAll(moments.values());
        all.addAll(points.values());
        return all;
    }

    public int momentCount() {
        return moments.size();
    }

    public int pointCount() {
        return points.size();
    }
}
