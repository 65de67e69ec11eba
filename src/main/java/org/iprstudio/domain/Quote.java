package org.iprstudio.domain;

import java.util.UUID;

/**
 * Words of the session a researcher took from its transcript as a moment's quote: the words as
 * selected, the session they were said in, and the stretch from the start of the first cue they
 * came from to the end of the last. A moment has at most one quote; the words are kept as they
 * were quoted, so a transcript imported again later does not change what a report cites.
 */
public record Quote(UUID id, UUID momentId, UUID sessionId, TimeSpan cues, String text) implements Entity {
    public Quote {
        Require.present(id, "what.quoteSId");
        Require.present(momentId, "what.momentQuote");
        Require.present(sessionId, "what.sessionQuote");
        Require.present(cues, "what.transcriptLinesQuoteCame");
        text = Require.text(text, "what.wordsQuote");
    }
}
