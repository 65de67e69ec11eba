package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Supervision;
import org.iprstudio.domain.SupervisionRecord;
import org.iprstudio.store.StudyChange;
import org.iprstudio.testing.SupervisionStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisionStoreTest {
    @TempDir
    Path dir;

    private final SupervisionStudies s = new SupervisionStudies();

    private static List<SupervisionRecord> records(Study study) {
        return study.supervision().recordsInDependencyOrder();
    }

    @Test
    void aNewStudyFileKeepsTheSupervisionAndItsQuestions() {
        Path file = dir.resolve("study.iprs");
        Study study = s.study();
        study.supervision().setQuestions(List.of("What did you notice?"));
        SqliteStudyStore.create(file, study);
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Study loaded = store.load();
            assertThat(records(loaded)).containsExactlyElementsOf(records(study));
            assertThat(loaded.supervision().questions()).containsExactly("What did you notice?");
        }
    }

    @Test
    void eachChangeIsCommittedAndReadBack() {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, s.t.study());
        Study full = s.study();
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.apply(List.of(new StudyChange.Put(full.session(s.t.session.id())), new StudyChange.Put(s.supervisor),
                    new StudyChange.PutSupervision(s.meeting), new StudyChange.PutSupervision(s.byTrainee),
                    new StudyChange.PutSupervision(s.bySupervisor), new StudyChange.PutSupervision(s.point)));
            store.apply(List.of(new StudyChange.PutSupervision(s.point.withStatus(LearningStatus.ACHIEVED)),
                    new StudyChange.PutSupervision(s.meeting.withClientViewOpenedAt(Instant.parse("2025-03-11T11:00:00Z"))),
                    new StudyChange.DeleteSupervision(s.bySupervisor), new StudyChange.SetSupervisionQuestions(List.of("Q1?", "Q2?"))));
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Supervision loaded = store.load().supervision();
            assertThat(loaded.point(s.point.id()).status()).isEqualTo(LearningStatus.ACHIEVED);
            assertThat(loaded.meeting(s.meeting.id()).clientViewOpenedAt()).isEqualTo(Instant.parse("2025-03-11T11:00:00Z"));
            assertThat(loaded.momentsOf(s.meeting.id())).containsExactly(s.byTrainee);
            assertThat(loaded.questions()).containsExactly("Q1?", "Q2?");
        }
    }

    /** A study written by the release before supervision (schema 4) opens, is backed up, upgraded, and then takes a meeting. */
    @Test
    void aFormatFourStudyIsUpgradedAndThenTakesSupervision() throws Exception {
        Path file = dir.resolve("study.iprs");
        Migrations bundled = Migrations.bundled();
        List<String> upToFour = new ArrayList<>();
        for (int version = 1; version <= 4; version++) {
            upToFour.add(bundled.script(version));
        }
        Migrations four = Migrations.of(upToFour);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int version = 1; version <= four.newestVersion(); version++) {
                for (String statement : Migrations.statements(four.script(version))) {
                    st.execute(statement);
                }
            }
            st.execute("PRAGMA application_id = " + StudyFileCheck.APPLICATION_ID);
            st.execute("PRAGMA user_version = 4");
            try (EntityWriter writer = new EntityWriter(c)) {
                Study study = s.t.study();
                writer.putHeader(study.header());
                for (Entity e : study.entitiesInDependencyOrder()) {
                    writer.put(e);
                }
            }
        }
        Study full = s.study();
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Study upgraded = store.load();
            assertThat(upgraded.supervision().isEmpty()).isTrue();
            assertThat(upgraded.supervision().questions()).isEqualTo(Supervision.LEAD_QUESTIONS);
            store.apply(List.of(new StudyChange.Put(full.session(s.t.session.id())), new StudyChange.Put(s.supervisor),
                    new StudyChange.PutSupervision(s.meeting), new StudyChange.PutSupervision(s.byTrainee), new StudyChange.PutSupervision(s.point)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(StudyFileCheck.pragmaInt(c, "user_version")).isEqualTo(bundled.newestVersion());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("study.iprs.format4-backup-"));
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(records(store.load())).containsExactly(s.meeting, s.byTrainee, s.point);
        }
    }

    @Test
    void theTablesRefuseAStopWithoutItsMeeting() throws Exception {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, s.study());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute("DELETE FROM supervision_meeting"))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }
}
