package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iprstudio.app.Checksums;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StudyChange;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStudyStoreTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();

    private Path created(Study study) {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, study);
        return file;
    }

    static Set<Entity> entities(Study study) {
        return new HashSet<>(study.entitiesInDependencyOrder());
    }

    @Test
    void theWholeDemoStudyComesBackAsItWasWritten() {
        Study demo = TestStudies.demo();
        Path file = created(demo);
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Study back = store.load();
            assertThat(back.header()).isEqualTo(demo.header());
            assertThat(entities(back)).isEqualTo(entities(demo));
        }
    }

    @Test
    void aCommittedChangeIsInTheFileAtOnceWithoutSaving() throws Exception {
        Path file = created(t.study());
        Moment moment = t.moment(t.clientPass, "02:40", 4, "I froze");
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.apply(List.of(new StudyChange.Put(moment)));
            // a second, independent reader sees it while the first connection is still open
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = reader.createStatement();
                 var rs = st.executeQuery("SELECT comment FROM moment")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("I froze");
            }
        }
    }

    /** The orphan fails on the foreign key: this also proves foreign keys are on for the store's connection. */
    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Path file = created(t.study());
        Moment ok = t.moment(t.clientPass, "02:40", 4, "ok");
        Moment orphan = new Moment(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), ok.anchor(), null, ok.initiator(), "orphan",
                null, null, null, ok.createdAt());
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThatThrownBy(() -> store.apply(List.of(new StudyChange.Put(ok), new StudyChange.Put(orphan))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("Nothing of this change was saved");
            assertThat(store.load().momentCount()).isZero();
        }
    }

    @Test
    void anOpenStudyIsInWalMode() throws Exception {
        Path file = created(t.study());
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.apply(List.of(new StudyChange.Put(t.moment(t.clientPass, "01:00", 5, "x"))));
            assertThat(Files.exists(file.resolveSibling("study.iprs-wal"))).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aTextFileIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("notes.iprs");
        Files.writeString(file, "These are my notes, not a study.\n");
        assertRefusedUnchanged(file, Reason.NOT_A_STUDY, "it looks like a text file");
    }

    @Test
    void anEmptyFileIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("empty.iprs");
        Files.createFile(file);
        assertRefusedUnchanged(file, Reason.NOT_A_STUDY, "is empty");
    }

    @Test
    void aTruncatedStudyIsRefusedAndNotTouched() throws Exception {
        Path whole = created(TestStudies.demo());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.iprs");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertRefusedUnchanged(cut, Reason.DAMAGED, "damaged");
        Path tiny = dir.resolve("tiny.iprs");
        Files.write(tiny, java.util.Arrays.copyOf(bytes, 60));
        assertRefusedUnchanged(tiny, Reason.DAMAGED, "cut short");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT)");
            st.execute("INSERT INTO contacts VALUES ('someone')");
        }
        assertRefusedUnchanged(file, Reason.FOREIGN_DATABASE, "another program");
    }

    @Test
    void aStudyFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = created(t.study());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertRefusedUnchanged(file, Reason.NEWER_VERSION, "newer version of IPR Studio (study format 99; this version reads up to " + Migrations.bundled().newestVersion() + ")");
    }

    @Test
    void aFormatOneStudyIsUpgradedAfterABackupCopyIsKept() throws Exception {
        Path file = dir.resolve("study.iprs");
        Study study = t.study();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String statement : Migrations.statements(Migrations.bundled().script(1))) {
                st.execute(statement);
            }
            st.execute("PRAGMA application_id = " + StudyFileCheck.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            EntityWriter writer = new EntityWriter(c);
            writer.putHeader(study.header());
            for (Entity e : study.entitiesInDependencyOrder()) {
                writer.put(e);
            }
            writer.close();
        }
        Moment tagged = t.moment(t.clientPass, "02:40", 4, "froze").withTags(List.of("felt judged"));
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(entities(store.load())).isEqualTo(entities(study));
            store.apply(List.of(new StudyChange.Put(tagged)));
            assertThat(store.load().moment(tagged.id()).tags()).containsExactly("felt judged");
            // the newest tables are there too: a transcript can be kept in the upgraded file
            var transcript = new org.iprstudio.domain.Transcript(t.session.id(), "s.vtt", List.of(new org.iprstudio.domain.TranscriptCue(
                    org.iprstudio.domain.MediaTime.ZERO, org.iprstudio.domain.MediaTime.ofSeconds(2), "T", "Hello")), java.util.Map.of());
            store.apply(List.of(new StudyChange.SetTranscript(t.session.id(), transcript)));
            assertThat(store.load().transcriptOf(t.session.id())).contains(transcript);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(StudyFileCheck.pragmaInt(c, "user_version")).isEqualTo(Migrations.bundled().newestVersion());
        }
        List<Path> backups = new ArrayList<>();
        try (var listing = Files.list(dir)) {
            listing.filter(p -> p.getFileName().toString().startsWith("study.iprs.format1-backup-")).forEach(backups::add);
        }
        assertThat(backups).hasSize(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0))) {
            assertThat(StudyFileCheck.pragmaInt(c, "user_version")).isEqualTo(1);
        }
    }

    @Test
    void aFailedUpgradeLeavesTheFileAtItsOldFormat() throws Exception {
        Path file = created(t.study());
        List<String> scripts = new ArrayList<>();
        for (int version = 1; version <= Migrations.bundled().newestVersion(); version++) {
            scripts.add(Migrations.bundled().script(version));
        }
        scripts.add("CREATE TABLE moment (x);");
        Migrations broken = Migrations.of(scripts);
        assertThatThrownBy(() -> SqliteStudyStore.open(file, broken)).isInstanceOf(StoreException.class);
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().dyads()).hasSize(1);
        }
    }

    @Test
    void aStudyOpenElsewhereSaysWhereAndIsNotOpenedTwice() {
        Path file = created(t.study());
        try (SqliteStudyStore first = SqliteStudyStore.open(file)) {
            assertThatThrownBy(() -> SqliteStudyStore.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open in IPR Studio").hasMessageContaining("process " + ProcessHandle.current().pid());
            try (SqliteStudyStore reader = SqliteStudyStore.openReadOnly(file)) {
                assertThat(reader.load().dyads()).hasSize(1);
                assertThatThrownBy(() -> reader.apply(List.of())).hasMessageContaining("reading only");
            }
        }
        try (SqliteStudyStore again = SqliteStudyStore.open(file)) {
            assertThat(again.writable()).isTrue();
        }
    }

    @Test
    void aFullDiskLosesNothingAndSaysSo() throws Exception {
        Path file = created(t.study());
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.limitSizeForTest();
            List<StudyChange> big = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                big.add(new StudyChange.Put(t.moment(t.clientPass, "01:00", 5, "x".repeat(2000))));
            }
            assertThatThrownBy(() -> store.apply(big)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(Reason.DISK_FULL))
                    .hasMessageContaining("is full").hasMessageContaining("the last change was not saved");
            assertThat(store.load().momentCount()).isZero();
        }
    }

    @Test
    void creatingNeverLeavesAHalfWrittenFile() throws Exception {
        Path file = created(t.study());
        assertThatThrownBy(() -> SqliteStudyStore.create(file, t.study())).hasMessageContaining("already a file");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("study.iprs");
        }
    }

    private void assertRefusedUnchanged(Path file, Reason reason, String message) throws Exception {
        String before = Checksums.sha256(file);
        long size = Files.size(file);
        assertThatThrownBy(() -> SqliteStudyStore.open(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(reason))
                .hasMessageContaining(message);
        assertThat(Checksums.sha256(file)).isEqualTo(before);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Files.exists(StudyLock.lockFileOf(file))).as("no lock file is left next to a refused file").isFalse();
    }
}
