package org.iprstudio.exchange.subtitles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iprstudio.exchange.ExchangeMessages;

/**
 * Plain text: a line opening with [hh:mm:ss] or [mm:ss] starts a cue that lasts until the next;
 * lines without one continue the cue above. "[laughs]" is words, "[00:6x:10]" a broken timestamp.
 */
final class PlainTextParser {
    private static final Pattern OPENING = Pattern.compile("^\\s*\\[([^\\]]*)\\]\\s*(.*)$");

    private PlainTextParser() {
    }

    static List<RawCue> read(List<String> lines) {
        List<RawCue> cues = new ArrayList<>();
        RawCue open = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = OPENING.matcher(line);
            if (m.matches() && looksLikeTime(m.group(1))) {
                if (open != null) {
                    cues.add(finished(open));
                }
                open = new RawCue(i + 1, Timestamps.parse(m.group(1), i + 1), null, null, m.group(2).strip());
            } else if (open == null) {
                throw new TranscriptFormatException(i + 1, ExchangeMessages.of("plainTextParser.textStartsBeforeFirst"));
            } else {
                open = new RawCue(open.line(), open.start(), null, null, (open.text() + " " + line.strip()).strip());
            }
        }
        if (open != null) {
            cues.add(finished(open));
        }
        return cues;
    }

    private static boolean looksLikeTime(String inBrackets) {
        return inBrackets.contains(":") && inBrackets.chars().anyMatch(Character::isDigit);
    }

    private static RawCue finished(RawCue cue) {
        String words = CueText.plain(cue.text());
        String[] labelled = CueText.labelled(words);
        return labelled == null ? new RawCue(cue.line(), cue.start(), null, null, words)
                : new RawCue(cue.line(), cue.start(), null, labelled[0], labelled[1]);
    }
}
