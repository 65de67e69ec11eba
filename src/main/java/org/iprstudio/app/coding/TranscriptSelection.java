package org.iprstudio.app.coding;

import java.util.List;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.TranscriptCue;

/**
 * Words a researcher selected in a session's transcript: the words, and the stretch from the
 * start of the first cue they lie in to the end of the last.
 */
public record TranscriptSelection(UUID sessionId, String words, TimeSpan cues) {
    public TranscriptSelection {
        if (sessionId == null || cues == null) {
            throw new DomainException(AppMessages.of("transcriptSelection.selectWordsSessionS"));
        }
        words = words == null ? "" : words.strip().replaceAll("\\s*\\n\\s*", " / ");
        if (words.isEmpty()) {
            throw new DomainException(AppMessages.of("transcriptSelection.selectWordsQuoteTranscript"));
        }
    }

    /** The selection of the given words in the given cues (in time order, at least one). */
    public static TranscriptSelection of(UUID sessionId, String words, List<TranscriptCue> cues) {
        if (cues.isEmpty()) {
            throw new DomainException(AppMessages.of("transcriptSelection.selectWordsTranscriptS"));
        }
        long start = cues.stream().mapToLong(c -> c.start().millis()).min().orElseThrow();
        long end = cues.stream().mapToLong(c -> c.end().millis()).max().orElseThrow();
        return new TranscriptSelection(sessionId, words, new TimeSpan(new org.iprstudio.domain.MediaTime(start), new org.iprstudio.domain.MediaTime(end)));
    }
}
