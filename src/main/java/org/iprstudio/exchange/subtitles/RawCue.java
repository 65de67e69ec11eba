package org.iprstudio.exchange.subtitles;

import org.iprstudio.domain.MediaTime;

/** A cue as read, before missing ends are filled in; {@code line} is where its timing stands. */
record RawCue(int line, MediaTime start, MediaTime end, String speaker, String text) {
}
