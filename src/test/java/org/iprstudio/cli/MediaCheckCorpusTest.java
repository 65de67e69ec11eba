package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.MediaCorpus;
import org.iprstudio.testing.TestStudies;
import org.iprstudio.testing.Trees;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * media-check over the recordings researchers really have: a sound recording (with spaces and
 * non-ASCII letters in its name) is audio, an MPEG-2 program stream is a video, and a copy cut
 * short with its index at the front (which parses as full length) is named incomplete.
 */
@Tag("vlc")
class MediaCheckCorpusTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), org.iprstudio.Main::probeSession, (study, session) -> 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void soundIsAudioAProgramStreamIsAVideoAndACutCopyIsIncomplete() throws Exception {
        Path copy = dir.resolve("alliance-demo");
        Trees.copy(TestStudies.DEMO_FOLDER, copy);
        relink(copy, "D01-S3.mp4", MediaCorpus.AUDIO_M4A, "D01-S3 Ton – Çağrı.m4a");
        relink(copy, "D01-S5.mp4", MediaCorpus.MPEG2_PS, "D01-S5.mpg");
        relink(copy, "D02-S3.mp4", MediaCorpus.CUT_FASTSTART_MP4, "D02-S3.mp4");

        int status = run("media-check", copy.toString());
        assertThat(status).as(err + "\n" + out).isEqualTo(1);
        String text = out.toString();
        assertThat(text).contains("OK      D01/3  " + copy.resolve("media/D01-S3 Ton – Çağrı.m4a") + "  (audio only (no picture), 00:00:06.000, no checksum recorded)");
        assertThat(text).contains("OK      D01/5  " + copy.resolve("media/D01-S5.mpg") + "  (320x180, ");
        // it plays, but is not frame-exact: a warning on its line, with the command that converts it
        assertThat(text).containsPattern("OK      D01/5  .*D01-S5.mpg  \\(320x180, [^)]*\\)  WARNING: frame steps and marks are not exact for this kind of recording: "
                + "it is an MPEG-2 program stream .*\\. Convert it to MP4 \\(H\\.264\\) before coding it, for example: "
                + "ffmpeg -i D01-S5\\.mpg -c:v libx264 -crf 18 -bf 0 -c:a aac D01-S5\\.mp4");
        assertThat(text).doesNotContain("D01-S3 Ton – Çağrı.m4a  (audio only (no picture), 00:00:06.000, no checksum recorded)  WARNING");
        assertThat(text).containsPattern("BROKEN  D02/3  .*D02-S3.mp4: the file is incomplete: it ends early, at about 0:0[6-9] of 0:20");
        assertThat(text).contains("1 of 4 session videos have a problem");
    }

    /** A caveat is a warning, not a problem: the status stays 0, and the summary points to the warnings. */
    @Test
    void hevcAndAProgramStreamAreOkWithAWarningAndTheStatusStaysZero() throws Exception {
        Path copy = dir.resolve("alliance-demo");
        Trees.copy(TestStudies.DEMO_FOLDER, copy);
        relink(copy, "D01-S3.mp4", MediaCorpus.MKV_HEVC, "D01-S3.mkv");
        relink(copy, "D01-S5.mp4", MediaCorpus.MPEG2_PS, "D01-S5.mpg");

        int status = run("media-check", copy.toString());
        assertThat(status).as(err + "\n" + out).isZero();
        String text = out.toString();
        assertThat(text).containsPattern("OK      D01/3  .*D01-S3.mkv  \\(320x180, [^)]*\\)  WARNING: frame steps and marks are not exact for this kind of recording: "
                + "it is HEVC \\(H\\.265\\) video.*ffmpeg -i D01-S3\\.mkv -c:v libx264 -crf 18 -bf 0 -c:a aac D01-S3\\.mp4");
        assertThat(text).containsPattern("OK      D01/5  .*D01-S5.mpg  .*WARNING: .*MPEG-2 program stream");
        // the demo's own H.264 videos are frame-exact: no warning on their lines
        assertThat(text.lines().filter(l -> l.startsWith("OK") && l.contains("WARNING"))).hasSize(2);
        assertThat(text).contains("All 4 session videos play; 2 of them cannot be stepped and marked frame-exactly: see the lines marked WARNING.");
    }

    /** Puts a corpus file in place of a session's video and points the study at it, without checksum or duration (its moments lie later). */
    private static void relink(Path study, String oldName, String corpusName, String newName) throws Exception {
        Files.delete(study.resolve("media").resolve(oldName));
        Files.copy(MediaCorpus.file(corpusName), study.resolve("media").resolve(newName));
        Path json = study.resolve("study.json");
        String before = Files.readString(json);
        String after = before.replaceFirst("\"path\" : \"media/" + java.util.regex.Pattern.quote(oldName)
                + "\",\\s*\"sha256\" : \"[0-9a-f]{64}\",\\s*\"duration\" : \"[0-9:.]+\"",
                Matcher.quoteReplacement("\"path\" : \"media/" + newName + "\""));
        assertThat(after).as("the study names " + oldName).isNotEqualTo(before);
        Files.writeString(json, after);
    }
}
