package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.FullDisk;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One recall pass, on a real study file copied from the demo: the client C02's recall of D02 session 3 (9 moments; the therapist has 10). */
class RecallSessionTest {
    private static final Instant NOW = Instant.parse("2025-06-02T09:30:00Z");

    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private Path file;
    private StudyStore store;
    private StudyService service;
    private RecallPass clientPass;
    private RecallPass therapistPass;
    private RecallSession recall;

    @BeforeEach
    void openDemoCopy() {
        file = TestStudies.demoFile(dir);
        store = files.open(file);
        service = new StudyService(store);
        Session session = service.study().sessionByLabel("D02/3").orElseThrow();
        clientPass = service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.CLIENT).findFirst().orElseThrow();
        therapistPass = service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst().orElseThrow();
        recall = new RecallSession(service, clientPass.id(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        service.close();
    }

    private List<Moment> inTheFile(RecallPass pass) {
        service.close();
        try (StudyService reopened = new StudyService(files.openReadOnly(file))) {
            return reopened.study().momentsOf(pass.id());
        } finally {
            store = files.open(file);
            service = new StudyService(store);
            recall = RecallSession.of(service, clientPass.id());
        }
    }

    @Test
    void itShowsItsOwnPassAndNothingOfTheOtherPerspective() {
        assertThat(recall.moments()).hasSize(9).allMatch(m -> m.passId().equals(clientPass.id()));
        RecallInfo info = recall.info();
        assertThat(info.perspective()).isEqualTo(Role.CLIENT);
        assertThat(info.participantCode()).isEqualTo("C02");
        assertThat(info.dyadCode()).isEqualTo("D02");
        assertThat(info.sessionNumber()).isEqualTo(3);
        assertThatThrownBy(() -> RecallSession.of(service, UUID.randomUUID())).isInstanceOf(DomainException.class);
    }

    @Test
    void aMarkIsInTheFileWhenItReturnsWithTheTimeItWasMade() {
        Moment made = recall.mark(MediaTime.parse("12:34.5"), Initiator.INTERVIEWER);
        assertThat(made.passId()).isEqualTo(clientPass.id());
        assertThat(made.createdAt()).isEqualTo(NOW);
        assertThat(made.comment()).isEmpty();
        assertThat(inTheFile(clientPass)).contains(made).hasSize(10);
    }

    @Test
    void theOtherPerspectivesMomentsCanBeNeitherChangedNorDeletedNorJoined() {
        Moment theirs = service.study().momentsOf(therapistPass.id()).get(0);
        assertThatThrownBy(() -> recall.update(theirs.withComment("changed"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("not part of this recall");
        assertThatThrownBy(() -> recall.delete(theirs.id())).isInstanceOf(DomainException.class).hasMessageContaining("not part of this recall");
        Moment mine = recall.moments().get(0);
        Moment moved = new Moment(mine.id(), therapistPass.id(), mine.anchor(), mine.span(), mine.initiator(), mine.comment(), mine.timeFrame(),
                mine.helpfulness(), mine.intensity(), mine.createdAt(), mine.tags());
        assertThatThrownBy(() -> recall.update(moved)).isInstanceOf(DomainException.class).hasMessageContaining("another recall");
        assertThat(inTheFile(therapistPass)).hasSize(10).contains(theirs);
        assertThat(inTheFile(clientPass)).contains(mine);
    }

    @Test
    void anUpdateAndADeleteOfItsOwnAreSavedAtOnce() {
        Moment mine = recall.moments().get(2);
        Moment changed = recall.update(mine.withComment("Now I see it differently.").withIntensity(5));
        assertThat(inTheFile(clientPass)).contains(changed).doesNotContain(mine);
        recall.delete(changed.id());
        assertThat(inTheFile(clientPass)).hasSize(8).noneMatch(m -> m.id().equals(mine.id()));
    }

    @Test
    void undoTakesBackOnlyTheMarksOfThisSittingNewestFirst() {
        Moment first = recall.mark(MediaTime.parse("01:00"), Initiator.PARTICIPANT);
        Moment second = recall.mark(MediaTime.parse("02:00"), Initiator.PARTICIPANT);
        recall.delete(first.id()); // deleted by hand: undo skips it
        assertThat(recall.undoLastMark()).contains(second);
        assertThat(recall.undoLastMark()).as("the nine moments of earlier sittings are not this sitting's to undo").isEmpty();
        assertThat(inTheFile(clientPass)).hasSize(9);
    }

    @Test
    void finishMarksThePassDoneAndLeavesItsMomentsAlone() {
        Session fifth = service.study().sessionByLabel("D01/5").orElseThrow();
        RecallSetup setup = new RecallSetup(service);
        RecallSession observer = ((RecallStart.Opened) setup.start(RecallRequest.ofCode(fifth, Role.OBSERVER, "O7", null, null))).recall();
        observer.mark(MediaTime.parse("03:00"), Initiator.PARTICIPANT);
        assertThat(service.study().pass(observer.passId()).status()).isEqualTo(PassStatus.PLANNED);
        observer.finish();
        assertThat(service.study().pass(observer.passId()).status()).isEqualTo(PassStatus.DONE);
        assertThat(observer.moments()).hasSize(1);
    }

    @Test
    void onlyTheStudyPassphraseUnlocks() {
        assertThat(recall.unlocks("anything".toCharArray())).as("no passphrase set: nothing unlocks").isFalse();
        new RecallSetup(service).setPassphrase("secret-key".toCharArray());
        assertThat(recall.unlocks("secret-kez".toCharArray())).isFalse();
        assertThat(recall.unlocks("secret-key".toCharArray())).isTrue();
    }

    @Test
    void whenTheDiskIsFullNothingIsSavedAndItSaysSo() {
        Moment mine = recall.moments().get(0);
        FullDisk.capNearCurrentSize(store);
        assertThatThrownBy(() -> recall.update(mine.withComment("A long thought. ".repeat(4000)))).isInstanceOf(RecallSession.NotSaved.class)
                .hasMessageContaining("is full").hasMessageContaining("the last change was not saved");
        assertThat(recall.moments()).as("memory is as before").contains(mine);
        assertThat(inTheFile(clientPass)).contains(mine);
    }
}
