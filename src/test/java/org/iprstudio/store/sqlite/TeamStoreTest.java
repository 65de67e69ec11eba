package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.CodingStamp;
import org.iprstudio.domain.ConsensusDecision;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.RoundStatus;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyChange;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamStoreTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();
    private final Instant now = Instant.parse("2026-12-01T12:00:00Z");

    private AuditEvent audit(String who, String what) {
        return new AuditEvent(UUID.randomUUID(), now, who, AuditKind.CODING, null, what);
    }

    @Test
    void aFormatFourStudyIsUpgradedAndItsOldCodingsHaveNoCoderWhileNewOnesDo() throws Exception {
        Path file = dir.resolve("v4.iprs");
        Study study = t.study();
        Moment moment = t.moment(t.clientPass, "02:40", 4, "froze");
        Code code = new Code(UUID.randomUUID(), null, "BOND", "", null, false);
        Coding old = new Coding(UUID.randomUUID(), code.id(), moment.id(), null);
        study.put(moment);
        study.put(code);
        study.put(old);
        List<String> upToFour = new ArrayList<>();
        for (int v = 1; v <= 4; v++) {
            upToFour.add(Migrations.bundled().script(v));
        }
        // a real format-4 file, made by the format-4 scripts: the upgrade path of a study from the last release
        Migrations four = Migrations.of(upToFour);
        assertThat(four.newestVersion()).isEqualTo(4);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int v = 1; v <= 4; v++) {
                for (String statement : Migrations.statements(four.script(v))) {
                    st.execute(statement);
                }
            }
            st.execute("PRAGMA application_id = " + StudyFileCheck.APPLICATION_ID);
            st.execute("PRAGMA user_version = 4");
            EntityWriter writer = new EntityWriter(c);
            writer.putHeader(study.header());
            for (Entity e : study.entitiesInDependencyOrder()) {
                writer.put(e);
            }
            writer.close();
        }
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Study loaded = store.load();
            assertThat(loaded.codings()).containsExactly(old);
            assertThat(loaded.team().stampOf(old.id())).isEmpty();
            assertThat(loaded.team().audit()).isEmpty();
            Moment other = t.moment(t.therapistPass, "02:41", 5, "");
            Coding made = new Coding(UUID.randomUUID(), code.id(), other.id(), null);
            AuditEvent event = audit("AB", "coding added: BOND");
            store.apply(List.of(new StudyChange.Put(other), new StudyChange.Put(made), new StudyChange.PutResearcher(new Researcher("ab", "Ann Brown")),
                    new StudyChange.Audit(event)));
            Study again = store.load();
            assertThat(again.team().stampOf(made.id())).contains(new CodingStamp("AB", now));
            assertThat(again.team().stampOf(old.id())).isEmpty();
            assertThat(again.team().audit()).containsExactly(event);
            assertThat(again.team().researchers()).containsExactly(new Researcher("AB", "Ann Brown"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(StudyFileCheck.pragmaInt(c, "user_version")).isEqualTo(Migrations.bundled().newestVersion());
        }
    }

    @Test
    void aRefusedChangeLeavesNoAuditRowAndAnAcceptedOneExactlyOne() throws Exception {
        Path file = dir.resolve("s.iprs");
        SqliteStudyStore.create(file, t.study());
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            Moment moment = t.moment(t.clientPass, "01:00", 5, "x");
            // a coding of a code that is not there breaks a foreign key: the whole list, audit line included, is refused
            Coding dangling = new Coding(UUID.randomUUID(), UUID.randomUUID(), moment.id(), null);
            assertThatThrownBy(() -> store.apply(List.of(new StudyChange.Put(moment), new StudyChange.Put(dangling),
                    new StudyChange.Audit(audit("AB", "bad"))))).isInstanceOf(StoreException.class);
            store.apply(List.of(new StudyChange.Put(moment), new StudyChange.Audit(audit("AB", "moment added"))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT what FROM audit_event")) {
            List<String> whats = new ArrayList<>();
            while (rs.next()) {
                whats.add(rs.getString(1));
            }
            assertThat(whats).containsExactly("moment added");
        }
    }

    @Test
    void roundsTheirCodingsAndDecisionsSurviveReopeningAndCopying() {
        Path file = dir.resolve("r.iprs");
        Study study = t.study();
        Moment moment = t.moment(t.clientPass, "01:00", 5, "x");
        Code code = new Code(UUID.randomUUID(), null, "BOND", "", null, false);
        Code child = new Code(UUID.randomUUID(), code.id(), "TASK", "", null, false);
        study.put(moment);
        study.put(code);
        study.put(child);
        SqliteStudyStore.create(file, study);
        CodingRound round = new CodingRound(UUID.randomUUID(), "R1", RoundStatus.OPEN, "LD", now, null, List.of(t.session.id()),
                List.of("AB", "CD"), List.of(code.id(), child.id()), List.of(code.id()));
        RoundCoding a = new RoundCoding(UUID.randomUUID(), round.id(), "AB", child.id(), moment.id(), null, now);
        ConsensusDecision decision = new ConsensusDecision(UUID.randomUUID(), round.id(), moment.id(), List.of(child.id()), "we agree", "LD", now);
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            store.apply(List.of(new StudyChange.PutRound(round), new StudyChange.PutRoundCoding(a)));
            store.apply(List.of(new StudyChange.PutRound(round.closed(now)), new StudyChange.PutDecision(decision)));
        }
        Study loaded;
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            loaded = store.load();
        }
        assertThat(loaded.team().rounds()).containsExactly(round.closed(now));
        assertThat(loaded.team().roundCodings(round.id())).containsExactly(a);
        assertThat(loaded.team().decisions(round.id())).containsExactly(decision);
        Path copy = dir.resolve("copy.iprs");
        SqliteStudyStore.create(copy, loaded);
        try (SqliteStudyStore store = SqliteStudyStore.open(copy)) {
            Study copied = store.load();
            assertThat(copied.team().rounds()).containsExactly(round.closed(now));
            assertThat(copied.team().roundCodings(round.id())).containsExactly(a);
            assertThat(copied.team().decisions(round.id())).containsExactly(decision);
        }
    }
}
