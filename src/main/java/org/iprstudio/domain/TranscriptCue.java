package org.iprstudio.domain;

/**
 * One line of a session's transcript: who spoke (the label in the imported file, or null when
 * the file names nobody), from when to when, and the words with any markup removed.
 */
public record TranscriptCue(MediaTime start, MediaTime end, String speaker, String text) {
    public TranscriptCue {
        Require.present(start, "what.startTranscriptLine");
        Require.present(end, "what.endTranscriptLine");
        Require.that(!end.isBefore(start), "transcriptCue.transcriptLineEndsBefore", end.toClock(), start.toClock());
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        text = text == null ? "" : text.strip();
    }

    public boolean contains(MediaTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
