package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kit out to the laptop and back: what changed where decides which version of a moment the study keeps. */
class RecallKitRoundTripTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private StudyService office;

    @BeforeEach
    void openOfficeStudy() {
        Path file = dir.resolve("office.iprs");
        Study demo = TestStudies.demo();
        List<org.iprstudio.domain.Entity> entities = demo.entitiesInDependencyOrder().stream()
                .map(e -> e instanceof Session s ? s.withMedia(MediaPaths.rebase(s.media(), TestStudies.DEMO_FOLDER, dir)) : e).toList();
        files.create(file, Study.of(demo.header(), entities));
        office = new StudyService(files.open(file));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Session session() {
        return office.study().sessionByLabel("D01/3").orElseThrow();
    }

    private RecallPass pass() {
        return office.study().passesOf(session().id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst().orElseThrow();
    }

    private Moment officeMoment(int index) {
        return office.study().momentsOf(pass().id()).stream().sorted(java.util.Comparator.comparing(Moment::anchor)).toList().get(index);
    }

    private Path kitOut(String name) {
        return new RecallKits(office).export(session(), Role.THERAPIST, dir.resolve(name));
    }

    /** On the laptop: a study made from the kit, some work there, and the kit sent back. */
    private Path laptop(Path kit, Consumer<RecallSession> work) {
        Path laptopStudy = RecallKits.openKit(kit, files);
        try (StudyService laptop = new StudyService(files.open(laptopStudy))) {
            RecallSession recall = RecallSession.of(laptop, laptop.study().passes().get(0).id());
            work.accept(recall);
            return new RecallKits(laptop).export(laptop.study().session(laptop.study().passes().get(0).sessionId()), Role.THERAPIST,
                    dir.resolve("back-" + kit.getFileName()));
        }
    }

    private static Moment byAnchor(RecallSession recall, MediaTime anchor) {
        return recall.moments().stream().filter(m -> m.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    @Test
    void aLaptopEditOfAMomentUnchangedHereSinceIsTaken() {
        Moment first = officeMoment(0);
        Path back = laptop(kitOut("kit.iprkit"), recall -> recall.update(byAnchor(recall, first.anchor()).withComment("said more on the laptop")));

        RecallKits.ImportResult result = new RecallKits(office).importKit(back);

        assertThat(result.momentsTaken()).isEqualTo(1);
        assertThat(result.momentsKeptHere()).isZero();
        assertThat(result.conflicts()).isEmpty();
        assertThat(office.study().find(first.id()).map(e -> ((Moment) e).comment())).contains("said more on the laptop");
        assertThat(new RecallKits(office).importKit(back).momentsUnchanged()).as("importing it again changes nothing").isEqualTo(9);
    }

    @Test
    void anEditHereOfAMomentUnchangedOnTheLaptopIsKept() {
        Path kit = kitOut("kit.iprkit");
        Path back = laptop(kit, recall -> recall.mark(MediaTime.parse("44:00"), Initiator.PARTICIPANT));
        Moment second = officeMoment(1);
        office.put(second.withComment("corrected at the office"));

        RecallKits.ImportResult result = new RecallKits(office).importKit(back);

        assertThat(result.momentsAdded()).isEqualTo(1);
        assertThat(result.momentsKeptHere()).isEqualTo(1);
        assertThat(result.momentsTaken()).isZero();
        assertThat(office.study().find(second.id()).map(e -> ((Moment) e).comment())).contains("corrected at the office");
    }

    @Test
    void anEditInBothPlacesKeepsThisStudysVersionAndIsReportedAsAConflict() {
        Moment third = officeMoment(2);
        Path back = laptop(kitOut("kit.iprkit"), recall -> recall.update(byAnchor(recall, third.anchor()).withComment("the laptop's words")));
        office.put(third.withComment("the office's words"));

        RecallKits.ImportResult result = new RecallKits(office).importKit(back);

        assertThat(result.conflicts()).singleElement().satisfies(m -> assertThat(m.comment()).isEqualTo("the laptop's words"));
        assertThat(result.momentsTaken()).isZero();
        assertThat(office.study().find(third.id()).map(e -> ((Moment) e).comment())).contains("the office's words");
    }

    @Test
    void aMomentDeletedHereSinceTheKitWasMadeStaysDeleted() {
        Moment fourth = officeMoment(3);
        Path back = laptop(kitOut("kit.iprkit"), recall -> { });
        office.delete(fourth);

        RecallKits.ImportResult result = new RecallKits(office).importKit(back);

        assertThat(result.momentsAdded()).isZero();
        assertThat(office.study().find(fourth.id())).isEmpty();
    }

    @Test
    void aVersionOneKitWithoutABaselineIsStillReadAndNeverOverwritesWorkHere() throws Exception {
        Moment first = officeMoment(0);
        Path back = laptop(kitOut("kit.iprkit"), recall -> {
            recall.update(byAnchor(recall, first.anchor()).withComment("changed on the laptop"));
            recall.mark(MediaTime.parse("44:00"), Initiator.PARTICIPANT);
        });
        String text = Files.readString(back);
        int baseline = text.indexOf(",\n  \"baseline\"");
        assertThat(baseline).isPositive();
        Path old = dir.resolve("old.iprkit");
        Files.writeString(old, text.substring(0, baseline).replace("\"formatVersion\" : 2", "\"formatVersion\" : 1") + "\n}\n");

        RecallKits.ImportResult result = new RecallKits(office).importKit(old);

        assertThat(result.momentsAdded()).isEqualTo(1);
        assertThat(result.momentsKeptHere()).isEqualTo(1);
        assertThat(office.study().find(first.id())).contains(first);
    }

    @Test
    void theSameKitOpenedAgainGoesOnWithTheRecallInProgress() {
        Path kit = kitOut("kit.iprkit");
        Path study = RecallKits.openKit(kit, files);
        try (StudyService laptop = new StudyService(files.open(study))) {
            RecallSession.of(laptop, laptop.study().passes().get(0).id()).mark(MediaTime.parse("44:00"), Initiator.PARTICIPANT);
        }
        assertThat(RecallKits.openKit(kit, files)).isEqualTo(study);
        try (StudyService laptop = new StudyService(files.open(study))) {
            assertThat(laptop.study().momentCount()).isEqualTo(10);
        }
    }

    @Test
    void aNewKitOverAStudyFromAnOlderKitIsRefusedAndReplaceSetsTheOldOneAside() throws Exception {
        Path kit = kitOut("kit.iprkit");
        Path study = RecallKits.openKit(kit, files);
        try (StudyService laptop = new StudyService(files.open(study))) {
            RecallSession.of(laptop, laptop.study().passes().get(0).id()).mark(MediaTime.parse("44:00"), Initiator.PARTICIPANT);
        }
        office.put(officeMoment(0).withComment("edited before the second kit"));
        Files.delete(kit); // a newer kit of the same pass, under the same name
        kitOut("kit.iprkit");
        byte[] before = Files.readAllBytes(study);

        assertThatThrownBy(() -> RecallKits.openKit(kit, files)).isInstanceOfSatisfying(OtherKitStudyException.class,
                e -> assertThat(e.study()).isEqualTo(study)).hasMessageContaining("was not reused and not changed");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);

        assertThat(RecallKits.openKit(kit, files, true)).isEqualTo(study);
        try (StudyService fresh = new StudyService(files.open(study))) {
            assertThat(fresh.study().momentCount()).isEqualTo(9);
            assertThat(fresh.study().moments()).anyMatch(m -> m.comment().equals("edited before the second kit"));
        }
        try (var listing = Files.list(dir)) {
            Path aside = listing.filter(p -> p.getFileName().toString().matches("kit\\.iprkit\\.replaced-[0-9-]+\\.iprs")).findFirst().orElseThrow();
            try (StudyService old = new StudyService(files.open(aside))) {
                assertThat(old.study().momentCount()).as("the recall in progress is kept").isEqualTo(10);
            }
            assertThat(aside.resolveSibling(aside.getFileName() + ".origin.iprkit")).exists();
        }
    }

    @Test
    void aStudyNextToAKitWhoseOriginIsNotKnownIsNeverReusedSilently() {
        Path kit = kitOut("kit.iprkit");
        files.create(dir.resolve("kit.iprkit.iprs"), new org.iprstudio.exchange.json.StudyJson().readKit(kit)); // as older versions made it
        assertThatThrownBy(() -> RecallKits.openKit(kit, files)).isInstanceOf(OtherKitStudyException.class)
                .hasMessageContaining("not known");
    }
}
