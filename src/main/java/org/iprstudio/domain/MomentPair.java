package org.iprstudio.domain;

import java.util.UUID;

/** Two moments, one from each of two perspectives of one session, that refer to the same exchange. */
public record MomentPair(UUID id, UUID firstMomentId, UUID secondMomentId, PairMethod method, PairClass pairClass,
                         PairDecision decision, String reason) implements Entity {
    public MomentPair {
        Require.present(id, "A pair's id");
        Require.present(firstMomentId, "The first moment of a pair");
        Require.present(secondMomentId, "The second moment of a pair");
        Require.that(!firstMomentId.equals(secondMomentId), "A moment cannot be paired with itself.");
        Require.present(method, "How the pair was made");
        Require.present(pairClass, "The class of a pair");
        decision = decision == null ? (method == PairMethod.MANUAL ? PairDecision.CONFIRMED : PairDecision.SUGGESTED) : decision;
        reason = Require.orEmpty(reason).strip();
        Require.that(method != PairMethod.MANUAL || !reason.isEmpty(), "A pair linked by hand needs a reason, so others can follow the decision.");
    }

    public boolean involves(UUID momentId) {
        return firstMomentId.equals(momentId) || secondMomentId.equals(momentId);
    }
}
