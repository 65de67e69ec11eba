package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.BasicComponentFinder;
import org.assertj.swing.edt.GuiActionRunner;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large study named at the start opens on a first look at its first session (decision 0026): the
 * window shows that session's pairs while the tabs of the whole study say they wait for it, and
 * builds them once it is read; another session chosen meanwhile waits for the whole study and then
 * shows all of its moments. The demo study stands for a large one; its whole read is held back
 * until the test lets it go.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class FirstLookGuiTest {
    @TempDir
    Path dataDir;

    private MainWindow window;
    private final CountDownLatch wholeMayBeRead = new CountDownLatch(1);
    /** When set, the whole read fails so after the look (a damaged page found by the check, say). */
    private volatile RuntimeException wholeReadFails;

    @BeforeEach
    void theDemoStandsForALargeStudy() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        System.setProperty("iprstudio.firstLookFromMoments", "0");
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        wholeMayBeRead.countDown();
        if (window != null) { // the whole read done (its file is in a folder JUnit removes) and told, before the window goes
            long until = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < until && !GuiActionRunner.execute(() -> window.service() == null || window.service().isWhole())) {
                closeDialogs();
                Thread.sleep(50);
            }
            GuiActionRunner.execute(() -> { });
            GuiActionRunner.execute(() -> window.dispose());
        }
        System.clearProperty("iprstudio.firstLookFromMoments");
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    /** The real study files, whose read of the whole study (after the look) waits for the test. */
    @SuppressWarnings("unchecked")
    private StudyFiles heldBackAfterTheLook() {
        SqliteStudyFiles files = new SqliteStudyFiles();
        return (StudyFiles) java.lang.reflect.Proxy.newProxyInstance(StudyFiles.class.getClassLoader(), new Class<?>[] {StudyFiles.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("open") && args.length == 3) {
                        Consumer<org.iprstudio.store.FirstLook> look = (Consumer<org.iprstudio.store.FirstLook>) args[2];
                        return files.open((Path) args[0], (String) args[1], seen -> {
                            look.accept(seen);
                            await(wholeMayBeRead);
                            if (wholeReadFails != null) {
                                throw wholeReadFails;
                            }
                        });
                    }
                    try {
                        return method.invoke(files, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path openedOnAFirstLook() {
        return openedOnAFirstLook(null);
    }

    private Path openedOnAFirstLook(String session) {
        return openedOnAFirstLook(session, false);
    }

    /** The same; {@code inUseBefore}: opened for work once before, so the file is in WAL mode as a study in use is (decision 0027). */
    private Path openedOnAFirstLook(String session, boolean inUseBefore) {
        Path demo = new DemoStudy(new SqliteStudyFiles()).install(false);
        if (inUseBefore) {
            org.iprstudio.store.sqlite.SqliteStudyStore.open(demo).close();
        }
        StudyFiles files = heldBackAfterTheLook();
        window = windowOn(files);
        PreloadedStudy preload = PreloadedStudy.start(files, demo, session);
        assertThat(GuiActionRunner.execute(() -> {
            window.preloaded(preload);
            return window.open(demo);
        })).isTrue();
        return demo;
    }

    /** The main window at a laptop's size on these study files, without libVLC. */
    private static MainWindow windowOn(StudyFiles files) {
        return GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, null, "libVLC was not found in [/nowhere].", "apt install vlc", () -> { });
            w.setSize(1280, 800);
            w.setVisible(true);
            return w;
        });
    }

    private JTabbedPane workTabs() {
        return GuiActionRunner.execute(() -> (JTabbedPane) BasicComponentFinder.finderWithCurrentAwtHierarchy().findByName(window, "workTabs", true));
    }

    private String status() {
        return GuiActionRunner.execute(() -> ((JLabel) BasicComponentFinder.finderWithCurrentAwtHierarchy().findByName(window, "status", true)).getText());
    }

    @Test
    void theFirstSessionIsShownFirstAndTheWholeStudyTabsOnceItIsRead() throws Exception {
        openedOnAFirstLook();
        JTabbedPane tabs = workTabs();
        assertThat(GuiActionRunner.execute(() -> window.service().isWhole())).as("the whole study is held back").isFalse();
        assertThat(GuiActionRunner.execute(() -> window.currentSession() != null && window.service().shows(window.currentSession().id()))).isTrue();
        assertThat(GuiActionRunner.execute(() -> window.coding().pairing().orElseThrow().kept().size()
                + window.coding().pairing().orElseThrow().suggested().size())).as("the first session's pairs").isPositive();
        assertThat(GuiActionRunner.execute(() -> tabs.getComponentAt(0) instanceof org.iprstudio.ui.coding.PairsPanel)).isTrue();
        for (int i = 1; i < 6; i++) {
            int tab = i;
            assertThat(GuiActionRunner.execute(() -> tabs.getComponentAt(tab).getName())).as("tab " + tab + " waits").isEqualTo("readingWholeStudy");
        }
        assertThat(status()).contains("while the rest of the study is read");

        wholeMayBeRead.countDown();
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until && GuiActionRunner.execute(() -> "readingWholeStudy".equals(tabs.getComponentAt(1).getName()))) {
            Thread.sleep(50);
        }
        assertThat(GuiActionRunner.execute(() -> window.service().isWhole())).isTrue();
        assertThat(GuiActionRunner.execute(() -> tabs.getComponentAt(1) instanceof org.iprstudio.ui.coding.MomentTablePanel)).isTrue();
        assertThat(GuiActionRunner.execute(() -> tabs.getComponentAt(3) instanceof org.iprstudio.ui.coding.MatrixPanel)).isTrue();
        assertThat(status()).contains("Every change is saved");
    }

    @Test
    void anotherSessionChosenDuringTheLookIsShownWholeOnceTheStudyIsRead() throws Exception {
        openedOnAFirstLook();
        org.iprstudio.domain.Session other = GuiActionRunner.execute(() -> window.service().shown().sessions().stream()
                .filter(s -> !window.service().shows(s.id()) && !window.service().shown().passesOf(s.id()).isEmpty()).findFirst().orElseThrow());
        String label = GuiActionRunner.execute(() -> window.service().shown().dyad(other.dyadId()).code() + "/" + other.number());
        assertThat(GuiActionRunner.execute(() -> window.service().shown().passesOf(other.id()).stream()
                .mapToInt(p -> window.service().shown().momentsInPass(p.id()).size()).sum())).as("the look holds none of its moments").isZero();
        Thread letGo = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            wholeMayBeRead.countDown();
        });
        letGo.start();
        assertThat(GuiActionRunner.execute(() -> window.selectSession(label))).isTrue(); // waits for the whole study, then shows the session
        assertThat(GuiActionRunner.execute(() -> window.service().isWhole())).isTrue();
        assertThat(GuiActionRunner.execute(() -> window.currentSession().id())).isEqualTo(other.id());
        int expected = GuiActionRunner.execute(() -> window.service().study().passesOf(other.id()).stream()
                .mapToInt(p -> window.service().study().momentsInPass(p.id()).size()).sum());
        assertThat(expected).isPositive();
        assertThat(GuiActionRunner.execute(() -> window.timeline().view().lanes().stream().mapToInt(l -> l.moments().size()).sum()))
                .as("every moment of the session chosen is on the timeline").isEqualTo(expected);
    }

    @Test
    void aSessionAskedForAtTheStartIsTheOneTheLookShows() {
        org.iprstudio.domain.Study demo = org.iprstudio.testing.TestStudies.demo();
        org.iprstudio.domain.Session last = demo.sessions().get(demo.sessions().size() - 1);
        String label = demo.dyad(last.dyadId()).code() + "/" + last.number();
        openedOnAFirstLook(label);
        assertThat(GuiActionRunner.execute(() -> window.service().isWhole())).as("the whole study is held back").isFalse();
        assertThat(GuiActionRunner.execute(() -> window.currentSession().id())).isEqualTo(last.id());
        assertThat(GuiActionRunner.execute(() -> window.service().shows(last.id()))).isTrue();
        assertThat(GuiActionRunner.execute(() -> window.selectSession(label))).as("already on show: no wait").isTrue();
        assertThat(GuiActionRunner.execute(() -> window.service().isWhole())).isFalse();
        assertThat(status()).contains(label);
    }

    private static void closeDialogs() {
        GuiActionRunner.execute(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog && w.isShowing()) {
                    w.dispose();
                }
            }
        });
    }

    @Test
    void aWholeReadThatFailsAfterTheLookClosesTheStudyAndSaysWhy() throws Exception {
        wholeReadFails = new org.iprstudio.store.StoreException(org.iprstudio.store.StoreException.Reason.DAMAGED, "Page 7 of the study file is damaged.");
        openedOnAFirstLook();
        assertThat(GuiActionRunner.execute(() -> window.service() != null && !window.service().isWhole())).isTrue();
        wholeMayBeRead.countDown();
        String[] message = new String[1];
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until && message[0] == null) {
            Thread.sleep(50);
            GuiActionRunner.execute(() -> {
                for (java.awt.Window w : java.awt.Window.getWindows()) {
                    if (w instanceof javax.swing.JDialog d && d.isShowing()) {
                        javax.swing.JOptionPane pane = (javax.swing.JOptionPane) BasicComponentFinder.finderWithCurrentAwtHierarchy()
                                .findByType(d, javax.swing.JOptionPane.class, true);
                        message[0] = String.valueOf(pane.getMessage());
                    }
                }
            });
        }
        closeDialogs();
        assertThat(message[0]).as("the error shown").contains("could not be read").contains("Page 7 of the study file is damaged.");
        assertThat(GuiActionRunner.execute(() -> window.service())).as("the look is not left as if it were the study").isNull();
        JTabbedPane tabs = GuiActionRunner.execute(() -> (JTabbedPane) BasicComponentFinder.finderWithCurrentAwtHierarchy().findByName(window, "workTabs", false));
        assertThat(GuiActionRunner.execute(() -> tabs.getTabCount())).as("no panel of the look is left").isZero();
        assertThat(GuiActionRunner.execute(tabs::isShowing)).as("the window shows the ways to begin").isFalse();
    }

    /**
     * Decision 0027: a code applied in the coding view while the whole study is still held back is saved
     * at once and shown at once, and is in the whole study when that comes in.
     */
    @Test
    void aCodeAppliedDuringTheLookIsSavedAtOnceAndInTheWholeStudyOnceRead() throws Exception {
        Path demo = openedOnAFirstLook(null, true);
        assertThat(status()).contains("saved at once");
        org.iprstudio.domain.Moment moment = GuiActionRunner.execute(() -> {
            org.iprstudio.domain.Study shown = window.service().shown();
            return shown.passesOf(window.currentSession().id()).stream().flatMap(p -> shown.momentsOf(p.id()).stream()).findFirst().orElseThrow();
        });
        org.iprstudio.domain.Code code = GuiActionRunner.execute(() -> window.service().shown().codes().stream().filter(c -> c.parentId() != null)
                .filter(c -> window.service().shown().codingsOf(moment.id()).stream().noneMatch(k -> k.codeId().equals(c.id()))).findFirst().orElseThrow());
        GuiActionRunner.execute(() -> {
            window.coding().select(moment);
            window.coding().toggle(code);
        });
        assertThat(GuiActionRunner.execute(() -> window.service().isWhole())).as("the whole study is still held back").isFalse();
        assertThat(GuiActionRunner.execute(() -> window.service().shown().codingsOf(moment.id()))).anyMatch(c -> c.codeId().equals(code.id()));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + demo);
                java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM coding WHERE moment_id = '" + moment.id()
                        + "' AND code_id = '" + code.id() + "'")) {
            assertThat(rs.getInt(1)).as("saved at once").isEqualTo(1);
        }
        wholeMayBeRead.countDown();
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until && !GuiActionRunner.execute(() -> window.service().isWhole())) {
            Thread.sleep(50);
        }
        assertThat(GuiActionRunner.execute(() -> window.service().study().codingsOf(moment.id()))).filteredOn(c -> c.codeId().equals(code.id())).hasSize(1);
        assertThat(GuiActionRunner.execute(() -> window.service().study().momentCount())).isEqualTo(org.iprstudio.testing.TestStudies.demo().momentCount());
    }

    /** File > Open of a large study (not the one named at the start) shows its first look as well, and then the whole study. */
    @Test
    void aLargeStudyOpenedFromTheWindowShowsItsFirstLookToo() throws Exception {
        long offThreadBefore = StudyLifecycle.offThreadFromBytes;
        StudyLifecycle.offThreadFromBytes = 0; // the demo study counts as large
        try {
            Path demo = new DemoStudy(new SqliteStudyFiles()).install(false);
            window = windowOn(heldBackAfterTheLook());
            assertThat(GuiActionRunner.execute(() -> window.open(demo))).isTrue();
            assertThat(GuiActionRunner.execute(() -> window.service().isWhole())).as("the whole study is held back").isFalse();
            assertThat(GuiActionRunner.execute(() -> window.service().shows(window.currentSession().id()))).isTrue();
            wholeMayBeRead.countDown();
            long until = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < until && !GuiActionRunner.execute(() -> window.service().isWhole())) {
                Thread.sleep(50);
            }
            JTabbedPane tabs = workTabs();
            while (System.nanoTime() < until && GuiActionRunner.execute(() -> "readingWholeStudy".equals(tabs.getComponentAt(1).getName()))) {
                Thread.sleep(50);
            }
            assertThat(GuiActionRunner.execute(() -> tabs.getComponentAt(1) instanceof org.iprstudio.ui.coding.MomentTablePanel)).isTrue();
        } finally {
            StudyLifecycle.offThreadFromBytes = offThreadBefore;
        }
    }
}
