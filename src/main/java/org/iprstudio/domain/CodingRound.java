package org.iprstudio.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A round of blind parallel coding: its coders code the same sessions with the same codebook,
 * each seeing only their own codings until the lead closes the round; then the codings are
 * compared and the team decides the disagreements. Rounds are kept after closing.
 *
 * @param codeIds the round's codebook
 * @param exclusiveGroups parent codes whose child codes (in the codebook) exclude each other: one nominal variable each
 */
public record CodingRound(UUID id, String name, RoundStatus status, String lead, Instant openedAt, Instant closedAt,
                          List<UUID> sessionIds, List<String> coders, List<UUID> codeIds, List<UUID> exclusiveGroups) {
    public CodingRound {
        Require.present(id, "what.codingRoundSId");
        name = Require.text(name, "what.nameCodingRound");
        Require.present(status, "what.whetherRoundOpen");
        lead = Researcher.checkedInitials(lead);
        Require.present(openedAt, "what.whenRoundWasStarted");
        Require.that((status == RoundStatus.CLOSED) == (closedAt != null),
                status == RoundStatus.CLOSED ? "codingRound.closedNeedsTime" : "codingRound.openHasNoClosingTime");
        sessionIds = distinct(Require.present(sessionIds, "what.sessionsRound"));
        coders = distinct(Require.present(coders, "what.codersRound").stream().map(Researcher::checkedInitials).toList());
        codeIds = distinct(Require.present(codeIds, "what.codebookRound"));
        exclusiveGroups = distinct(exclusiveGroups == null ? List.of() : exclusiveGroups);
        Require.that(!sessionIds.isEmpty(), "codingRound.roundHasSessionChoose", name);
        Require.that(coders.size() >= 2, "codingRound.roundNeedsLeastTwo", name);
        Require.that(!codeIds.isEmpty(), "codingRound.roundHasCodeChoose", name);
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public boolean hasCoder(String initials) {
        return initials != null && coders.contains(initials);
    }

    public CodingRound closed(Instant at) {
        return new CodingRound(id, name, RoundStatus.CLOSED, lead, openedAt, at, sessionIds, coders, codeIds, exclusiveGroups);
    }
}
