package org.iprstudio.exchange.subtitles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.TranscriptCue;
import org.junit.jupiter.api.Test;

class TranscriptFileTest {
    private static final MediaTime TEN_MINUTES = MediaTime.ofSeconds(600);

    private static MediaTime at(String clock) {
        return MediaTime.parse(clock);
    }

    @Test
    void readsSubRipWithSpeakerLabelsAndMarkup() {
        String srt = "1\n00:00:01,000 --> 00:00:03,500\nT: How was your <i>week</i>?\n\n2\n00:00:04,000 --> 00:00:07,250\nC: Long.\nVery long.\n";
        List<TranscriptCue> cues = TranscriptFile.parse("s.srt", srt, TEN_MINUTES);
        assertThat(cues).containsExactly(
                new TranscriptCue(at("00:00:01.000"), at("00:00:03.500"), "T", "How was your week?"),
                new TranscriptCue(at("00:00:04.000"), at("00:00:07.250"), "C", "Long. Very long."));
    }

    @Test
    void dropsAByteOrderMarkAndReadsCrlf() {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nAgain\r\n";
        List<TranscriptCue> cues = TranscriptFile.parse("s.srt", srt, TEN_MINUTES);
        assertThat(cues).extracting(TranscriptCue::text).containsExactly("Hello", "Again");
        assertThat(cues.get(1).end()).isEqualTo(at("00:00:03"));
        String vtt = "\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n<v Ana>Hi\r\n";
        assertThat(TranscriptFile.parse("s.vtt", vtt, TEN_MINUTES)).containsExactly(new TranscriptCue(at("00:01"), at("00:02"), "Ana", "Hi"));
    }

    @Test
    void keepsOverlappingCuesInTimeOrder() {
        String srt = "1\n00:00:05,000 --> 00:00:09,000\nC: second\n\n2\n00:00:01,000 --> 00:00:06,000\nT: first, talking over\n";
        List<TranscriptCue> cues = TranscriptFile.parse("s.srt", srt, TEN_MINUTES);
        assertThat(cues).extracting(TranscriptCue::speaker).containsExactly("T", "C");
        assertThat(cues.get(0).end()).isGreaterThan(cues.get(1).start());
    }

    @Test
    void aMissingEndLastsUntilTheNextCueAndTheLastOneAFewSecondsWithinTheVideo() {
        String vtt = "WEBVTT\n\n00:01.000 -->\n<v T>One\n\n00:04.000 --> 00:05.000\n<v C>Two\n\n00:08.000 -->\n<v T>Three\n";
        List<TranscriptCue> cues = TranscriptFile.parse("s.vtt", vtt, at("00:00:10"));
        assertThat(cues.get(0).end()).isEqualTo(at("00:04"));
        assertThat(cues.get(2).end()).isEqualTo(at("00:10")); // 5 s would run past the video
        assertThat(TranscriptFile.parse("s.vtt", vtt, null).get(2).end()).isEqualTo(at("00:13"));
    }

    @Test
    void readsVoiceTagsAndSkipsNoteAndStyleBlocksAndIdentifiers() {
        String vtt = "WEBVTT - session D01/3\n\nNOTE transcribed by coder K2\nsecond line of the note --> not a cue\n\nSTYLE\n::cue { color: red }\n\n"
                + "intro\n00:00:01.000 --> 00:00:02.500 align:start line:90%\n<v.loud Dr T>Shall we <b>start</b>? &amp; then</v>\n\n"
                + "NOTE\nanother note\n\n00:00:03.000 --> 00:00:04.000\n<c.blue>No voice here</c> <00:00:03.500>at all\n";
        List<TranscriptCue> cues = TranscriptFile.parse("s.vtt", vtt, TEN_MINUTES);
        assertThat(cues).containsExactly(
                new TranscriptCue(at("00:01"), at("00:02.500"), "Dr T", "Shall we start? & then"),
                new TranscriptCue(at("00:03"), at("00:04"), null, "No voice here at all"));
    }

