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
        Require.present(id, "A recall pass's id");
        Require.present(sessionId, "The session of a recall pass");
        Require.present(perspective, "The perspective of a recall pass");
        Require.that(perspective.canRecall(), "An interviewer asks the questions; the perspective of a recall pass is the participant's.");
        Require.present(participantId, "The participant of a recall pass");
        Require.present(status, "The status of a recall pass");
        missingReason = Require.orEmpty(missingReason).strip();
        Require.that(status != PassStatus.MISSING || !missingReason.isEmpty(),
                "A missing recall needs a reason (for example: illness), so the gap can be reported.");
    }
}
