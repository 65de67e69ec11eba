package org.iprstudio.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One supervision recall: a trainee and a supervisor watch the trainee's recorded session together.
 * The summary is the supervisor's few lines about the meeting. {@code clientViewOpenedAt} records
 * when the supervisor deliberately opened the client's recall of the session afterwards, if ever.
 */
public record SupervisionMeeting(UUID id, UUID sessionId, UUID traineeId, UUID supervisorId, LocalDate date, String summary,
                                 Instant clientViewOpenedAt) implements SupervisionRecord {
    public SupervisionMeeting {
        Require.present(id, "what.supervisionMeetingSId");
        Require.present(sessionId, "what.sessionSupervisionMeetingReviews");
        Require.present(traineeId, "what.traineeSupervisionMeeting");
        Require.present(supervisorId, "what.supervisorSupervisionMeeting");
        Require.present(date, "what.dateSupervisionMeeting");
        summary = Require.orEmpty(summary).strip();
    }

    public SupervisionMeeting withSummary(String newSummary) {
        return new SupervisionMeeting(id, sessionId, traineeId, supervisorId, date, newSummary, clientViewOpenedAt);
    }

    public SupervisionMeeting withClientViewOpenedAt(Instant when) {
        return new SupervisionMeeting(id, sessionId, traineeId, supervisorId, date, summary, when);
    }

    public boolean clientViewOpened() {
        return clientViewOpenedAt != null;
    }
}
