package org.iprstudio.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One stop in a supervision recall: where the video was stopped and by whom, the lead question the
 * supervisor picked (if any), what the trainee recalls (as in a therapist's recall: what happened,
 * then or now, helpfulness) and the supervisor's feedback.
 */
public record SupervisionMoment(UUID id, UUID meetingId, MediaTime anchor, StoppedBy stoppedBy, String question, String recall,
                                TimeFrame timeFrame, Helpfulness helpfulness, String feedback, Instant createdAt) implements SupervisionRecord {
    public SupervisionMoment {
        Require.present(id, "what.supervisionMomentSId");
        Require.present(meetingId, "what.supervisionMeetingMoment");
        Require.present(anchor, "what.timeSupervisionMoment");
        Require.present(stoppedBy, "what.whoStoppedVideo");
        question = Require.orEmpty(question).strip();
        recall = Require.orEmpty(recall);
        feedback = Require.orEmpty(feedback);
        Require.present(createdAt, "what.whenSupervisionMomentWas");
    }

    public SupervisionMoment withQuestion(String newQuestion) {
        return new SupervisionMoment(id, meetingId, anchor, stoppedBy, newQuestion, recall, timeFrame, helpfulness, feedback, createdAt);
    }

    public SupervisionMoment withRecall(String newRecall) {
        return new SupervisionMoment(id, meetingId, anchor, stoppedBy, question, newRecall, timeFrame, helpfulness, feedback, createdAt);
    }

    public SupervisionMoment withTimeFrame(TimeFrame newTimeFrame) {
        return new SupervisionMoment(id, meetingId, anchor, stoppedBy, question, recall, newTimeFrame, helpfulness, feedback, createdAt);
    }

    public SupervisionMoment withHelpfulness(Helpfulness newHelpfulness) {
        return new SupervisionMoment(id, meetingId, anchor, stoppedBy, question, recall, timeFrame, newHelpfulness, feedback, createdAt);
    }

    public SupervisionMoment withFeedback(String newFeedback) {
        return new SupervisionMoment(id, meetingId, anchor, stoppedBy, question, recall, timeFrame, helpfulness, newFeedback, createdAt);
    }
}
