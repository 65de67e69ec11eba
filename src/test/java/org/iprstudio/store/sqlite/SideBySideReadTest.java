package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.iprstudio.bench.SyntheticStudy;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StoreException;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study file read on two connections at once (the codes, pairs and codings on the second) gives
 * exactly the records one connection gives, in the same order; and a file with bad rows in both
 * halves is refused with the message a read one after the other gives (the moments' first).
 */
class SideBySideReadTest {
    @TempDir
    Path dir;

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<Entity> read(Path file, boolean sideBySide) throws SQLException {
        try (Connection one = connect(file); Connection two = connect(file)) {
            return new EntityReader(one).entities(sideBySide ? two : null);
        }
    }

    @Test
    void twoConnectionsGiveTheSameRecordsInTheSameOrderAsOne() throws Exception {
        for (Study study : List.of(TestStudies.demo(), SyntheticStudy.build(20_000, 7))) {
            Path file = dir.resolve("study-" + study.momentCount() + ".iprs");
            SqliteStudyStore.create(file, study);
            List<Entity> alone = read(file, false);
            assertThat(alone).hasSizeGreaterThan(study.momentCount());
            assertThat(read(file, true)).isEqualTo(alone);
            try (SqliteStudyStore store = SqliteStudyStore.open(file)) { // the open reads side by side, with the page check
                assertThat(store.load().entitiesInDependencyOrder()).containsExactlyInAnyOrderElementsOf(study.entitiesInDependencyOrder());
            }
        }
    }

    @Test
    void aMomentAtTheLowestRowNumberSqliteAllowsIsRead() throws Exception {
        Path file = dir.resolve("lowest.iprs");
        SqliteStudyStore.create(file, TestStudies.demo());
        try (Connection c = connect(file); Statement st = c.createStatement()) { // a file edited by hand may hold it
            st.execute("UPDATE moment SET rowid = -9223372036854775808 WHERE rowid = (SELECT max(rowid) FROM moment)");
        }
        int moments = TestStudies.demo().momentCount();
        for (boolean sideBySide : new boolean[] {false, true}) {
            assertThat(read(file, sideBySide).stream().filter(e -> e instanceof org.iprstudio.domain.Moment).count())
                    .as("side by side: %s", sideBySide).isEqualTo(moments);
        }
    }

    @Test
    void badRowsInBothHalvesAreReportedAsOneAfterTheOtherReportsThem() throws Exception {
        Path file = dir.resolve("bad.iprs");
        SqliteStudyStore.create(file, TestStudies.demo());
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute("UPDATE moment SET anchor_ms = 'soon' WHERE rowid = (SELECT max(rowid) FROM moment)");
            st.execute("UPDATE coding SET moment_id = 'not-an-id' WHERE rowid = (SELECT min(rowid) FROM coding WHERE moment_id IS NOT NULL)");
        }
        String oneAfterTheOther = messageOf(() -> read(file, false));
        assertThat(oneAfterTheOther).contains("anchor_ms", "soon");
        for (int i = 0; i < 5; i++) { // whichever half finishes first
            assertThat(messageOf(() -> read(file, true))).isEqualTo(oneAfterTheOther);
        }
        assertThatThrownBy(() -> SqliteStudyStore.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("anchor_ms");

        try (Connection c = connect(file); Statement st = c.createStatement()) { // a bad moment in each thread's part: the first row's
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute("UPDATE moment SET anchor_ms = 'early' WHERE rowid = (SELECT min(rowid) FROM moment)");
        }
        assertThat(messageOf(() -> read(file, false))).contains("early");
        for (int i = 0; i < 5; i++) {
            assertThat(messageOf(() -> read(file, true))).isEqualTo(messageOf(() -> read(file, false)));
        }
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            st.execute("UPDATE moment SET anchor_ms = 0 WHERE anchor_ms = 'early'");
        }

        try (Connection c = connect(file); Statement st = c.createStatement()) { // the moments mended: the codings' problem is said
            st.execute("UPDATE moment SET anchor_ms = 0 WHERE anchor_ms = 'soon'");
        }
        assertThat(messageOf(() -> read(file, true))).isEqualTo(messageOf(() -> read(file, false))).contains("moment_id", "not-an-id");
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static String messageOf(Read read) {
        try {
            read.run();
        } catch (Exception e) {
            return e.getMessage();
        }
        throw new AssertionError("the read should have been refused");
    }
}
