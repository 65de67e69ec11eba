package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallKitsTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private StudyService office;

    @BeforeEach
    void openOfficeStudy() {
        Path file = dir.resolve("office.iprs");
        Study demo = TestStudies.demo();
        // the office study refers to the shipped videos by absolute path
        List<org.iprstudio.domain.Entity> entities = demo.entitiesInDependencyOrder().stream()
                .map(e -> e instanceof Session s ? s.withMedia(MediaPaths.rebase(s.media(), TestStudies.DEMO_FOLDER, dir)) : e).toList();
        files.create(file, Study.of(demo.header(), entities));
        office = new StudyService(files.open(file));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Session session(String label) {
        return office.study().sessionByLabel(label).orElseThrow();
    }

    @Test
    void aKitHoldsOnePassAndNothingOfAnyOther() throws Exception {
        Path kit = new RecallKits(office).export(session("D02/3"), Role.CLIENT, dir.resolve("kit.iprkit"));
        Study read = new StudyJson().readKit(kit);
        assertThat(read.passes()).singleElement().satisfies(p -> assertThat(p.perspective()).isEqualTo(Role.CLIENT));
        assertThat(read.momentCount()).isEqualTo(9);
        assertThat(read.codes()).isEmpty();
        assertThat(read.pairs()).isEmpty();
        assertThat(read.memos()).isEmpty();
        assertThat(read.themes()).isEmpty();
        String text = Files.readString(kit);
        var therapistPass = office.study().passesOf(session("D02/3").id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst().orElseThrow();
        for (Moment other : office.study().momentsOf(therapistPass.id())) {
            assertThat(text).doesNotContain(other.id().toString()).doesNotContain(other.comment());
        }
        assertThat(text).doesNotContain(therapistPass.id().toString());
    }

    @Test
    void aRecallDoneElsewhereComesBackOnceAndNeverOverwritesLaterWork() throws Exception {
        Path kit = new RecallKits(office).export(session("D01/3"), Role.THERAPIST, dir.resolve("out.iprkit"));

        // on the laptop: a study made from the kit, one more moment
        Path laptopStudy = RecallKits.openKit(kit, files);
        Path returned;
        try (StudyService laptop = new StudyService(files.open(laptopStudy))) {
            assertThat(laptop.study().passes()).hasSize(1);
            RecallSession recall = RecallSession.of(laptop, laptop.study().passes().get(0).id());
            Moment added = recall.mark(MediaTime.parse("44:00"), Initiator.PARTICIPANT);
            recall.update(added.withComment("Wrapping up felt rushed."));
            Moment firstThere = recall.moments().get(0);
            recall.update(firstThere.withComment("changed on the laptop"));
            recall.finish();
            returned = new RecallKits(laptop).export(laptop.study().session(laptop.study().passes().get(0).sessionId()), Role.THERAPIST,
                    dir.resolve("back.iprkit"));
        }

        // back at the office, where the first moment was edited meanwhile
        var pass = office.study().passesOf(session("D01/3").id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst().orElseThrow();
        Moment officeFirst = office.study().momentsOf(pass.id()).get(0);
        office.put(officeFirst.withComment("edited at the office"));

        RecallKits kits = new RecallKits(office);
        RecallKits.ImportResult first = kits.importKit(returned);
        assertThat(first.momentsAdded()).isEqualTo(1);
        assertThat(first.conflicts()).as("the first moment was edited in both places").hasSize(1);
        assertThat(first.momentsKeptHere()).isZero();
        assertThat(first.momentsUnchanged()).isEqualTo(8);
        assertThat(office.study().momentsOf(pass.id())).hasSize(10)
                .anyMatch(m -> m.comment().equals("Wrapping up felt rushed."))
                .anyMatch(m -> m.comment().equals("edited at the office"))
                .noneMatch(m -> m.comment().equals("changed on the laptop"));
        assertThat(office.study().pass(pass.id()).status()).isEqualTo(org.iprstudio.domain.PassStatus.DONE);

        RecallKits.ImportResult again = kits.importKit(returned);
        assertThat(again.momentsAdded()).isZero();
        assertThat(office.study().momentsOf(pass.id())).hasSize(10);
    }

    @Test
    void aKitFromAnotherStudyOrForAnotherVideoIsRefused() throws Exception {
        Path kit = new RecallKits(office).export(session("D01/5"), Role.CLIENT, dir.resolve("kit.iprkit"));
        String text = Files.readString(kit);
        String studyId = office.study().header().id().toString();
        Path foreign = dir.resolve("foreign.iprkit");
        Files.writeString(foreign, text.replace(studyId, "00000000-0000-4000-8000-000000000000"));
        assertThatThrownBy(() -> new RecallKits(office).importKit(foreign)).hasMessageContaining("belongs to another study");
        String sha = session("D01/5").media().sha256();
        Path otherVideo = dir.resolve("other-video.iprkit");
        Files.writeString(otherVideo, text.replace(sha, "0".repeat(64)));
        assertThatThrownBy(() -> new RecallKits(office).importKit(otherVideo)).hasMessageContaining("different video");
        Path study = dir.resolve("not-a-kit.iprkit");
        Files.writeString(study, Files.readString(TestStudies.DEMO_JSON));
        assertThatThrownBy(() -> new RecallKits(office).importKit(study)).hasMessageContaining("not an IPR Studio recall kit");
    }
}
