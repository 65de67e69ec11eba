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
        Require.present(id, "A coding round's id");
        name = Require.text(name, "The name of the coding round");
        Require.present(status, "Whether the round is open");
        lead = Researcher.checkedInitials(lead);
        Require.present(openedAt, "When the round was started");
        Require.that((status == RoundStatus.CLOSED) == (closedAt != null),
                status == RoundStatus.CLOSED ? "A closed round needs the time it was closed." : "An open round has no closing time.");
        sessionIds = distinct(Require.present(sessionIds, "The sessions of a round"));
        coders = distinct(Require.present(coders, "The coders of a round").stream().map(Researcher::checkedInitials).toList());
        codeIds = distinct(Require.present(codeIds, "The codebook of a round"));
        exclusiveGroups = distinct(exclusiveGroups == null ? List.of() : exclusiveGroups);
        Require.that(!sessionIds.isEmpty(), "Round '" + name + "' has no session: choose at least one session to code.");
        Require.that(coders.size() >= 2, "Round '" + name + "' needs at least two coders, so that their codings can be compared.");
        Require.that(!codeIds.isEmpty(), "Round '" + name + "' has no code: choose the codes to use in this round.");
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
