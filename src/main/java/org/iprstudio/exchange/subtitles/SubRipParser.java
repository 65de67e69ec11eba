package org.iprstudio.exchange.subtitles;

import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.exchange.ExchangeMessages;

/** SubRip (.srt): numbered blocks of a timing line and text lines; "Label: words" names the speaker. */
final class SubRipParser {
    private SubRipParser() {
    }

    static List<RawCue> read(List<String> lines) {
        List<RawCue> cues = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            if (!lines.get(i).contains("-->")) {
                if (!lines.get(i).strip().matches("\\d+")) {
                    throw new TranscriptFormatException(i + 1, ExchangeMessages.of("subRipParser.expectedCueNumberTiming", lines.get(i).strip()));
                }
                i++;
            }
            if (i >= lines.size() || !lines.get(i).contains("-->")) {
                throw new TranscriptFormatException(Math.min(i, lines.size() - 1) + 1, ExchangeMessages.of("subRipParser.cueHasTimingLine", lines.get(blockStart).strip()));
            }
            int timingLine = i + 1;
            MediaTime[] times = Timing.read(lines.get(i), timingLine);
            i++;
            StringBuilder text = new StringBuilder();
            while (i < lines.size() && !lines.get(i).isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(lines.get(i).strip());
                i++;
            }
            String words = CueText.plain(text.toString());
            String[] labelled = CueText.labelled(words);
            cues.add(labelled == null ? new RawCue(timingLine, times[0], times[1], null, words)
                    : new RawCue(timingLine, times[0], times[1], labelled[0], labelled[1]));
        }
        return cues;
    }
}
