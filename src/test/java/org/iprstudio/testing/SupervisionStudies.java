package org.iprstudio.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.SupervisionMeeting;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.domain.TimeFrame;

/** The small test study with a supervision meeting over its session: T01 with the supervisor SV1, two stops, one learning point. */
public final class SupervisionStudies {
    public final TestStudies t = new TestStudies();
    public final Participant supervisor = new Participant(UUID.randomUUID(), "SV1", Role.SUPERVISOR, "Supervisor A");
    public final SupervisionMeeting meeting = new SupervisionMeeting(UUID.randomUUID(), t.session.id(), t.therapist.id(), supervisor.id(),
            LocalDate.of(2025, 3, 11), "Good first review.", null);
    public final SupervisionMoment byTrainee = new SupervisionMoment(UUID.randomUUID(), meeting.id(), MediaTime.parse("04:05"), StoppedBy.TRAINEE,
            "What were you feeling then?", "I felt unsure whether to push.", TimeFrame.THEN, new Helpfulness(6), "Trust that doubt.",
            Instant.parse("2025-03-11T10:05:00Z"));
    public final SupervisionMoment bySupervisor = new SupervisionMoment(UUID.randomUUID(), meeting.id(), MediaTime.parse("1:02:03"),
            StoppedBy.SUPERVISOR, "", "I did not see it then.", TimeFrame.NOW, null, "Look at the client's face here.",
            Instant.parse("2025-03-11T10:20:00Z"));
    public final LearningPoint point = new LearningPoint(UUID.randomUUID(), byTrainee.id(), "Ask before moving on.", LearningStatus.WORKING_ON,
            LocalDate.of(2025, 3, 11));

    /** The test study (its video made 90 minutes long, so a stop past the hour fits) with the meeting. */
    public Study study() {
        Study study = t.study();
        study.put(t.session.withMedia(new org.iprstudio.domain.MediaRef("media/D01-S3.mp4", null, MediaTime.parse("1:30:00"))));
        study.put(supervisor);
        study.supervision().put(meeting, study);
        study.supervision().put(byTrainee, study);
        study.supervision().put(bySupervisor, study);
        study.supervision().put(point, study);
        return study;
    }
}
