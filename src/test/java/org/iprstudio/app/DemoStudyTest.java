package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.iprstudio.domain.Session;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.iprstudio.testing.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStudyTest {
    @TempDir
    Path dataDir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();

    @BeforeEach
    void useTemporaryDataFolder() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    @Test
    void installsAWorkingCopyInTheDataFolderAndNeverWritesUnderSampleProjects() {
        Map<String, String> before = Trees.fingerprint(TestStudies.DEMO_FOLDER);
        Path file = new DemoStudy(files).install(false);
        assertThat(file).isEqualTo(dataDir.resolve("alliance-demo.iprs"));
        try (StudyService service = new StudyService(files.open(file))) {
            assertThat(service.study().dyads()).hasSize(2);
            for (Session session : service.study().sessions()) {
                Path video = service.mediaPathOf(session).orElseThrow();
                assertThat(video).startsWith(TestStudies.DEMO_FOLDER).exists();
            }
        }
        assertThat(Trees.fingerprint(TestStudies.DEMO_FOLDER)).isEqualTo(before);
    }

    @Test
    void theWorkingCopyKeepsTheUsersWorkWhenOpenedAgain() throws Exception {
        Path file = new DemoStudy(files).install(false);
        try (StudyService service = new StudyService(files.open(file))) {
            var moment = service.study().moments().get(0);
            service.delete(moment);
        }
        Path again = new DemoStudy(files).install(false);
        try (StudyService service = new StudyService(files.open(again))) {
            assertThat(service.study().momentCount()).isEqualTo(62);
        }
        Path fresh = new DemoStudy(files).install(true);
        try (StudyService service = new StudyService(files.open(fresh))) {
            assertThat(service.study().momentCount()).isEqualTo(63);
        }
        try (var listing = Files.list(dataDir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("alliance-demo.iprs.replaced-"));
        }
    }

    /** "demo --fresh" while the demo is open in another window: refused, and not a committed change of the open copy is lost. */
    @Test
    void aFreshCopyIsRefusedWhileTheDemoIsOpenAndTheOpenCopyKeepsItsWork() throws Exception {
        Path file = new DemoStudy(files).install(false);
        try (StudyService open = new StudyService(files.open(file))) {
            open.delete(open.study().moments().get(0)); // committed; still in the -wal while the study is open
            List<String> before = listing();
            assertThatThrownBy(() -> new DemoStudy(files).install(true)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.LOCKED))
                    .hasMessageContaining("already open");
            assertThat(listing()).isEqualTo(before);
            open.delete(open.study().moments().get(0)); // the open window goes on working
        }
        try (StudyService reopened = new StudyService(files.open(file))) {
            assertThat(reopened.study().momentCount()).isEqualTo(61);
        }
    }

    /**
     * A copy whose last changes are still in its -wal (the program that wrote them was killed) is kept
     * aside with its -wal: the kept copy has every committed moment, and the new copy is the shipped demo,
     * not the shipped demo with the old copy's journal replayed onto it.
     */
    @Test
    void theOldCopyIsKeptAsideWithItsJournalAndTheNewOneIsClean() throws Exception {
        Path file = new DemoStudy(files).install(false);
        UUID pass;
        try (StudyService service = new StudyService(files.open(file))) {
            pass = service.study().passes().stream().filter(p -> p.status() == org.iprstudio.domain.PassStatus.DONE).findFirst().orElseThrow().id();
        }
        int committed = writeAndKill(file, pass, 20);
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).as("the killed writer's journal").exists();

        Path fresh = new DemoStudy(files).install(true);
        try (StudyService service = new StudyService(files.open(fresh))) {
            assertThat(service.study().momentCount()).isEqualTo(63);
        }
        Path kept;
        try (var listing = Files.list(dataDir)) {
            kept = listing.filter(p -> p.getFileName().toString().matches("alliance-demo\\.iprs\\.replaced-\\d+")).findFirst().orElseThrow();
        }
        try (StudyService service = new StudyService(files.open(kept))) {
            assertThat(service.study().momentCount()).isGreaterThanOrEqualTo(63 + committed);
        }
    }

    /** Two "demo" at once, the first time: both get the one working copy, neither fails. */
    @Test
    void twoDemosStartedAtOnceBothOpenTheSameWorkingCopy() throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Path>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return new DemoStudy(files).install(false);
                }));
            }
            for (var result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(dataDir.resolve("alliance-demo.iprs"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(listing()).containsExactly("alliance-demo.iprs");
        try (StudyService service = new StudyService(files.open(dataDir.resolve("alliance-demo.iprs")))) {
            assertThat(service.study().momentCount()).isEqualTo(63);
        }
    }

    /** Commits moments in another process and kills it (SIGKILL) after the given number; returns how many it reported committed. */
    private static int writeAndKill(Path file, UUID pass, int after) throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), "org.iprstudio.store.sqlite.WriterProcess",
                file.toString(), pass.toString()).redirectErrorStream(true).start();
        int committed = 0;
        StringBuilder other = new StringBuilder();
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring("committed ".length()));
                    if (committed == after) {
                        writer.destroyForcibly();
                        break;
                    }
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("the writer's other output: %s", other).isEqualTo(after);
        return committed;
    }

    private List<String> listing() throws Exception {
        try (var listing = Files.list(dataDir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
