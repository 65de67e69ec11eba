package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program killed in the middle of writing (kill -9): every change it reported as committed is
 * in the file, and the file opens whole, unlocked (the operating system dropped the dead process's
 * locks). While it runs, a second process is refused and told which process holds the study.
 * <p>
 * What this proves is survival of a process crash only. After a kill the operating system still
 * holds everything the process had written, flushed or not, so this test would pass even without
 * synchronous=FULL. A power cut or a kernel crash loses what was not flushed to the disk; that is
 * covered by SQLite's fsync at each commit (synchronous=FULL) and cannot be tested here.
 */
class KillDuringWriteTest {
    @TempDir
    Path dir;

    @Test
    void everyCommittedChangeSurvivesAKilledWriter() throws Exception {
        TestStudies t = new TestStudies();
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, t.study());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(),
                file.toString(), t.clientPass.id().toString()).redirectErrorStream(true).start();
        int lastCommitted = 0;
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Integer.parseInt(line.substring("committed ".length()));
                    if (lastCommitted == 100) {
                        // while the other process writes, this one is told where the study is open
                        assertThatThrownBy(() -> SqliteStudyStore.open(file)).isInstanceOf(StoreException.class)
                                .hasMessageContaining("already open in IPR Studio").hasMessageContaining("process " + writer.pid());
                    }
                    if (lastCommitted == 300) {
                        writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing, mid-transaction
                        break;
                    }
                } else {
                    other.append(line).append('\n'); // library warnings; reported if the writer never commits
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastCommitted).as("the writer's other output: %s", other).isEqualTo(300);

        try (StudyStore store = SqliteStudyStore.open(file)) { // checks quick_check, and that the dead writer's lock is gone
            int moments = store.load().momentCount();
            assertThat(moments).isGreaterThanOrEqualTo(lastCommitted);
        }
    }
}
