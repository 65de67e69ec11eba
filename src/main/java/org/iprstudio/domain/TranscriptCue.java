package org.iprstudio.domain;

/**
 * One line of a session's transcript: who spoke (the label in the imported file, or null when
 * the file names nobody), from when to when, and the words with any markup removed.
 */
public record TranscriptCue(MediaTime start, MediaTime end, String speaker, String text) {
    public TranscriptCue {
        Require.present(start, "The start of a transcript line");
        Require.present(end, "The end of a transcript line");
        Require.that(!end.isBefore(start), "A transcript line ends (" + end.toClock() + ") before it starts (" + start.toClock()
                + "); correct its times in the transcript file.");
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        text = text == null ? "" : text.strip();
    }

    public boolean contains(MediaTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