    @Test
    void readsPlainTextWithBothTimestampFormsAndContinuationLines() {
        String text = "[00:00:05] T: Welcome back.\nHow have things been?\n\n[00:12] C: [laughs] Mixed.\n[01:00:00] T: Time is up.\n";
        List<TranscriptCue> cues = TranscriptFile.parse("notes.txt", text, MediaTime.ofSeconds(3 * 3600));
        assertThat(cues).containsExactly(
                new TranscriptCue(at("00:00:05"), at("00:00:12"), "T", "Welcome back. How have things been?"),
                new TranscriptCue(at("00:00:12"), at("01:00:00"), "C", "[laughs] Mixed."),
                new TranscriptCue(at("01:00:00"), at("01:00:05"), "T", "Time is up."));
        assertThat(TranscriptFile.formatOf("notes.txt", text)).isEqualTo(SubtitleFormat.PLAIN_TEXT);
    }

    @Test
    void aBrokenTimestampIsRefusedWithItsLineNumber() {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\n00:00:03,000 --> 00:0x:04,000\nbroken\n";
        assertThatThrownBy(() -> TranscriptFile.parse("s.srt", srt, TEN_MINUTES)).isInstanceOf(TranscriptFormatException.class)
                .hasMessageStartingWith("Line 6: '00:0x:04,000' is not a timestamp").hasMessageEndingWith("Nothing was imported.")
                .extracting(e -> ((TranscriptFormatException) e).line()).isEqualTo(6);
        String text = "[00:00:01] fine\n\n[00:6x:10] broken\n";
        assertThatThrownBy(() -> TranscriptFile.parse("t.txt", text, TEN_MINUTES)).hasMessageStartingWith("Line 3: '00:6x:10' is not a timestamp");
        String vtt = "WEBVTT\n\n00:01.000 --> 00:61.000\nhi\n";
        assertThatThrownBy(() -> TranscriptFile.parse("t.vtt", vtt, TEN_MINUTES)).hasMessageStartingWith("Line 3: '00:61.000'");
    }

    @Test
    void aCuePastTheVideosEndIsRefusedWithItsLineNumber() {
        String srt = "1\r\n00:00:01,000 --> 00:00:02,000\r\nfine\r\n\r\n2\r\n00:00:09,000 --> 00:00:11,000\r\ntoo late\r\n";
        assertThatThrownBy(() -> TranscriptFile.parse("s.srt", srt, at("00:00:10")))
                .hasMessageStartingWith("Line 6: this line ends at 00:00:11.000, past the end of the video (00:00:10.000)");
        String text = "[00:00:01] fine\n[00:00:12] after the end\n";
        assertThatThrownBy(() -> TranscriptFile.parse("t.txt", text, at("00:00:10"))).hasMessageStartingWith("Line 2: this line starts at 00:00:12.000");
    }

    @Test
    void otherProblemsAreRefusedWithTheirLineToo() {
        assertThatThrownBy(() -> TranscriptFile.parse("t.txt", "Session notes\n[00:01] hi\n", TEN_MINUTES)).hasMessageStartingWith("Line 1: the text starts before");
        assertThatThrownBy(() -> TranscriptFile.parse("s.srt", "1\n00:00:02,000 --> 00:00:01,000\nbackwards\n", TEN_MINUTES))
                .hasMessageStartingWith("Line 2: this line ends (00:00:01.000) before it starts");
        assertThatThrownBy(() -> TranscriptFile.parse("s.vtt", "1\n00:01.000 --> 00:02.000\nno header\n", TEN_MINUTES)).hasMessageStartingWith("Line 1: a WebVTT file");
        assertThatThrownBy(() -> TranscriptFile.parse("s.srt", "", TEN_MINUTES)).hasMessageContaining("no timed lines");
    }
}
