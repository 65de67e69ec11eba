package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iprstudio.domain.Session;
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
}
