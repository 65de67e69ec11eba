package org.iprstudio.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervision recall on the demo study's working file: every change is in the file at once. */
class SupervisionRecallTest {
    @TempDir
    Path dataDir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final Clock clock = Clock.fixed(Instant.parse("2025-05-02T09:00:00Z"), ZoneOffset.UTC);
    private Path file;
    private StudyService service;
    private Session d02s3;

    @BeforeEach
    void openDemo() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        file = new DemoStudy(files).install(false);
        service = new StudyService(files.open(file));
        d02s3 = service.study().sessionByLabel("D02/3").orElseThrow();
    }

    @AfterEach
    void close() {
        service.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private StudyService reopened() {
        service.close();
        service = new StudyService(files.open(file));
        return service;
    }

    @Test
    void bothStopFeedbackAndALearningPointAreSavedAtOnce() {
        SupervisionSetup setup = new SupervisionSetup(service, clock);
        SupervisionRecall recall = setup.start(d02s3, "SV2", LocalDate.of(2025, 5, 2));
        assertThat(service.study().participants()).anyMatch(p -> p.code().equals("SV2") && p.role() == Role.SUPERVISOR);
        assertThat(recall.info().traineeCode()).isEqualTo("T02");
        assertThat(recall.info().questions()).contains("What did you want to say?");

        SupervisionMoment first = recall.stop(MediaTime.parse("02:00"), StoppedBy.TRAINEE);
        recall.update(first.withRecall("I was nervous.").withTimeFrame(TimeFrame.THEN).withQuestion("What were you feeling then?"));
        SupervisionMoment second = recall.stop(MediaTime.parse("10:00"), StoppedBy.SUPERVISOR);
        recall.update(second.withFeedback("Name the pause."));
        recall.addLearningPoint(second.id(), "Wait before filling a silence.");
        recall.setSummary("A first look at silences.");

        SupervisionSetup after = new SupervisionSetup(reopened(), clock);
        var log = after.log("t02");
        var meeting = log.meetings().stream().filter(m -> m.meeting().date().equals(LocalDate.of(2025, 5, 2))).findFirst().orElseThrow();
        assertThat(meeting.stops()).isEqualTo(2);
        assertThat(meeting.meeting().summary()).isEqualTo("A first look at silences.");
        assertThat(meeting.points()).singleElement().satisfies(p -> {
            assertThat(p.point().text()).isEqualTo("Wait before filling a silence.");
            assertThat(p.point().noted()).isEqualTo(LocalDate.of(2025, 5, 2));
            assertThat(p.moment().stoppedBy()).isEqualTo(StoppedBy.SUPERVISOR);
            assertThat(p.moment().feedback()).isEqualTo("Name the pause.");
        });
        assertThat(service.study().supervision().momentsOf(meeting.meeting().id())).extracting(SupervisionMoment::stoppedBy)
                .containsExactly(StoppedBy.TRAINEE, StoppedBy.SUPERVISOR);
        assertThat(service.study().momentCount()).isEqualTo(63); // research moments untouched
    }

    @Test
    void theSameSupervisorAndDayResumeTheMeetingAndAnotherRoleIsRefused() {
        SupervisionSetup setup = new SupervisionSetup(service, clock);
        SupervisionRecall demo = setup.start(d02s3, "SV1", LocalDate.of(2025, 4, 15));
        assertThat(demo.moments()).hasSize(4);
        assertThat(service.study().supervision().meetings()).hasSize(1);
        assertThatThrownBy(() -> setup.start(d02s3, "I1", LocalDate.now())).hasMessageContaining("I1 is an interviewer")
                .hasMessageContaining("not a supervisor");
    }

    @Test
    void aStopOfAnotherMeetingIsNotThisRecallsToChange() {
        SupervisionSetup setup = new SupervisionSetup(service, clock);
        SupervisionRecall demo = setup.start(d02s3, "SV1", LocalDate.of(2025, 4, 15));
        SupervisionRecall other = setup.start(d02s3, "SV1", LocalDate.of(2025, 5, 2));
        SupervisionMoment foreign = demo.moments().get(0);
        assertThatThrownBy(() -> other.update(foreign.withFeedback("x"))).hasMessageContaining("not part of this supervision meeting");
        assertThatThrownBy(() -> other.addLearningPoint(foreign.id(), "x")).hasMessageContaining("not part of this supervision meeting");
        assertThatThrownBy(() -> other.delete(foreign.id())).hasMessageContaining("not part of this supervision meeting");
    }

    @Test
    void deletingAStopTakesItsLearningPointsAndStatusesChange() {
        SupervisionSetup setup = new SupervisionSetup(service, clock);
        SupervisionRecall recall = setup.start(d02s3, "SV1", LocalDate.of(2025, 5, 2));
        SupervisionMoment stop = recall.stop(MediaTime.parse("03:00"), StoppedBy.TRAINEE);
        var point = recall.addLearningPoint(stop.id(), "Slow down.");
        setup.setStatus(point.id(), LearningStatus.ACHIEVED);
        assertThat(service.study().supervision().point(point.id()).status()).isEqualTo(LearningStatus.ACHIEVED);
        recall.delete(stop.id());
        assertThat(reopened().study().supervision().find(point.id())).isEmpty();
    }

    @Test
    void anUnknownTraineeIsToldWhichTraineesThereAre() {
        SupervisionSetup setup = new SupervisionSetup(service, clock);
        assertThatThrownBy(() -> setup.log("T09")).isInstanceOf(SupervisionSetup.UnknownTrainee.class)
                .hasMessage("There is no participant T09 in this study. Trainees with supervision: T02.");
        assertThatThrownBy(() -> setup.log("C02")).hasMessageContaining("C02 is a client, not a trainee");
        assertThat(setup.log("T01").meetings()).isEmpty();
    }

    @Test
    void theQuestionsAreTheStudysOwnAndSurviveReopening() {
        new SupervisionSetup(service, clock).setQuestions(List.of("What did you notice in your body?", " ", "What did you hope for?"));
        assertThat(new SupervisionSetup(reopened(), clock).questions()).containsExactly("What did you notice in your body?", "What did you hope for?");
    }

    @Test
    void theSummaryIsWrittenBesideNothingAndNeverOverAFile() throws Exception {
        SupervisionSetup setup = new SupervisionSetup(service, clock);
        Path out = dataDir.resolve("T02-supervision.html");
        setup.writeSummary("T02", out, false);
        String html = Files.readString(out);
        assertThat(html).contains("Supervision summary: T02 Marte", "Check quick agreement with an open question before moving on.",
                "24:20", "achieved", "working on");
        assertThatThrownBy(() -> setup.writeSummary("T02", out, false)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> setup.writeSummary("T02", file, true)).hasMessageContaining("study");
    }
}
