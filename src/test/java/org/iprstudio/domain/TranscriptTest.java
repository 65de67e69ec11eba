package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TranscriptTest {
    private static TranscriptCue cue(double from, double to, String speaker, String text) {
        return new TranscriptCue(MediaTime.ofSeconds(from), MediaTime.ofSeconds(to), speaker, text);
    }

    private final Transcript transcript = new Transcript(UUID.randomUUID(), "s.vtt", List.of(
            cue(0, 30, "T", "A long opening about the week"), // overlaps everything up to 30 s
            cue(5, 8, "C", "Yes, the WEEK was hard"),
            cue(10, 12, "C", "and then"),
            cue(40, 45, "T", "Let us stop here")), Map.of("T", Role.THERAPIST, "C", Role.CLIENT));

    @Test
    void findsTheLatestStartedCueStillRunningEvenBehindOverlaps() {
        assertThat(transcript.indexAt(MediaTime.ofSeconds(6))).isEqualTo(1);
        assertThat(transcript.indexAt(MediaTime.ofSeconds(9))).isEqualTo(0); // the short cue is over, the long one runs on
        assertThat(transcript.indexAt(MediaTime.ofSeconds(20))).isEqualTo(0);
        assertThat(transcript.indexAt(MediaTime.ofSeconds(35))).isEqualTo(-1);
        assertThat(transcript.indexAt(MediaTime.ofSeconds(45))).isEqualTo(-1); // ends are exclusive
        assertThat(transcript.cueAt(MediaTime.ofSeconds(41))).map(TranscriptCue::text).contains("Let us stop here");
    }

    @Test
    void searchesIgnoringCaseAndListsLinesInARange() {
        assertThat(transcript.search("week")).containsExactly(0, 1);
        assertThat(transcript.search("  ")).isEmpty();
        assertThat(transcript.between(MediaTime.ofSeconds(9), MediaTime.ofSeconds(41))).extracting(TranscriptCue::text)
                .containsExactly("A long opening about the week", "and then", "Let us stop here");
        assertThat(transcript.speakerLabels()).containsExactly("T", "C");
        assertThat(transcript.roleOf(transcript.cues().get(1))).contains(Role.CLIENT);
    }

    @Test
    void aMomentsLinesAreItsSpanOrTheThirtySecondsUpToItsAnchor() {
        UUID pass = UUID.randomUUID();
        Moment withSpan = new Moment(UUID.randomUUID(), pass, MediaTime.ofSeconds(11), new TimeSpan(MediaTime.ofSeconds(9), MediaTime.ofSeconds(11)),
                Initiator.PARTICIPANT, "", null, null, null, java.time.Instant.EPOCH);
        assertThat(transcript.around(withSpan)).extracting(TranscriptCue::text).containsExactly("A long opening about the week", "and then");
        Moment atAnchor = new Moment(UUID.randomUUID(), pass, MediaTime.ofSeconds(42), null, Initiator.PARTICIPANT, "", null, null, null, java.time.Instant.EPOCH);
        assertThat(transcript.around(atAnchor)).extracting(TranscriptCue::text).containsExactly("A long opening about the week", "Let us stop here");
        Moment early = new Moment(UUID.randomUUID(), pass, MediaTime.ofSeconds(40), null, Initiator.PARTICIPANT, "", null, null, null, java.time.Instant.EPOCH);
        assertThat(transcript.around(early)).extracting(TranscriptCue::text).containsExactly("A long opening about the week", "and then", "Let us stop here");
    }

    @Test
    void speakersMapOnlyToTherapistOrClient() {
        assertThatThrownBy(() -> new Transcript(UUID.randomUUID(), "x", List.of(), Map.of("I", Role.INTERVIEWER)))
                .isInstanceOf(DomainException.class).hasMessageContaining("therapist or the client only");
    }
}
