package org.iprstudio.domain;

import java.util.UUID;

/** Two moments, one from each of two perspectives of one session, that refer to the same exchange. */
public record MomentPair(UUID id, UUID firstMomentId, UUID secondMomentId, PairMethod method, PairClass pairClass,
                         PairDecision decision, String reason) implements Entity {
    public MomentPair {
        Require.present(id, "what.pairSId");
        Require.present(firstMomentId, "what.firstMomentPair");
        Require.present(secondMomentId, "what.secondMomentPair");
        Require.that(!firstMomentId.equals(secondMomentId), "momentPair.momentCannotPairedItself");
        Require.present(method, "what.howPairWasMade");
        Require.present(pairClass, "what.classPair");
        decision = decision == null ? (method == PairMethod.MANUAL ? PairDecision.CONFIRMED : PairDecision.SUGGESTED) : decision;
        reason = Require.orEmpty(reason).strip();
        Require.that(method != PairMethod.MANUAL || !reason.isEmpty(), "momentPair.pairLinkedHandNeeds");
    }

    public boolean involves(UUID momentId) {
        return firstMomentId.equals(momentId) || secondMomentId.equals(momentId);
    }
}
