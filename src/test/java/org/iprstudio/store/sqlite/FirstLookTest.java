package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iprstudio.bench.SyntheticStudy;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large study's first look (decision 0026) holds exactly what the whole study holds of the first
 * session in the tree's order, the whole structure and codes, and the whole study's moment counts;
 * there is none for a small study, a study with coding rounds or a file that is no study.
 */
class FirstLookTest {
    @TempDir
    Path dir;
    @BeforeEach
    void everyStudyIsLarge() {
        System.setProperty(LookReader.FROM_MOMENTS_PROPERTY, "0");
    }

    @AfterEach
    void restore() {
        System.clearProperty(LookReader.FROM_MOMENTS_PROPERTY);
    }

    @Test
    void theLookHoldsTheFirstSessionAsTheWholeStudyHoldsIt() throws Exception {
        for (Study written : List.of(TestStudies.demo(), SyntheticStudy.build(20_000, 7))) {
            Path file = dir.resolve("study-" + written.momentCount() + ".iprs");
            SqliteStudyStore.create(file, written);
            StudyLook look = LookReader.of(file).orElseThrow();
            Study whole;
            try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
                whole = store.load();
            }
            Session first = whole.sessionsOf(whole.dyadsAt(whole.sites().get(0).id()).get(0).id()).get(0);
            assertThat(look.sessionId()).isEqualTo(first.id());
            Study seen = look.study();
            assertThat(seen.sites()).isEqualTo(whole.sites());
            assertThat(seen.participants()).isEqualTo(whole.participants());
            assertThat(seen.dyads()).isEqualTo(whole.dyads());
            assertThat(seen.sessions()).isEqualTo(whole.sessions());
            assertThat(seen.passes()).containsExactlyInAnyOrderElementsOf(whole.passes());
            assertThat(seen.codes()).isEqualTo(whole.codes());
            assertThat(seen.team().researchers()).isEqualTo(whole.team().researchers());
            for (RecallPass pass : whole.passes()) {
                assertThat(look.outline().momentsOf(pass.id())).isEqualTo(whole.momentsInPass(pass.id()).size());
            }
            Set<UUID> sessionMoments = whole.passesOf(first.id()).stream().flatMap(p -> whole.momentsInPass(p.id()).stream())
                    .map(Moment::id).collect(Collectors.toSet());
            assertThat(sessionMoments).isNotEmpty();
            assertThat(seen.moments()).containsExactlyInAnyOrderElementsOf(whole.moments().stream().filter(m -> sessionMoments.contains(m.id())).toList());
            assertThat(seen.pairs()).containsExactlyInAnyOrderElementsOf(whole.pairs().stream()
                    .filter(p -> sessionMoments.contains(p.firstMomentId())).toList());
            Set<UUID> sessionPairs = seen.pairs().stream().map(Entity::id).collect(Collectors.toSet());
            List<Coding> sessionCodings = whole.codings().stream()
                    .filter(c -> c.momentId() != null ? sessionMoments.contains(c.momentId()) : sessionPairs.contains(c.pairId())).toList();
            assertThat(sessionCodings).isNotEmpty();
            assertThat(seen.codings()).containsExactlyInAnyOrderElementsOf(sessionCodings);
            for (Coding c : sessionCodings) {
                assertThat(seen.team().stampOf(c.id())).isEqualTo(whole.team().stampOf(c.id()));
            }
            assertThat(seen.transcriptOf(first.id())).isEqualTo(whole.transcriptOf(first.id()));
            assertThat(seen.momentCount()).isLessThan(whole.momentCount());
        }
    }

    @Test
    void aSmallStudyARoundOrAFileThatIsNoStudyHasNoLook() throws Exception {
        Path file = dir.resolve("demo.iprs");
        SqliteStudyStore.create(file, TestStudies.demo());
        System.setProperty(LookReader.FROM_MOMENTS_PROPERTY, String.valueOf(TestStudies.demo().momentCount() + 1));
        assertThat(LookReader.of(file)).isEmpty();
        System.setProperty(LookReader.FROM_MOMENTS_PROPERTY, "0");
        assertThat(LookReader.of(file)).isPresent();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO coding_round (id, name, status, lead, opened_at) VALUES ('" + UUID.randomUUID()
                    + "', 'Round 1', 'OPEN', 'AB', '2026-12-02T00:00:00Z')");
        }
        assertThat(LookReader.of(file)).as("a coder's blind view needs the whole study").isEmpty();
        Path notAStudy = Files.writeString(dir.resolve("notes.iprs"), "not a study");
        assertThat(LookReader.of(notAStudy)).isEmpty();
        assertThat(LookReader.of(dir.resolve("missing.iprs"))).isEmpty();
    }

    @Test
    void theOpenHandsTheLookOverWithTheStudyHeldAndNotWhenItIsOpenElsewhere() throws Exception {
        Path file = dir.resolve("demo.iprs");
        SqliteStudyStore.create(file, TestStudies.demo());
        List<org.iprstudio.store.FirstLook> handed = new java.util.ArrayList<>();
        List<org.iprstudio.store.StoreException.Reason> secondOpen = new java.util.ArrayList<>();
        try (SqliteStudyStore store = SqliteStudyStore.open(file, Migrations.bundled(), null, look -> {
            handed.add(look);
            try (SqliteStudyStore again = SqliteStudyStore.open(file)) {
                secondOpen.add(null);
            } catch (org.iprstudio.store.StoreException e) {
                secondOpen.add(e.reason());
            }
        })) {
            assertThat(handed).hasSize(1);
            assertThat(secondOpen).as("while the look is handed over, the study is held").containsExactly(org.iprstudio.store.StoreException.Reason.LOCKED);
            assertThat(store.load().momentCount()).isEqualTo(TestStudies.demo().momentCount());
            List<org.iprstudio.store.FirstLook> elsewhere = new java.util.ArrayList<>();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteStudyStore.open(file, Migrations.bundled(), null, elsewhere::add))
                    .isInstanceOf(org.iprstudio.store.StoreException.class);
            assertThat(elsewhere).as("no look at a study open elsewhere").isEmpty();
        }
    }

    @Test
    void theOpenLooksAtTheSessionAskedForAndAtTheFirstWhenThereIsNoSuch() throws Exception {
        Path file = dir.resolve("demo.iprs");
        Study demo = TestStudies.demo();
        SqliteStudyStore.create(file, demo);
        Session last = demo.sessions().get(demo.sessions().size() - 1);
        String label = demo.dyad(last.dyadId()).code().toLowerCase(java.util.Locale.ROOT) + "/" + last.number();
        Session first = demo.sessionsOf(demo.dyadsAt(demo.sites().get(0).id()).get(0).id()).get(0);
        assertThat(last.id()).isNotEqualTo(first.id());
        for (String asked : new String[] {label, "D99/3", "not a label", null}) {
            List<StudyLook> handed = new java.util.ArrayList<>();
            try (SqliteStudyStore store = SqliteStudyStore.open(file, Migrations.bundled(), asked, opening -> handed.add(opening.look()))) {
                assertThat(handed).hasSize(1);
                assertThat(handed.get(0).sessionId()).as(String.valueOf(asked)).isEqualTo(asked == label ? last.id() : first.id());
                assertThat(handed.get(0).study().momentCount()).isEqualTo(demo.passesOf(handed.get(0).sessionId()).stream()
                        .mapToInt(p -> demo.momentsInPass(p.id()).size()).sum());
            }
        }
    }

    /**
     * Decision 0027: a study in WAL mode hands its look over with a store that commits a change at once,
     * while the whole read (begun before) still sees the file as it was; a study fresh from `new`,
     * still on a rollback journal, hands no store (its open does not switch it before checking it).
     */
    @Test
    void aChangeToTheLookIsInTheFileAtOnceAndTheWholeReadIsTheFileAsItWasBefore() throws Exception {
        Path file = dir.resolve("demo.iprs");
        Study demo = TestStudies.demo();
        SqliteStudyStore.create(file, demo);
        List<org.iprstudio.store.FirstLook> fresh = new java.util.ArrayList<>();
        SqliteStudyStore.open(file, Migrations.bundled(), null, fresh::add).close();
        assertThat(fresh).singleElement().satisfies(first -> assertThat(first.store()).as("a rollback journal: changes wait").isNull());

        org.iprstudio.domain.Code code = new org.iprstudio.domain.Code(UUID.randomUUID(), null, "Made to the look", "", null, false);
        org.iprstudio.domain.AuditEvent audit = new org.iprstudio.domain.AuditEvent(UUID.randomUUID(), java.time.Instant.parse("2026-12-02T07:00:00Z"),
                "AB", org.iprstudio.domain.AuditKind.values()[0], code.id(), "made to the look");
        int[] inTheFile = new int[1];
        try (SqliteStudyStore store = SqliteStudyStore.open(file, Migrations.bundled(), null, first -> {
            assertThat(first.store()).isNotNull();
            first.store().apply(List.of(new org.iprstudio.store.StudyChange.Put(code), new org.iprstudio.store.StudyChange.Audit(audit)));
            inTheFile[0] = countOf(file, "SELECT count(*) FROM code WHERE id = '" + code.id() + "'");
        })) {
            assertThat(inTheFile[0]).as("committed before the whole study was read").isEqualTo(1);
            Study read = store.load();
            assertThat(read.find(code.id())).as("the whole read sees the file as it was when the look was handed over").isEmpty();
            assertThat(read.team().audit()).noneMatch(e -> e.id().equals(audit.id()));
            assertThat(read.momentCount()).isEqualTo(demo.momentCount());
        }
        try (SqliteStudyStore again = SqliteStudyStore.open(file)) {
            Study read = again.load();
            assertThat(read.find(code.id())).contains(code);
            assertThat(read.team().audit()).filteredOn(e -> e.id().equals(audit.id())).hasSize(1);
        }
    }

    /** A whole read that fails after the look was handed over closes the writer: a later change is refused with the reason, and the study is free again. */
    @Test
    void aChangeAfterTheWholeReadFailedIsRefusedAndTheStudyIsFreeAgain() {
        Path file = dir.resolve("demo.iprs");
        SqliteStudyStore.create(file, TestStudies.demo());
        SqliteStudyStore.open(file).close(); // in WAL mode, as a study in use is
        org.iprstudio.store.StudyStore[] handed = new org.iprstudio.store.StudyStore[1];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteStudyStore.open(file, Migrations.bundled(), null, first -> {
            handed[0] = first.store();
            throw new IllegalStateException("the read fails");
        })).hasMessage("the read fails");
        org.iprstudio.domain.Code code = new org.iprstudio.domain.Code(UUID.randomUUID(), null, "Too late", "", null, false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> handed[0].apply(List.of(new org.iprstudio.store.StudyChange.Put(code))))
                .isInstanceOf(org.iprstudio.store.StoreException.class).hasMessageContaining("could not be read whole");
        try (SqliteStudyStore again = SqliteStudyStore.open(file)) {
            assertThat(again.load().find(code.id())).isEmpty();
        }
    }

    private static int countOf(Path file, String query) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
