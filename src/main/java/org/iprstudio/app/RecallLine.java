package org.iprstudio.app;

import org.iprstudio.domain.MediaTime;

/**
 * One line of the session's words as the recall screen may show it: its times, the speaker's label
 * as the transcript names them, and the words. Nothing else: no moment, quote or code of anyone.
 */
public record RecallLine(MediaTime start, MediaTime end, String speaker, String words) {
    public boolean contains(MediaTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
