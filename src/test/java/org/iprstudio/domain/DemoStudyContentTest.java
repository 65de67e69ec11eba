package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The shipped demo study tells the outline's story: these numbers are what a newcomer is shown. */
class DemoStudyContentTest {
    private final Study demo = TestStudies.demo();

    @Test
    void hasTwoDyadsWithSessionsThreeAndFive() {
        assertThat(demo.dyads()).extracting(Dyad::code).containsExactly("D01", "D02");
        for (Dyad dyad : demo.dyads()) {
            assertThat(demo.sessionsOf(dyad.id())).extracting(Session::number).containsExactly(3, 5);
        }
    }

    @Test
    void sevenRecallsAreDoneAndTheTherapistsRecallOfD02SessionFiveIsMissing() {
        Map<PassStatus, Long> byStatus = demo.passes().stream().collect(Collectors.groupingBy(RecallPass::status, Collectors.counting()));
        assertThat(byStatus).containsEntry(PassStatus.DONE, 7L).containsEntry(PassStatus.MISSING, 1L);
        RecallPass missing = demo.passes().stream().filter(p -> p.status() == PassStatus.MISSING).findFirst().orElseThrow();
        Session session = demo.session(missing.sessionId());
        assertThat(demo.dyad(session.dyadId()).code()).isEqualTo("D02");
        assertThat(session.number()).isEqualTo(5);
        assertThat(missing.perspective()).isEqualTo(Role.THERAPIST);
        assertThat(demo.momentsOf(missing.id())).isEmpty();
    }

    @Test
    void everyDoneRecallHasItsMomentsFromTheOutline() {
        Session d01s3 = demo.sessionByLabel("D01/3").orElseThrow();
        Session d02s3 = demo.sessionByLabel("D02/3").orElseThrow();
        assertThat(demo.passesOf(d01s3.id())).extracting(p -> demo.momentsOf(p.id()).size()).containsExactly(10, 9);
        assertThat(demo.passesOf(d02s3.id())).extracting(p -> demo.momentsOf(p.id()).size()).containsExactly(9, 10);
        assertThat(demo.momentCount()).isEqualTo(63);
    }

    @Test
    void containsNoRealNamesOnlyCodesAndPseudonyms() {
        assertThat(demo.participants()).allSatisfy(p -> assertThat(p.code()).matches("[CTI]\\d+|SV\\d+"));
    }

    /** The supervision example: T02 reviews session 3 of D02 with SV1; its stops are kept apart from the 63 research moments. */
    @Test
    void holdsOneSupervisionMeetingWithLearningPointsApartFromTheResearchMoments() {
        Supervision supervision = demo.supervision();
        assertThat(supervision.meetings()).hasSize(1);
        SupervisionMeeting meeting = supervision.meetings().get(0);
        Session session = demo.session(meeting.sessionId());
        assertThat(demo.dyad(session.dyadId()).code() + "/" + session.number()).isEqualTo("D02/3");
        assertThat(demo.participant(meeting.traineeId()).code()).isEqualTo("T02");
        assertThat(demo.participant(meeting.supervisorId()).role()).isEqualTo(Role.SUPERVISOR);
        assertThat(supervision.momentsOf(meeting.id())).extracting(SupervisionMoment::stoppedBy).contains(StoppedBy.TRAINEE, StoppedBy.SUPERVISOR);
        assertThat(supervision.pointCount()).isEqualTo(3);
        assertThat(supervision.questions()).isEqualTo(Supervision.LEAD_QUESTIONS);
        assertThat(demo.momentCount()).isEqualTo(63);
    }
}
