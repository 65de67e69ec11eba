package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The words of one session, in time order (cues may overlap: two people speak at once). Speaker
 * labels of the file are mapped to the dyad's therapist or client; a label left unmapped is another
 * speaker (an interpreter, a relative). Lookups by time are binary searches, so a two-hour session
 * with thousands of cues follows playback without scanning.
 */
public final class Transcript {
    private final UUID sessionId;
    private final String source;
    private final List<TranscriptCue> cues;
    private final Map<String, Role> speakers;
    /** For each cue, the latest end among it and all cues before it: bounds the search for overlapping cues. */
    private final long[] latestEndSoFar;
    private final String[] lowerCaseTexts;

    public Transcript(UUID sessionId, String source, List<TranscriptCue> cues, Map<String, Role> speakers) {
        this.sessionId = Require.present(sessionId, "what.sessionTranscript");
        this.source = source == null ? "" : source;
        List<TranscriptCue> sorted = new ArrayList<>(Require.present(cues, "what.linesTranscript"));
        sorted.sort(Comparator.comparing(TranscriptCue::start)); // stable: overlapping cues keep the file's order
        this.cues = List.copyOf(sorted);
        Map<String, Role> mapped = new LinkedHashMap<>();
        Require.present(speakers, "what.speakersTranscript").forEach((label, role) -> {
            Require.that(role == Role.THERAPIST || role == Role.CLIENT, "transcript.speakerCanMappedTherapist", label);
            mapped.put(label, role);
        });
        this.speakers = java.util.Collections.unmodifiableMap(mapped);
        latestEndSoFar = new long[this.cues.size()];
        lowerCaseTexts = new String[this.cues.size()];
        long latest = 0;
        for (int i = 0; i < this.cues.size(); i++) {
            latest = Math.max(latest, this.cues.get(i).end().millis());
            latestEndSoFar[i] = latest;
            lowerCaseTexts[i] = this.cues.get(i).text().toLowerCase(Locale.ROOT);
        }
    }

    public UUID sessionId() {
        return sessionId;
    }

    /** The name of the file it was imported from, for the researcher's reference. */
    public String source() {
        return source;
    }

    public List<TranscriptCue> cues() {
        return cues;
    }

    /** Label to role, for the labels mapped to the dyad's therapist or client. */
    public Map<String, Role> speakers() {
        return speakers;
    }

    /** The speaker labels in the order they first speak. */
    public List<String> speakerLabels() {
        return cues.stream().map(TranscriptCue::speaker).filter(java.util.Objects::nonNull).distinct().toList();
    }

    public Optional<Role> roleOf(TranscriptCue cue) {
        return cue.speaker() == null ? Optional.empty() : Optional.ofNullable(speakers.get(cue.speaker()));
    }

    /** The last cue to start that is still running at {@code time}, as an index; -1 if nobody speaks then. */
    public int indexAt(MediaTime time) {
        int i = lastStartingAtOrBefore(time.millis());
        for (; i >= 0 && latestEndSoFar[i] > time.millis(); i--) {
            if (cues.get(i).contains(time)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<TranscriptCue> cueAt(MediaTime time) {
        int i = indexAt(time);
        return i < 0 ? Optional.empty() : Optional.of(cues.get(i));
    }

    /** The cues that overlap [from, to), in time order. */
    public List<TranscriptCue> between(MediaTime from, MediaTime to) {
        List<TranscriptCue> result = new ArrayList<>();
        int last = lastStartingAtOrBefore(to.millis() - 1);
        for (int i = 0; i <= last; i++) {
            if (latestEndSoFar[i] > from.millis() && cues.get(i).end().isAfter(from)) {
                result.add(cues.get(i));
            }
        }
        return result;
    }

    /** How far back the words before a moment without a span reach. */
    public static final MediaTime BEFORE_ANCHOR = MediaTime.ofSeconds(30);

    /** The lines around a moment: those in its span, or, without a span, the 30 s up to its anchor. */
    public List<TranscriptCue> around(Moment moment) {
        if (moment.span() != null) {
            return between(moment.span().start(), moment.span().end());
        }
        return between(moment.anchor().minusClamped(BEFORE_ANCHOR), moment.anchor().plus(MediaTime.ofMillis(1)));
    }

    /** The indexes of the cues whose words contain {@code query}, ignoring case; none for a blank query. */
    public List<Integer> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lowerCaseTexts.length; i++) {
            if (lowerCaseTexts[i].contains(needle)) {
                hits.add(i);
            }
        }
        return hits;
    }

    /** The latest end of any cue, or zero for an empty transcript. */
    public MediaTime end() {
        return latestEndSoFar.length == 0 ? MediaTime.ZERO : new MediaTime(latestEndSoFar[latestEndSoFar.length - 1]);
    }

    private int lastStartingAtOrBefore(long millis) {
        int low = 0;
        int high = cues.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (cues.get(mid).start().millis() <= millis) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transcript t && t.sessionId.equals(sessionId) && t.source.equals(source) && t.cues.equals(cues) && t.speakers.equals(speakers);
    }

    @Override
    public int hashCode() {
        return sessionId.hashCode() * 31 + cues.hashCode();
    }

    @Override
    public String toString() {
        return "Transcript[" + sessionId + ", " + cues.size() + " cues from " + source + "]";
    }
}
