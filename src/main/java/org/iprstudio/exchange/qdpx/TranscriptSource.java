package org.iprstudio.exchange.qdpx;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.exchange.Xml;

/**
 * A session's transcript in a .qdpx: a plain-text file in sources/ (one line a cue,
 * "[hh:mm:ss] Label: words", which IPR Studio's plain-text import reads back) and, under the
 * session's video source, a {@code <Transcript>} naming it, with a sync point at the start and end
 * of every line's words and a transcript selection (coded as its moment) for every quote. Positions
 * count Unicode code points from the start of the file, as REFI-QDA positions do. QualCoder's
 * importer takes a transcript only when its text is inside the project and the element has a name
 * and a date, so both are always written.
 */
final class TranscriptSource {
    private final Study study;
    private final Session session;
    private final Transcript transcript;
    private final String text;
    /** For each cue: where its words start and end in the text (code points). */
    private final int[] wordsStart;
    private final int[] wordsEnd;

    TranscriptSource(Study study, Session session, Transcript transcript) {
        this.study = study;
        this.session = session;
        this.transcript = transcript;
        int n = transcript.cues().size();
        wordsStart = new int[n];
        wordsEnd = new int[n];
        StringBuilder all = new StringBuilder();
        int points = 0;
        for (int i = 0; i < n; i++) {
            TranscriptCue cue = transcript.cues().get(i);
            String prefix = "[" + cue.start().toClock().substring(0, 8) + "] " + (cue.speaker() == null ? "" : cue.speaker() + ": ");
            all.append(prefix);
            points += prefix.codePointCount(0, prefix.length());
            wordsStart[i] = points;
            all.append(cue.text());
            points += cue.text().codePointCount(0, cue.text().length());
            wordsEnd[i] = points;
            all.append('\n');
            points++;
        }
        text = all.toString();
    }

    /** The name of the text file inside sources/: the same in every export of the study. */
    static String fileName(Study study, Session session) {
        return Refi.derived(study, "transcript:" + session.id()) + ".txt";
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    void write(Xml xml, String user, Instant now, java.util.function.Function<Quote, String> quoteName) throws XMLStreamException {
        String dyad = study.dyad(session.dyadId()).code();
        xml.open("Transcript", "guid", Refi.derived(study, "transcript-element:" + session.id()), "name", dyad + "-S" + session.number() + "-transcript.txt",
                "plainTextPath", "internal://" + fileName(study, session), "creatingUser", user, "creationDateTime", Refi.dateTime(now),
                "modifyingUser", user, "modifiedDateTime", Refi.dateTime(now));
        xml.text("Description", "The words of " + dyad + " session " + session.number() + ", one line a cue, from " + transcript.source()
                + ". Sync points mark where each line's words start and end.");
        for (int i = 0; i < transcript.cues().size(); i++) {
            TranscriptCue cue = transcript.cues().get(i);
            syncPoint(xml, "sync:" + session.id() + ":" + i + ":start", cue.start().millis(), wordsStart[i]);
            syncPoint(xml, "sync:" + session.id() + ":" + i + ":end", cue.end().millis(), wordsEnd[i]);
        }
        List<Quote> quotes = study.quotes().stream().filter(q -> q.sessionId().equals(session.id())).toList();
        List<int[]> ranges = new ArrayList<>();
        for (Quote q : quotes) {
            int[] range = positionsOf(q);
            ranges.add(range);
            syncPoint(xml, "sync:quote:" + q.id() + ":start", q.cues().start().millis(), range[0]);
            syncPoint(xml, "sync:quote:" + q.id() + ":end", q.cues().end().millis(), range[1]);
        }
        for (Quote q : quotes) {
            xml.open("TranscriptSelection", "guid", Refi.guid(q.id()), "name", quoteName.apply(q),
                    "fromSyncPoint", Refi.derived(study, "sync:quote:" + q.id() + ":start"), "toSyncPoint", Refi.derived(study, "sync:quote:" + q.id() + ":end"),
                    "creatingUser", user, "creationDateTime", Refi.dateTime(now), "modifyingUser", user, "modifiedDateTime", Refi.dateTime(now));
            xml.text("Description", q.text());
            for (Coding c : study.codingsOf(q.momentId())) {
                xml.open("Coding", "guid", Refi.derived(study, "quote-coding:" + c.id()), "creatingUser", user, "creationDateTime", Refi.dateTime(now));
                xml.empty("CodeRef", "targetGUID", Refi.guid(c.codeId()));
                xml.close();
            }
            xml.close();
        }
        xml.close();
    }

    private void syncPoint(Xml xml, String what, long millis, int position) throws XMLStreamException {
        xml.empty("SyncPoint", "guid", Refi.derived(study, what), "timeStamp", Long.toString(millis), "position", Integer.toString(position));
    }

    /**
     * Where a quote's words are in the text: from its first words in the first line of its stretch to
     * its last words in the last; the whole lines' words where the text was changed since it was quoted.
     */
    int[] positionsOf(Quote q) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < transcript.cues().size(); i++) {
            TranscriptCue cue = transcript.cues().get(i);
            if (!cue.start().isBefore(q.cues().start()) && !cue.end().isAfter(q.cues().end())) {
                lines.add(i);
            }
        }
        if (lines.isEmpty()) {
            int nearest = Math.max(0, transcript.indexAt(q.cues().start()));
            return transcript.cues().isEmpty() ? new int[] {0, 0} : new int[] {wordsStart[nearest], wordsEnd[nearest]};
        }
        String[] parts = q.text().split(" / ");
        int first = lines.get(0);
        int last = lines.get(lines.size() - 1);
        String firstWords = transcript.cues().get(first).text();
        String lastWords = transcript.cues().get(last).text();
        int from = firstWords.indexOf(parts[0]);
        int to = lastWords.lastIndexOf(parts[parts.length - 1]);
        int start = from < 0 ? wordsStart[first] : wordsStart[first] + firstWords.codePointCount(0, from);
        int end = to < 0 ? wordsEnd[last] : wordsStart[last] + lastWords.codePointCount(0, to + parts[parts.length - 1].length());
        return new int[] {start, Math.max(start, end)};
    }

    /** The characters of the text between two code-point positions (for tests: what an importer cuts out). */
    String between(int from, int to) {
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }
}
