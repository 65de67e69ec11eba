package org.iprstudio.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iprstudio.Main;
import org.iprstudio.app.Checksums;
import org.iprstudio.cli.CliContext;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.testing.TestStudies;
import org.iprstudio.testing.Trees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking recordings with the real libVLC probe and real files. */
@Tag("vlc")
class VideoLinksTest {
    private static CliContext.ProbeSession probes;

    @TempDir
    Path dir;

    private SetupFixture f;
    private VideoLinks links;

    @BeforeAll
    static void startVlc() {
        probes = Main.probeSession();
    }

    @AfterAll
    static void stopVlc() {
        probes.close();
    }

    private void openEmptyStudy(Path file) {
        f = new SetupFixture(file, new Study(new StudyHeader(UUID.randomUUID(), "New", "", null, null, Protocol.standard())));
        links = new VideoLinks(f.service, f.history, probes.probe());
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static final Checksums.Progress ALWAYS = (done, total) -> true;

    @Test
    void aVideoUnderTheStudyFolderIsLinkedByRelativePathWithChecksumAndDuration() throws Exception {
        Trees.copy(TestStudies.DEMO_FOLDER.resolve("media"), dir.resolve("media"));
        openEmptyStudy(dir.resolve("study.iprs"));
        Site site = f.people.addSite("S1", "Clinic");
        var c = f.people.addParticipant("C01", org.iprstudio.domain.Role.CLIENT, "");
        var th = f.people.addParticipant("T01", org.iprstudio.domain.Role.THERAPIST, "");
        Dyad d = f.people.addDyad("D01", site, th, c);
        Session s = f.sessions.addSession(d, 3, null, false);
        Path video = dir.resolve("media/D01-S3.mp4");
        List<Long> progress = new ArrayList<>();
        VideoLinks.Prepared prepared = links.prepare(video, (done, total) -> progress.add(done));
        assertThat(progress).isNotEmpty().last().isEqualTo(Files.size(video));
        links.link(s, prepared);
        Session stored = f.reread().session(s.id());
        assertThat(stored.media().path()).isEqualTo("media/D01-S3.mp4");
        assertThat(stored.media().sha256()).isEqualTo(Checksums.sha256(video));
        assertThat(stored.media().duration().millis()).isPositive();
        f.history.undo();
        assertThat(f.reread().session(s.id()).media()).isNull();
    }

    @Test
    void aVideoOutsideTheStudyFolderIsLinkedByAbsolutePath() throws Exception {
        Files.createDirectory(dir.resolve("studies"));
        openEmptyStudy(dir.resolve("studies/study.iprs"));
        VideoLinks.Prepared prepared = links.prepare(TestStudies.DEMO_FOLDER.resolve("media/D02-S5.mp4"), ALWAYS);
        assertThat(prepared.reference()).isEqualTo(TestStudies.DEMO_FOLDER.resolve("media/D02-S5.mp4").toString());
    }

    @Test
    void aFileThatIsNotAVideoOrIsMissingIsRefusedInMediaChecksWords() throws Exception {
        openEmptyStudy(dir.resolve("study.iprs"));
        Path fake = dir.resolve("D01-S3.mp4");
        Files.writeString(fake, "This is a text file, not a video.\n");
        assertThatThrownBy(() -> links.prepare(fake, ALWAYS)).isInstanceOf(VideoLinks.Refused.class)
                .hasMessageStartingWith("D01-S3.mp4: ").hasMessageEndingWith("Nothing was linked.");
        assertThatThrownBy(() -> links.prepare(dir.resolve("gone.mp4"), ALWAYS)).isInstanceOf(VideoLinks.Refused.class)
                .hasMessage("gone.mp4: the file is not there (moved or deleted?). Nothing was linked.");
    }

    @Test
    void theChecksumCanBeCancelled() {
        openEmptyStudy(dir.resolve("study.iprs"));
        assertThatThrownBy(() -> links.prepare(TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4"), (done, total) -> false))
                .isInstanceOf(Checksums.Cancelled.class);
    }

    @Test
    void aSoundOnlyRecordingIsValidSessionMedia() throws Exception {
        openEmptyStudy(dir.resolve("study.iprs"));
        Path wav = dir.resolve("D01-S3.wav");
        Files.write(wav, silentWav(3));
        VideoLinks.Prepared prepared = links.prepare(wav, ALWAYS);
        assertThat(prepared.soundOnly()).isTrue();
        assertThat(prepared.duration().millis()).isBetween(2500L, 3500L);
    }

    @Test
    void aFolderOfVideosBecomesDyadsAndSessionsInOneUndoableStep() throws Exception {
        Path media = dir.resolve("my videos");
        Trees.copy(TestStudies.DEMO_FOLDER.resolve("media"), media);
        Files.move(media.resolve("D02-S5.mp4"), media.resolve("dyad2-sess05.mp4"));
        Files.move(media.resolve("D02-S3.mp4"), media.resolve("Dyad 02 session 3.mp4"));
        Files.copy(media.resolve("D01-S3.mp4"), media.resolve("interview.mp4"));
        openEmptyStudy(dir.resolve("study.iprs"));
        Site site = f.people.addSite("S1", "Clinic");

        List<VideoLinks.Proposal> proposals = VideoLinks.propose(media);
        assertThat(proposals).extracting(p -> p.file().getFileName().toString())
                .containsExactly("D01-S3.mp4", "D01-S5.mp4", "Dyad 02 session 3.mp4", "dyad2-sess05.mp4", "interview.mp4");
        assertThat(proposals).filteredOn(VideoLinks.Proposal::matched).extracting(p -> p.dyadCode() + "/" + p.sessionNumber())
                .containsExactly("D01/3", "D01/5", "D02/3", "D02/5");
        assertThat(proposals.get(4).matched()).isFalse();

        List<VideoLinks.Assignment> assignments = new ArrayList<>();
        for (VideoLinks.Proposal p : proposals.subList(0, 4)) {
            assignments.add(new VideoLinks.Assignment(links.prepare(p.file(), ALWAYS), p.dyadCode(), p.sessionNumber()));
        }
        links.addFromFolder(assignments, site);
        Study study = f.reread();
        assertThat(study.dyads()).extracting(Dyad::code).containsExactly("D01", "D02");
        assertThat(study.participants()).extracting(p -> p.code()).containsExactly("C01", "C02", "T01", "T02");
        assertThat(study.sessions()).allMatch(s -> s.media() != null && s.media().path().startsWith("my videos/"));
        f.history.undo();
        Study back = f.reread();
        assertThat(back.dyads()).isEmpty();
        assertThat(back.participants()).isEmpty();
        assertThat(back.sites()).hasSize(1);
    }

    /** A new study's first step is often its videos: with no site yet, the first one is made in the same undoable step. */
    @Test
    void aFolderAddedBeforeAnySiteMakesTheFirstSiteToo() throws Exception {
        openEmptyStudy(dir.resolve("study.iprs"));
        var a = new VideoLinks.Assignment(links.prepare(TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4"), ALWAYS), "D01", 3);
        links.addFromFolder(List.of(a), null);
        Study study = f.reread();
        assertThat(study.sites()).extracting(s -> s.code()).containsExactly("S1");
        assertThat(study.dyads()).singleElement().satisfies(d -> assertThat(d.siteId()).isEqualTo(study.sites().get(0).id()));
        f.history.undo();
        assertThat(f.reread().sites()).isEmpty();
    }

    @Test
    void withSitesToChooseFromOneMustBeChosen() throws Exception {
        openEmptyStudy(dir.resolve("study.iprs"));
        f.people.addSite("S1", "Clinic");
        f.people.addSite("S2", "Practice");
        var a = new VideoLinks.Assignment(links.prepare(TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4"), ALWAYS), "D01", 3);
        assertThatThrownBy(() -> links.addFromFolder(List.of(a), null)).hasMessageContaining("Choose the site for new dyads");
        assertThat(f.reread().dyads()).isEmpty();
    }

    @Test
    void twoFilesForOneSessionAreRefusedAndNothingIsLinked() throws Exception {
        openEmptyStudy(dir.resolve("study.iprs"));
        Site site = f.people.addSite("S1", "Clinic");
        var a = new VideoLinks.Assignment(links.prepare(TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4"), ALWAYS), "D01", 3);
        var b = new VideoLinks.Assignment(links.prepare(TestStudies.DEMO_FOLDER.resolve("media/D01-S5.mp4"), ALWAYS), "D01", 3);
        assertThatThrownBy(() -> links.addFromFolder(List.of(a, b), site)).hasMessageContaining("are both proposed for D01 session 3");
        assertThat(f.reread().dyads()).isEmpty();
    }

    /** A mono 16-bit PCM WAV of silence. */
    private static byte[] silentWav(int seconds) {
        int rate = 8000;
        int dataBytes = rate * 2 * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(dataBytes);
        return b.array();
    }

    /** HEVC and an MPEG-2 program stream are linked, with a caveat to accept (what is not exact, and the ffmpeg command); H.264 has none. */
    @Test
    void aRecordingThatIsNotFrameExactIsLinkedWithACaveatToAccept() throws Exception {
        Files.createDirectories(dir.resolve("media"));
        Path hevc = Files.copy(org.iprstudio.testing.MediaCorpus.file(org.iprstudio.testing.MediaCorpus.MKV_HEVC), dir.resolve("media/D01-S1.mkv"));
        Path mpeg2 = Files.copy(org.iprstudio.testing.MediaCorpus.file(org.iprstudio.testing.MediaCorpus.MPEG2_PS), dir.resolve("media/D01-S2.mpg"));
        Path h264 = Files.copy(org.iprstudio.testing.MediaCorpus.file(org.iprstudio.testing.MediaCorpus.PORTRAIT_PHONE), dir.resolve("media/D01-S3.mp4"));
        openEmptyStudy(dir.resolve("study.iprs"));
        Site site = f.people.addSite("S1", "Clinic");
        var c = f.people.addParticipant("C01", org.iprstudio.domain.Role.CLIENT, "");
        var th = f.people.addParticipant("T01", org.iprstudio.domain.Role.THERAPIST, "");
        Dyad d = f.people.addDyad("D01", site, th, c);
        Session s = f.sessions.addSession(d, 3, null, false);

        VideoLinks.Prepared prepared = links.prepare(hevc, ALWAYS);
        assertThat(prepared.caveat()).isNotNull();
        assertThat(prepared.caveat().english()).startsWith("D01-S1.mkv: frame steps and marks are not exact for this kind of recording")
                .contains("HEVC (H.265)").contains("ffmpeg -i D01-S1.mkv -c:v libx264 -crf 18 -bf 0 -c:a aac D01-S1.mp4");
        links.link(s, prepared);
        assertThat(f.reread().session(s.id()).media().path()).isEqualTo("media/D01-S1.mkv");

        VideoLinks.Prepared programStream = links.prepare(mpeg2, ALWAYS);
        assertThat(programStream.caveat()).isNotNull();
        assertThat(programStream.caveat().english()).contains("MPEG-2 program stream").contains("ffmpeg -i D01-S2.mpg -c:v libx264 -crf 18 -bf 0 -c:a aac D01-S2.mp4");
        assertThat(links.prepare(h264, ALWAYS).caveat()).isNull();
    }
}
