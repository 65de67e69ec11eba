package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iprstudio.app.Checksums;
import org.iprstudio.domain.Moment;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StudyChange;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study file is reached through links, refused when broken, written by two programs at once, and meets a full disk. */
class StudyFileSafetyTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();

    private Path created() {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, t.study());
        return file;
    }

    @Test
    void aStudyOpenHereIsRefusedThroughASymbolicLink() throws Exception {
        Path file = created();
        Path link = Files.createSymbolicLink(dir.resolve("link.iprs"), file);
        try (SqliteStudyStore first = SqliteStudyStore.open(file)) {
            assertThat(first.writable()).isTrue();
            assertThatThrownBy(() -> SqliteStudyStore.open(link)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(Reason.LOCKED))
                    .hasMessageContaining("already open in IPR Studio");
        }
        try (SqliteStudyStore throughTheLink = SqliteStudyStore.open(link)) {
            assertThat(throughTheLink.writable()).isTrue();
            assertThatThrownBy(() -> SqliteStudyStore.open(file)).hasMessageContaining("already open in IPR Studio");
        }
    }

    @Test
    void aStudyOpenHereIsRefusedThroughAHardLink() throws Exception {
        Path file = created();
        Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createLink(dir.resolve("elsewhere").resolve("same.iprs"), file);
        try (SqliteStudyStore first = SqliteStudyStore.open(file)) {
            assertThat(first.writable()).isTrue();
            assertThatThrownBy(() -> SqliteStudyStore.open(link)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(Reason.LOCKED))
                    .hasMessageContaining("already open in IPR Studio");
        }
        try (SqliteStudyStore throughTheLink = SqliteStudyStore.open(link)) {
            assertThat(throughTheLink.writable()).isTrue();
        }
    }

    /** The lock another program holds is found through either kind of link, and it says which process holds it. */
    @Test
    void aStudyOpenInAnotherProgramIsRefusedThroughBothKindsOfLink() throws Exception {
        Path file = created();
        Path symbolic = Files.createSymbolicLink(dir.resolve("symbolic.iprs"), file);
        Files.createDirectories(dir.resolve("elsewhere"));
        Path hard = Files.createLink(dir.resolve("elsewhere").resolve("hard.iprs"), file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(),
                file.toString(), t.clientPass.id().toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder other = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("committed ")) {
                other.append(line).append('\n');
            }
            assertThat(line).as("the writer's output: %s", other).isNotNull();
            for (Path link : List.of(symbolic, hard)) {
                assertThatThrownBy(() -> SqliteStudyStore.open(link)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("already open in IPR Studio").hasMessageContaining("process " + writer.pid());
            }
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // after the crash, through the name the writer used: its -wal is named after that path (see decision 0013)
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().momentCount()).isPositive();
        }
    }

    @Test
    void aStudyWithARowThatBreaksARuleIsLeftExactlyAsItWasAndOpensOnceRepaired() throws Exception {
        Path file = created();
        String clientRole;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT role FROM participant WHERE code = 'C01'")) {
                rs.next();
                clientRole = rs.getString(1);
            }
            // the dyad's client is no longer a client: the file is sound, the study breaks a rule
            st.executeUpdate("UPDATE participant SET role = (SELECT role FROM participant WHERE code = 'T01') WHERE code = 'C01'");
        }
        String bytes = Checksums.sha256(file);
        List<String> listing = listing();

        assertThatThrownBy(() -> SqliteStudyStore.open(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("breaks a rule").hasMessageContaining("The file was not changed");

        assertThat(Checksums.sha256(file)).as("not a byte changed, so no switch to WAL").isEqualTo(bytes);
        assertThat(listing()).as("no -wal, -shm or .lock left").isEqualTo(listing);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE participant SET role = '" + clientRole + "' WHERE code = 'C01'");
        }
        try (SqliteStudyStore repaired = SqliteStudyStore.open(file)) { // the failed open let go of its lock
            assertThat(repaired.writable()).isTrue();
            assertThat(repaired.load().dyads()).hasSize(1);
        }
    }

    @Test
    void aBrokenStudyInWalModeIsLeftWithoutNewFilesToo() throws Exception {
        Path file = created();
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.apply(List.of(new StudyChange.Put(t.moment(t.clientPass, "01:00", 5, "kept"))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE participant SET role = (SELECT role FROM participant WHERE code = 'T01') WHERE code = 'C01'");
        }
        assertThat(listing()).doesNotContain("study.iprs-wal", "study.iprs-shm");
        String bytes = Checksums.sha256(file);
        List<String> listing = listing();
        assertThatThrownBy(() -> SqliteStudyStore.open(file)).hasMessageContaining("breaks a rule");
        assertThat(Checksums.sha256(file)).isEqualTo(bytes);
        assertThat(listing()).isEqualTo(listing);
    }

    /**
     * A full disk met by a plain one-row insert (here: a moment's quick tags) makes SQLite roll the whole
     * transaction back by itself. The driver's rollback then failed with "no transaction is active",
     * and so did setAutoCommit(true) in the finally block; either replaced the full disk in the message.
     */
    @Test
    void aFullDiskThatEndsTheTransactionIsReportedAsAFullDisk() {
        Path file = created();
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.limitSizeForTest();
            Moment small = t.moment(t.clientPass, "01:00", 5, "small");
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                tags.add(i + " " + "x".repeat(5_000));
            }
            Moment tagged = new Moment(small.id(), small.passId(), small.anchor(), null, small.initiator(), "tagged", small.timeFrame(),
                    small.helpfulness(), small.intensity(), small.createdAt(), tags);
            assertThatThrownBy(() -> store.apply(List.of(new StudyChange.Put(tagged)))).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(Reason.DISK_FULL))
                    .hasMessageContaining("is full").hasMessageContaining("the last change was not saved");
            assertThat(store.load().momentCount()).isZero();
            store.apply(List.of(new StudyChange.Put(small))); // and the store still works
            assertThat(store.load().momentCount()).isEqualTo(1);
        }
    }

    /** A -wal left under the name (its study moved or deleted without it) would be replayed onto a new study there. */
    @Test
    void aNewStudyIsNotCreatedUnderAnOrphanedJournal() throws Exception {
        Path orphan = dir.resolve("study.iprs-wal");
        Files.writeString(orphan, "the journal of a study that is gone");
        assertThatThrownBy(this::created).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(Reason.EXISTS))
                .hasMessageContaining("leftover study.iprs-wal");
        assertThat(listing()).containsExactly("study.iprs-wal");
    }

    /** Another program's temporary file (the old fixed name) is neither used nor deleted. */
    @Test
    void creatingNeverTouchesAnotherWritersTemporaryFile() throws Exception {
        Path othersTemporary = dir.resolve(".study.iprs.creating");
        Files.writeString(othersTemporary, "another program is writing here");
        Path file = created();
        assertThat(Files.readString(othersTemporary)).isEqualTo("another program is writing here");
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().dyads()).hasSize(1);
        }
    }

    @Test
    void twoCreatesAtOnceGiveOneStudyAndAClearRefusal() throws Exception {
        Path file = dir.resolve("study.iprs");
        int writers = 4;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        SqliteStudyStore.create(file, t.study());
                        return "created";
                    } catch (StoreException e) {
                        return e.getMessage();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("created")).allSatisfy(o -> assertThat(o).contains("already a file"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(listing()).containsExactly("study.iprs");
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().dyads()).hasSize(1);
        }
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
