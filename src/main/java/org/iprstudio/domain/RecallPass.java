package org.iprstudio.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One recall interview: one participant watches one session and stops it at the moments that
 * mattered. Its perspective is the participant's role.
 */
public record RecallPass(UUID id, UUID sessionId, Role perspective, UUID participantId, UUID interviewerId,
                         LocalDate date, PassStatus status, String missingReason) implements Entity {
    public RecallPass {
        Require.present(id, "what.recallPassSId");
        Require.present(sessionId, "what.sessionRecallPass");
        Require.present(perspective, "what.perspectiveRecallPass");
        Require.that(perspective.canRecall(), "recallPass.interviewerAsksQuestionsPerspective");
        Require.present(participantId, "what.participantRecallPass");
        Require.present(status, "what.statusRecallPass");
        missingReason = Require.orEmpty(missingReason).strip();
        Require.that(status != PassStatus.MISSING || !missingReason.isEmpty(),
                "recallPass.missingRecallNeedsReason");
    }
}
