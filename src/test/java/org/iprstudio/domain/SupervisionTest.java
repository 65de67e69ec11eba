package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.iprstudio.testing.SupervisionStudies;
import org.junit.jupiter.api.Test;

class SupervisionTest {
    private final SupervisionStudies s = new SupervisionStudies();
    private final Study study = s.study();

    @Test
    void aMeetingReviewsASessionOfTheTraineesOwnWithASupervisor() {
        SupervisionMeeting clientAsTrainee = new SupervisionMeeting(UUID.randomUUID(), s.t.session.id(), s.t.client.id(), s.supervisor.id(),
                LocalDate.of(2025, 3, 12), "", null);
        assertThatThrownBy(() -> study.supervision().put(clientAsTrainee, study)).hasMessageContaining("C01 is not the therapist of dyad D01");
        SupervisionMeeting interviewerAsSupervisor = new SupervisionMeeting(UUID.randomUUID(), s.t.session.id(), s.t.therapist.id(),
                s.t.interviewer.id(), LocalDate.of(2025, 3, 12), "", null);
        assertThatThrownBy(() -> study.supervision().put(interviewerAsSupervisor, study)).hasMessageContaining("I1 is an interviewer")
                .hasMessageContaining("needs a supervisor");
    }

    @Test
    void aStopLiesInsideTheVideoAndALearningPointNeedsItsStop() {
        SupervisionMoment late = new SupervisionMoment(UUID.randomUUID(), s.meeting.id(), MediaTime.parse("1:30:01"), StoppedBy.TRAINEE, "", "",
                null, null, "", Instant.now());
        assertThatThrownBy(() -> study.supervision().put(late, study)).hasMessageContaining("after the end of the video (01:30:00.000)");
        LearningPoint orphan = new LearningPoint(UUID.randomUUID(), UUID.randomUUID(), "x", LearningStatus.WORKING_ON, LocalDate.now());
        assertThatThrownBy(() -> study.supervision().put(orphan, study)).hasMessageContaining("must come from a stop");
        assertThatThrownBy(() -> new LearningPoint(UUID.randomUUID(), s.byTrainee.id(), "  ", LearningStatus.WORKING_ON, LocalDate.now()))
                .hasMessageContaining("must not be empty");
    }

    @Test
    void aMeetingGoesWithItsStopsAndPointsDependentsFirst() {
        assertThat(study.supervision().removalOf(s.meeting.id())).containsExactly(s.point, s.byTrainee, s.bySupervisor, s.meeting);
        assertThatThrownBy(() -> study.supervision().remove(s.byTrainee.id())).hasMessageContaining("remove those first");
        study.supervision().remove(s.point.id());
        study.supervision().remove(s.byTrainee.id());
        assertThat(study.supervision().momentsOf(s.meeting.id())).containsExactly(s.bySupervisor);
    }

    @Test
    void theSessionAndThePeopleOfAMeetingStayWhileItDoes() {
        study.remove(s.t.clientPass.id());
        study.remove(s.t.therapistPass.id());
        assertThatThrownBy(() -> study.remove(s.t.session.id())).hasMessageContaining("part of a supervision meeting");
        assertThatThrownBy(() -> study.remove(s.supervisor.id())).hasMessageContaining("part of a supervision meeting");
        assertThatThrownBy(() -> study.put(new Participant(s.supervisor.id(), "SV1", Role.INTERVIEWER, ""))).hasMessageContaining("cannot change");
    }

    @Test
    void theLogListsEachLearningPointWithTheTimeOfItsStop() {
        SupervisionLog log = SupervisionLog.of(study, s.t.therapist);
        assertThat(log.meetings()).hasSize(1);
        assertThat(log.meetings().get(0).session()).isEqualTo("D01/3");
        assertThat(log.meetings().get(0).stops()).isEqualTo(2);
        assertThat(log.points()).extracting(p -> p.point().text() + " @ " + SupervisionLog.clock(p.moment().anchor()))
                .containsExactly("Ask before moving on. @ 04:05");
        assertThat(SupervisionLog.clock(s.bySupervisor.anchor())).isEqualTo("01:02:03");
        assertThat(SupervisionLog.of(study, s.t.client).meetings()).isEmpty();
    }

    @Test
    void leadQuestionsAreEditableButNeverBlankOrTwice() {
        assertThat(study.supervision().questions()).isEqualTo(Supervision.LEAD_QUESTIONS);
        study.supervision().setQuestions(java.util.List.of("What did you notice in your body?"));
        assertThat(study.supervision().questions()).containsExactly("What did you notice in your body?");
        assertThatThrownBy(() -> study.supervision().setQuestions(java.util.List.of("A?", "a?"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> study.supervision().setQuestions(java.util.List.of(" "))).hasMessageContaining("must not be empty");
    }
}
