package org.iprstudio.exchange.subtitles;

import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.exchange.ExchangeMessages;

/**
 * WebVTT (.vtt): a WEBVTT header, then blocks; NOTE, STYLE and REGION blocks are skipped, a cue
 * may have an identifier line, and {@code <v Speaker>} names who speaks.
 */
final class WebVttParser {
    private WebVttParser() {
    }

    static List<RawCue> read(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).startsWith("WEBVTT")) {
            throw new TranscriptFormatException(1, ExchangeMessages.of("webVttParser.webvttFileStartsLine"));
        }
        List<RawCue> cues = new ArrayList<>();
        int i = skipBlock(lines, 0);
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            String first = lines.get(i).strip();
            if (first.equals("NOTE") || first.startsWith("NOTE ") || first.startsWith("NOTE\t") || first.equals("STYLE") || first.equals("REGION")) {
                i = skipBlock(lines, i);
                continue;
            }
            if (!lines.get(i).contains("-->")) {
                i++; // the cue's identifier
                if (i >= lines.size() || !lines.get(i).contains("-->")) {
                    throw new TranscriptFormatException(i, ExchangeMessages.of("webVttParser.followedTimingLineAdd", first));
                }
            }
            int timingLine = i + 1;
            MediaTime[] times = Timing.read(lines.get(i), timingLine);
            i++;
            StringBuilder text = new StringBuilder();
            String voice = null;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                if (voice == null) {
                    voice = CueText.voice(lines.get(i));
                }
                text.append(text.length() == 0 ? "" : " ").append(lines.get(i).strip());
                i++;
            }
            cues.add(new RawCue(timingLine, times[0], times[1], voice, CueText.plain(text.toString())));
        }
        return cues;
    }

    private static int skipBlock(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
