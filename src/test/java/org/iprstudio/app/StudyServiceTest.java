package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyServiceTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();

    @Test
    void aChangeIsInTheFileWhenApplyReturns() {
        Path file = dir.resolve("s.iprs");
        SqliteStudyFiles files = new SqliteStudyFiles();
        files.create(file, t.study());
        Moment moment = t.moment(t.clientPass, "02:40", 4, "froze");
        List<List<StudyChange>> heard = new ArrayList<>();
        try (StudyService service = new StudyService(files.open(file))) {
            service.addListener(heard::add);
            service.put(moment);
        }
        try (StudyService reopened = new StudyService(files.open(file))) {
            assertThat(reopened.study().momentsOf(t.clientPass.id())).containsExactly(moment);
        }
        assertThat(heard).hasSize(1);
    }

    @Test
    void deletingAnExemplarMomentOrACodeKeepsTheirThemesAndMemoryMatchesTheFile() {
        Path file = TestStudies.demoFile(dir);
        SqliteStudyFiles files = new SqliteStudyFiles();
        String inMemory;
        try (StudyService service = new StudyService(files.open(file))) {
            Study study = service.study();
            var theme = study.themes().stream().filter(t -> !t.exemplarMomentIds().isEmpty()).findFirst().orElseThrow();
            java.util.UUID exemplar = theme.exemplarMomentIds().get(0);
            service.delete(study.moment(exemplar));
            assertThat(study.themes()).extracting(org.iprstudio.domain.Theme::id).contains(theme.id());
            assertThat(study.themes()).noneMatch(t -> t.refersTo(exemplar));
            var code = study.codes().stream().filter(c -> study.themes().stream().anyMatch(t -> t.refersTo(c.id())))
                    .filter(c -> study.codes().stream().noneMatch(child -> c.id().equals(child.parentId()))).findFirst().orElseThrow();
            service.delete(code);
            assertThat(study.themes()).noneMatch(t -> t.refersTo(code.id()));
            inMemory = json(study);
        }
        try (StudyService reopened = new StudyService(files.open(file))) {
            assertThat(json(reopened.study())).isEqualTo(inMemory);
        }
    }

    private static String json(Study study) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.iprstudio.exchange.json.StudyJson().write(study, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aRuleBrokenInMemoryNeverReachesTheFile() {
        FailingStore store = new FailingStore(t.study(), false);
        StudyService service = new StudyService(store);
        assertThatThrownBy(() -> service.put(t.moment(t.clientPass, "59:00", 4, "after the end"))).isInstanceOf(DomainException.class);
        assertThat(store.applied).isZero();
    }

    @Test
    void whenTheFileRefusesMemoryIsPutBackAsItWas() {
        FailingStore store = new FailingStore(t.study(), true);
        StudyService service = new StudyService(store);
        Moment first = t.moment(t.clientPass, "01:00", 4, "a");
        Moment second = t.moment(t.clientPass, "02:00", 4, "b");
        assertThatThrownBy(() -> service.apply(List.of(new StudyChange.Put(first), new StudyChange.Put(second))))
                .isInstanceOf(StoreException.class).hasMessageContaining("disk is full");
        assertThat(service.study().momentCount()).isZero();
    }

    /** A listener that throws once the change is committed: the change stays, the others hear of it, the undo entry is kept, the failure is logged. */
    @Test
    void aListenerThatFailsAfterTheCommitChangesNothingForTheCommitOrTheOtherListeners() {
        Path file = dir.resolve("s.iprs");
        SqliteStudyFiles files = new SqliteStudyFiles();
        files.create(file, t.study());
        Moment moment = t.moment(t.clientPass, "02:40", 4, "froze");
        List<List<StudyChange>> heard = new ArrayList<>();
        List<java.util.logging.LogRecord> logged = new ArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(StudyService.class.getName());
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try (StudyService service = new StudyService(files.open(file))) {
            service.addListener(changes -> {
                throw new IllegalStateException("a view broke");
            });
            service.addListener(heard::add);
            org.iprstudio.app.coding.EditHistory history = new org.iprstudio.app.coding.EditHistory(service);
            history.perform(org.iprstudio.app.coding.EditKind.WRITE_MEMO, "moment", List.of(new StudyChange.Put(moment)));
            assertThat(history.nextUndo()).as("the undo entry of the committed change").isPresent();
            assertThat(service.study().momentCount()).isEqualTo(1);
        } finally {
            log.removeHandler(handler);
        }
        assertThat(heard).hasSize(1);
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            assertThat(r.getThrown()).hasMessage("a view broke");
        });
        try (StudyService reopened = new StudyService(files.open(file))) {
            assertThat(reopened.study().momentsOf(t.clientPass.id())).containsExactly(moment);
        }
    }

    /** A store whose disk is full: the way to test the rollback of memory without a full disk. */
    private static final class FailingStore implements StudyStore {
        private final Study study;
        private final boolean fail;
        int applied;

        FailingStore(Study study, boolean fail) {
            this.study = study;
            this.fail = fail;
        }

        @Override
        public Path location() {
            return Path.of("/nowhere/s.iprs");
        }

        @Override
        public Study load() {
            return study;
        }

        @Override
        public void apply(List<StudyChange> changes) {
            applied++;
            if (fail) {
                throw new StoreException(StoreException.Reason.DISK_FULL, "The disk is full.");
            }
        }

        @Override
        public boolean writable() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
