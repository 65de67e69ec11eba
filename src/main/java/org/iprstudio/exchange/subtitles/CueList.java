package org.iprstudio.exchange.subtitles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.exchange.ExchangeMessages;

/** Turns the cues as read into transcript lines: missing ends filled in, each checked against the video. */
final class CueList {
    /** How long the last cue lasts when the file gives no end and no later cue bounds it. */
    static final MediaTime LAST_CUE_LENGTH = MediaTime.ofSeconds(5);

    private CueList() {
    }

    static List<TranscriptCue> finish(List<RawCue> raw, MediaTime videoEnd) {
        List<RawCue> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(RawCue::start)); // stable, so overlapping cues keep the file's order
        // starts first: a cue that begins after the video is the fault, not the earlier cue it would bound
        for (RawCue cue : sorted) {
            if (videoEnd != null && !cue.start().isBefore(videoEnd)) {
                throw new TranscriptFormatException(cue.line(), ExchangeMessages.of("cueList.lineStartsPastEnd", cue.start().toClock(), videoEnd.toClock()));
            }
        }
        List<TranscriptCue> result = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RawCue cue = sorted.get(i);
            MediaTime end = cue.end() != null ? cue.end() : missingEnd(sorted, i, videoEnd);
            if (end.isBefore(cue.start())) {
                throw new TranscriptFormatException(cue.line(), ExchangeMessages.of("cueList.lineEndsBeforeStarts", end.toClock(), cue.start().toClock()));
            }
            if (videoEnd != null && end.isAfter(videoEnd)) {
                throw new TranscriptFormatException(cue.line(), ExchangeMessages.of("cueList.lineEndsPastEnd", end.toClock(), videoEnd.toClock()));
            }
            result.add(new TranscriptCue(cue.start(), end, cue.speaker(), cue.text()));
        }
        return result;
    }

    /** A cue without an end lasts until the next cue starts; the last one a few seconds, within the video. */
    private static MediaTime missingEnd(List<RawCue> sorted, int index, MediaTime videoEnd) {
        MediaTime start = sorted.get(index).start();
        for (int j = index + 1; j < sorted.size(); j++) {
            if (sorted.get(j).start().isAfter(start)) {
                return sorted.get(j).start();
            }
        }
        MediaTime end = start.plus(LAST_CUE_LENGTH);
        return videoEnd != null && end.isAfter(videoEnd) ? videoEnd : end;
    }
}
