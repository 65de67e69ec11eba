package org.iprstudio.app;

import java.time.LocalDate;

/** How a request to start a recall came out: the recall is open, or the pass is done and the researcher must say yes first. */
public sealed interface RecallStart {
    /** The pass is open for recall (new, planned, or done and confirmed). */
    record Opened(RecallSession recall, boolean resumed) implements RecallStart {
    }

    /**
     * The participant's pass of this session from this perspective is marked done; nothing was
     * changed. Ask the researcher, then start again with {@link RecallRequest#resumingDone()}.
     */
    record AlreadyDone(String participantCode, int moments, LocalDate date) implements RecallStart {
    }
}
