package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study shown first by a look at one session (decision 0026): what views may show meanwhile is the
 * look, the study itself is the whole one (waited for), a change goes to the whole study and its
 * file, and a whole read that fails says why instead of showing the look as the study.
 */
class StudyServiceLookTest {
    @TempDir
    Path dir;
    private Path file;
    private StudyLook look;

    @BeforeEach
    void aStudyAndItsLook() {
        file = dir.resolve("demo.iprs");
        SqliteStudyStore.create(file, TestStudies.demo());
        // the look as the store reads it, of a small study (the size from which a look is read is the store's own concern)
        org.iprstudio.domain.Study whole = TestStudies.demo();
        Session first = whole.sessionsOf(whole.dyadsAt(whole.sites().get(0).id()).get(0).id()).get(0);
        look = new StudyLook(lookOf(whole, first), org.iprstudio.domain.StudyOutline.of(whole), first.id());
    }

    /** The structure and codes of a study with the moments, pairs and codings of one session, built through the rules. */
    static org.iprstudio.domain.Study lookOf(org.iprstudio.domain.Study whole, Session session) {
        java.util.Set<UUID> moments = new java.util.HashSet<>();
        whole.passesOf(session.id()).forEach(p -> whole.momentsInPass(p.id()).forEach(m -> moments.add(m.id())));
        List<org.iprstudio.domain.Entity> kept = whole.entitiesInDependencyOrder().stream().filter(e -> {
            if (e instanceof org.iprstudio.domain.Moment m) {
                return moments.contains(m.id());
            } else if (e instanceof org.iprstudio.domain.MomentPair p) {
                return moments.contains(p.firstMomentId());
            } else if (e instanceof org.iprstudio.domain.Coding c) {
                return c.momentId() != null ? moments.contains(c.momentId())
                        : moments.contains(whole.pairs().stream().filter(p -> p.id().equals(c.pairId())).findFirst().orElseThrow().firstMomentId());
            } else if (e instanceof org.iprstudio.domain.Quote q) {
                return moments.contains(q.momentId());
            }
            return !(e instanceof org.iprstudio.domain.Theme || e instanceof org.iprstudio.domain.Memo);
        }).toList();
        return org.iprstudio.domain.Study.of(whole.header(), kept);
    }

    @Test
    void theLookIsShownAndTheStudyIsTheWholeOneOnceRead() throws Exception {
        CompletableFuture<StudyService.Opened> whole = new CompletableFuture<>();
        StudyService service = StudyService.lookingFirst(file, look, whole);
        AtomicInteger told = new AtomicInteger();
        service.addListener(new StudyListener() {
            @Override
            public void studyChanged(List<StudyChange> changes) {
            }

            @Override
            public void wholeStudyRead() {
                told.incrementAndGet();
            }
        });
        assertThat(service.isWhole()).isFalse();
        assertThat(service.shown()).isSameAs(look.study());
        assertThat(service.shows(look.sessionId())).isTrue();
        UUID other = TestStudies.demo().sessions().stream().map(Session::id).filter(id -> !id.equals(look.sessionId())).findFirst().orElseThrow();
        assertThat(service.shows(other)).isFalse();
        UUID pass = TestStudies.demo().passesOf(other).get(0).id();
        assertThat(service.momentCountOf(pass)).isEqualTo(TestStudies.demo().momentsInPass(pass).size()).isPositive();
        assertThat(service.file()).isEqualTo(file);

        Thread reader = new Thread(() -> {
            sleep(200);
            whole.complete(StudyService.Opened.read(SqliteStudyStore.open(file)));
        });
        reader.start();
        assertThat(service.study().momentCount()).as("the study is the whole one, waited for").isEqualTo(TestStudies.demo().momentCount());
        assertThat(service.isWhole()).isTrue();
        assertThat(service.shown()).isSameAs(service.study());
        assertThat(service.shows(other)).isTrue();
        assertThat(told).hasValue(1);
        service.study();
        assertThat(told).as("told once").hasValue(1);
        service.close();
    }

