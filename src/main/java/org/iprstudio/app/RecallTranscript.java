package org.iprstudio.app;

import java.util.List;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TranscriptCue;

/**
 * The only way from a transcript to the recall screen: the session's lines, as {@link RecallLine}s,
 * and only when the study's protocol turns transcripts on for recall. The words can steer what a
 * participant recalls, so the default is none. Quotes, moments and codes never go this way.
 */
final class RecallTranscript {
    private RecallTranscript() {
    }

    static List<RecallLine> linesOf(Study study, java.util.UUID sessionId) {
        Protocol protocol = study.header().protocol();
        if (!protocol.transcriptInRecall()) {
            return List.of();
        }
        return study.transcriptOf(sessionId).map(t -> t.cues().stream().map(RecallTranscript::line).toList()).orElse(List.of());
    }

    private static RecallLine line(TranscriptCue cue) {
        return new RecallLine(cue.start(), cue.end(), cue.speaker(), cue.text());
    }
}
