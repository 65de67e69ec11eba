package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributeStoreTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();
    private final Attribute experience = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Years of experience", AttributeType.NUMBER, null);
    private final Attribute outcome = new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE,
            List.of("improved", "unchanged", "worse"));
    private final AttributeValue years = new AttributeValue(UUID.randomUUID(), experience.id(), t.therapist.id(), "12");
    private final AttributeValue result = new AttributeValue(UUID.randomUUID(), outcome.id(), t.dyad.id(), "worse");

    @Test
    void attributesAndValuesSurviveCloseAndReopen() {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, t.study());
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.apply(List.of(new StudyChange.Put(experience), new StudyChange.Put(outcome), new StudyChange.Put(years), new StudyChange.Put(result)));
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Study loaded = store.load();
            assertThat(loaded.attributes()).containsExactly(experience, outcome);
            assertThat(loaded.attribute(outcome.id()).choices()).containsExactly("improved", "unchanged", "worse");
            assertThat(loaded.attributeValues()).containsExactlyInAnyOrder(years, result);
            Attribute renamed = new Attribute(outcome.id(), AttributeTarget.DYAD, "Outcome at 6 months", AttributeType.CHOICE, List.of("worse", "better"));
            List<StudyChange> removal = loaded.removalOf(experience.id()).stream().<StudyChange>map(StudyChange.Delete::new).toList();
            store.apply(removal);
            store.apply(List.of(new StudyChange.Put(renamed)));
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Study loaded = store.load();
            assertThat(loaded.attributes()).extracting(Attribute::name).containsExactly("Outcome at 6 months");
            assertThat(loaded.attribute(outcome.id()).choices()).containsExactly("worse", "better");
            assertThat(loaded.attributeValues()).containsExactly(result);
        }
    }

    @Test
    void aFormatTwoStudyIsUpgradedAndThenTakesAttributes() throws Exception {
        Path file = dir.resolve("study.iprs");
        Study study = t.study();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int version = 1; version <= 2; version++) {
                for (String statement : Migrations.statements(Migrations.bundled().script(version))) {
                    st.execute(statement);
                }
            }
            st.execute("PRAGMA application_id = " + StudyFileCheck.APPLICATION_ID);
            st.execute("PRAGMA user_version = 2");
            try (EntityWriter writer = new EntityWriter(c)) {
                writer.putHeader(study.header());
                for (Entity e : study.entitiesInDependencyOrder()) {
                    writer.put(e);
                }
            }
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(new java.util.HashSet<>(store.load().entitiesInDependencyOrder())).isEqualTo(new java.util.HashSet<>(study.entitiesInDependencyOrder()));
            store.apply(List.of(new StudyChange.Put(outcome), new StudyChange.Put(result)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(StudyFileCheck.pragmaInt(c, "user_version")).isGreaterThanOrEqualTo(3);
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().valueOf(outcome.id(), t.dyad.id())).contains(result);
        }
    }

    @Test
    void aValueNamesItsParticipantOrDyadWithARealForeignKey() throws Exception {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, t.study());
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.apply(List.of(new StudyChange.Put(experience), new StudyChange.Put(outcome), new StudyChange.Put(years), new StudyChange.Put(result)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT participant_id, dyad_id FROM attribute_value WHERE id = '" + result.id() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isNull();
            assertThat(rs.getString(2)).isEqualTo(t.dyad.id().toString());
        }
    }
}