    @Test
    void aChangeMadeWhileTheLookIsShownGoesToTheWholeStudyAndItsFile() throws Exception {
        CompletableFuture<StudyService.Opened> whole = new CompletableFuture<>();
        StudyService service = StudyService.lookingFirst(file, look, whole);
        new Thread(() -> {
            sleep(200);
            whole.complete(StudyService.Opened.read(SqliteStudyStore.open(file)));
        }).start();
        Code code = new Code(UUID.randomUUID(), null, "Made during the look", "", null, false);
        service.put(code);
        assertThat(service.isWhole()).isTrue();
        assertThat(service.study().find(code.id())).contains(code);
        assertThat(service.study().momentCount()).isEqualTo(TestStudies.demo().momentCount());
        service.close();
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(store.load().find(code.id())).contains(code);
        }
    }

    @Test
    void aWholeReadThatFailsIsReportedNotReplacedByTheLook() {
        CompletableFuture<StudyService.Opened> whole = new CompletableFuture<>();
        StudyService service = StudyService.lookingFirst(file, look, whole);
        StoreException damaged = new StoreException(StoreException.Reason.DAMAGED, org.iprstudio.store.StoreMessages.of("sqliteStudyStore.holdsDataBreaksRule", file, "a rule"));
        whole.completeExceptionally(damaged);
        boolean[] heard = new boolean[2];
        service.whenWhole((read, failure) -> {
            heard[0] = read;
            heard[1] = failure != null;
        });
        assertThat(heard).containsExactly(false, true);
        assertThatThrownBy(service::study).isSameAs(damaged);
        assertThatThrownBy(() -> service.put(new Code(UUID.randomUUID(), null, "Lost?", "", null, false))).isSameAs(damaged);
        assertThat(service.isWhole()).isFalse();
    }

    /**
     * Decision 0027, on the real store: while the whole study is held back, a code applied to a moment of
     * the look's session, taken back and applied again is in the file at once (as the audit trail is),
     * without waiting; a change the look cannot check (a theme) waits; once the whole study is in, it
     * holds every change made to the look once, and undo goes on working on it.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aCodeAppliedToTheLookIsCommittedAtOnceAndMadeToTheWholeStudyOnceItIsIn() throws Exception {
        try (SqliteStudyStore opened = SqliteStudyStore.open(file)) {
            opened.load(); // once opened for work, the file is in WAL mode, as a study in use is
        }
        System.setProperty("iprstudio.firstLookFromMoments", "0");
        java.util.concurrent.CountDownLatch wholeMayBeRead = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<StudyService> shown = new CompletableFuture<>();
        CompletableFuture<StudyService.Opened> whole = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                whole.complete(StudyService.Opened.read(new org.iprstudio.store.sqlite.SqliteStudyFiles().open(file, null, first -> {
                    shown.complete(StudyService.lookingFirst(file, first, whole));
                    try {
                        wholeMayBeRead.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })));
            } catch (RuntimeException e) {
                whole.completeExceptionally(e);
                shown.completeExceptionally(e);
            }
        });
        try {
            opener.start();
            StudyService service = shown.get(30, java.util.concurrent.TimeUnit.SECONDS);
            org.iprstudio.app.coding.EditHistory history = new org.iprstudio.app.coding.EditHistory(service);
            org.iprstudio.app.coding.CodingActions actions = new org.iprstudio.app.coding.CodingActions(service, history, java.time.Clock.systemUTC());
            org.iprstudio.domain.Study look = service.shown();
            org.iprstudio.domain.Moment moment = look.passesOf(service.firstLook().orElseThrow().sessionId()).stream()
                    .flatMap(p -> look.momentsOf(p.id()).stream()).findFirst().orElseThrow();
            Code code = look.codes().stream().filter(c -> look.codingsOf(moment.id()).stream().noneMatch(k -> k.codeId().equals(c.id())))
                    .filter(c -> c.parentId() != null).findFirst().orElseThrow();

            assertThat(actions.toggle(code, moment)).isTrue();
            assertThat(history.undo()).isPresent();
            assertThat(actions.toggle(code, moment)).isTrue();
            assertThat(service.isWhole()).as("made without waiting for the whole study").isFalse();
            assertThat(codingsInFile(moment.id(), code.id())).isEqualTo(1);
            org.iprstudio.domain.Coding applied = service.shown().codingsOf(moment.id()).stream().filter(c -> c.codeId().equals(code.id())).findFirst().orElseThrow();

            org.iprstudio.domain.Theme theme = new org.iprstudio.domain.Theme(UUID.randomUUID(), null, "Waits for the whole study", "",
                    org.iprstudio.domain.ThemeStatus.values()[0], 99, List.of(), List.of());
            CompletableFuture<Void> themePut = CompletableFuture.runAsync(() -> service.put(theme));
            Thread.sleep(300);
            assertThat(themePut).as("a theme is not in the look: it waits for the whole study").isNotDone();

            wholeMayBeRead.countDown();
            themePut.get(30, java.util.concurrent.TimeUnit.SECONDS);
            org.iprstudio.domain.Study study = service.study();
            assertThat(study.momentCount()).isEqualTo(TestStudies.demo().momentCount());
            assertThat(study.codingsOf(moment.id())).filteredOn(c -> c.codeId().equals(code.id())).containsExactly(applied);
            assertThat(study.find(theme.id())).isPresent();
            assertThat(study.team().audit()).as("each change's audit line once")
                    .hasSize(TestStudies.demo().team().audit().size() + 4); // apply, undo, apply, theme

            assertThat(history.undo()).isPresent(); // the code applied to the look (the theme was put past the history), taken back on the whole study
            assertThat(service.study().codingsOf(moment.id())).noneMatch(c -> c.codeId().equals(code.id()));
            assertThat(codingsInFile(moment.id(), code.id())).isZero();
            service.close();
        } finally {
            wholeMayBeRead.countDown();
            System.clearProperty("iprstudio.firstLookFromMoments");
            opener.join(30_000);
        }
    }

    /**
     * A change the look lets through but the whole study refuses (here a code named as one the look did
     * not hold) is in the file; the whole study is then refused with that reason every time it is asked
     * for, and nothing more is written through the look.
     */
    @Test
    void aChangeTheWholeStudyRefusesKeepsRefusingItAndWritesNothingMore() throws Exception {
        SqliteStudyStore store = SqliteStudyStore.open(file);
        org.iprstudio.domain.Study read = store.load();
        Code hidden = read.codes().stream().filter(c -> c.parentId() != null && read.codes().stream().noneMatch(k -> c.id().equals(k.parentId()))
                && look.study().codings().stream().noneMatch(k -> k.codeId().equals(c.id()))).findFirst().orElseThrow();
        List<org.iprstudio.domain.Entity> withoutIt = look.study().entitiesInDependencyOrder().stream().filter(e -> !e.id().equals(hidden.id())).toList();
        StudyLook lacking = new StudyLook(org.iprstudio.domain.Study.of(look.study().header(), withoutIt), look.outline(), look.sessionId());
        CompletableFuture<StudyService.Opened> whole = new CompletableFuture<>();
        StudyService service = StudyService.lookingFirst(file, new org.iprstudio.store.FirstLook(lacking, store), whole);
        Code twin = new Code(UUID.randomUUID(), hidden.parentId(), hidden.name(), "", null, false);
        service.put(twin); // the look holds no code of that name
        assertThat(service.isWhole()).isFalse();
        whole.complete(new StudyService.Opened(store, read));
        assertThatThrownBy(service::study).isInstanceOf(StoreException.class).hasMessageContaining(hidden.name());
        assertThatThrownBy(service::study).as("the same reason, not a second replay").isInstanceOf(StoreException.class).hasMessageContaining(hidden.name());
        Code another = new Code(UUID.randomUUID(), null, "Not written", "", null, false);
        assertThatThrownBy(() -> service.put(another)).isInstanceOf(StoreException.class).hasMessageContaining(hidden.name());
        store.close();
        assertThat(codeRows("Not written")).isZero();
        assertThatThrownBy(() -> SqliteStudyStore.open(file)).as("the file holds two codes of one name: its open says so")
                .isInstanceOf(StoreException.class).hasMessageContaining(hidden.name());
    }

    private int codeRows(String name) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM code WHERE name = '" + name + "'")) {
            return rs.getInt(1);
        }
    }

    private int codingsInFile(UUID moment, UUID code) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM coding WHERE moment_id = '" + moment + "' AND code_id = '" + code + "'")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
