package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTreeFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The researcher's main window on the demo study, with real libVLC and without it. */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class MainWindowGuiTest {
    @TempDir
    Path dataDir;

    private Robot robot;
    private FrameFixture window;
    private VlcRuntime vlc;

    @BeforeEach
    void setUp() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        } else {
            robot.cleanUp();
        }
        if (vlc != null) {
            vlc.close();
        }
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private MainWindow show(boolean withVideo) {
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path demo = new DemoStudy(files).install(false);
        vlc = withVideo ? VlcRuntime.start(true) : null;
        MainWindow frame = GuiActionRunner.execute(() -> {
            MainWindow w = withVideo
                    ? new MainWindow(files, vlc.newPlayer(), null, VlcRuntime.INSTALL_COMMAND, () -> { })
                    : new MainWindow(files, null, "libVLC was not found in [/nowhere].", VlcRuntime.INSTALL_COMMAND, () -> { });
            w.open(demo);
            return w;
        });
        window = new FrameFixture(robot, frame);
        org.iprstudio.testing.OnScreen.show(window, new java.awt.Dimension(1280, 900));
        return frame;
    }

    private static List<String> rows(JTreeFixture tree) {
        List<String> rows = new ArrayList<>();
        int count = GuiActionRunner.execute(() -> tree.target().getRowCount());
        for (int i = 0; i < count; i++) { // the row's own text: a row that wraps is drawn as HTML
            int row = i;
            rows.add(GuiActionRunner.execute(() -> String.valueOf(tree.target().getPathForRow(row).getLastPathComponent())));
        }
        return rows;
    }

    @Test
    void showsTheStudyTreeAndTheFirstSessionPausedUntilPlayIsPressed() {
        show(true);
        JTreeFixture tree = window.tree("studyTree");
        List<String> rows = rows(tree);
        assertThat(GuiActionRunner.execute(() -> ((MainWindow) window.target()).getTitle())).contains("DEMO"); // the study's title: in the window's title, not a tree row
        assertThat(rows.get(0)).startsWith("S1");
        assertThat(rows).anyMatch(r -> r.startsWith("D01") && r.contains("C01 Ingrid") && r.contains("T01 Halvor"));
        assertThat(rows).anyMatch(r -> r.startsWith("D02"));
        assertThat(rows.stream().filter(r -> r.startsWith("Session 3")).count()).isEqualTo(2);
        assertThat(rows.stream().filter(r -> r.startsWith("Session 5")).count()).isEqualTo(2);
        assertThat(rows).contains("Client C01   10 moments", "Therapist T01   9 moments");
        assertThat(rows).anyMatch(r -> r.startsWith("Therapist T02   MISSING: Therapist ill"));

        window.label("status").requireText(".*Every change is saved as you make it.*");
        MainWindow frame = (MainWindow) window.target();
        waitFor("the video to load", () -> frame.playerPanel().isLoaded());
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> frame.playerPanel().player().isPlaying())).as("no sound before Play is pressed").isFalse();
        window.button("playPause").requireText("Play").click();
        // now it plays: its clock leaves zero
        waitFor("the clock to run", () -> {
            String clock = window.label("clock").target().getText();
            return !clock.startsWith("00:00:00.0") && !clock.startsWith("00:00:00.1");
        });
        waitFor("the button to offer Pause", () -> window.button("playPause").target().getText().equals("Pause"));
        window.button("playPause").click();
        // libVLC confirms the pause asynchronously; the button follows its event
        waitFor("the button to offer Play again", () -> window.button("playPause").target().getText().equals("Play"));
    }

    static void waitFor(String what, java.util.function.BooleanSupplier onEdt) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(onEdt::getAsBoolean);
            }
        }, Timeout.timeout(15_000));
    }

    @Test
    void aClickOnTheTimelineShowsTheFrameAtThatTime() {
        MainWindow frame = show(true);
        waitFor("the video to load", () -> frame.playerPanel().isLoaded());
        GuiActionRunner.execute(() -> frame.playerPanel().player().pause());
        waitFor("the pause", () -> !frame.playerPanel().player().isPlaying());
        var timeline = frame.timeline().view();
        // follow mode off: a late playhead update of the first session's start would move the view under the mouse
        GuiActionRunner.execute(() -> {
            timeline.setFollow(false);
            timeline.setView(120_000, 10_000); // 10 s across the lane: about 10 ms a pixel
        });
        // the middle of frame 1234 (123.4-123.5 s): a pixel is about 10 ms, so the click lands inside that frame whatever
        // the rounding (aimed at 123.400 s, half a pixel early was frame 1233, whose start the paused player then chose)
        int x = GuiActionRunner.execute(() -> timeline.xOf(org.iprstudio.domain.MediaTime.ofMillis(123_450)));
        robot.click(timeline, new java.awt.Point(x, timeline.rulerY()), org.assertj.swing.core.MouseButton.LEFT_BUTTON, 1);
        long target = GuiActionRunner.execute(() -> timeline.playhead().millis());
        // the playhead is at the time clicked, or already at its frame's start once the player has answered
        assertThat(target).as("the playhead in the frame clicked").isBetween(123_400L, 123_499L);
        int wantedFrame = (int) (target / 100);
        int[] seen = {-1};
        waitFor("the frame at " + target + " ms on screen", () -> {
            var frameImage = frame.playerPanel().player().snapshot();
            var number = frameImage.map(org.iprstudio.media.FrameBarcode::read).orElse(java.util.OptionalInt.empty());
            seen[0] = number.orElse(-1);
            return number.isPresent() && number.getAsInt() == wantedFrame;
        });
        // paused, the time shown and the frame on screen are one frame (libVLC alone showed a frame early: vlcj-notes, pitfall 7)
        assertThat(seen[0]).isEqualTo(wantedFrame);
        assertThat(GuiActionRunner.execute(() -> frame.playerPanel().player().time().millis())).isEqualTo(wantedFrame * 100L);
    }

    @Test
    void aBrokenVideoSaysWhichFileAndWhatIsWrongAndOffersRelink() throws Exception {
        Path samples = dataDir.resolve("samples");
        org.iprstudio.testing.Trees.copy(org.iprstudio.testing.TestStudies.DEMO_FOLDER, samples.resolve("alliance-demo"));
        Files.writeString(samples.resolve("alliance-demo/media/D01-S3.mp4"), "This is not a video.\n");
        System.setProperty(DemoStudy.SAMPLES_PROPERTY, samples.toString());
        try {
            MainWindow frame = show(true);
            waitFor("the failure message", () -> frame.playerPanel().messageText().contains("cannot be played"));
            assertThat(GuiActionRunner.execute(() -> frame.playerPanel().messageText())).contains("D01-S3.mp4").contains("damaged or not a video");
            window.button("relink").requireVisible();
            window.button("playPause").requireDisabled();
            assertThat(rows(window.tree("studyTree"))).anyMatch(r -> r.startsWith("D02")); // the rest of the window works
        } finally {
            System.clearProperty(DemoStudy.SAMPLES_PROPERTY);
        }
    }

    @Test
    void choosingAPassShowsItsSessionsVideo() {
        show(true);
        JTreeFixture tree = window.tree("studyTree");
        List<String> rows = rows(tree);
        int d02Client = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).equals("Client C02   8 moments")) {
                d02Client = i;
            }
        }
        assertThat(d02Client).as("D02 session 5 client pass row").isNotNegative();
        tree.clickRow(d02Client);
        window.panel("playerPanel").requireVisible();
        assertThat(GuiActionRunner.execute(() -> ((MainWindow) window.target()).service().study().momentCount())).isEqualTo(63);
    }

    @Test
    void withoutLibVlcTheStudyStillOpensAndTheInstallCommandIsShown() {
        show(false);
        assertThat(rows(window.tree("studyTree"))).anyMatch(r -> r.startsWith("D02"));
        window.panel("noVlcPanel").requireVisible();
        window.textBox("installCommand").requireText(VlcRuntime.INSTALL_COMMAND).requireNotEditable();
    }

    @Test
    void aFileThatIsNotAStudyIsRefusedWithAMessageAndTheOpenStudyStays() throws Exception {
        MainWindow frame = show(false);
        Path notAStudy = dataDir.resolve("notes.iprs");
        Files.writeString(notAStudy, "shopping list");
        GuiActionRunner.execute(() -> {
            javax.swing.SwingUtilities.invokeLater(() -> frame.open(notAStudy));
            return null;
        });
        window.optionPane(Timeout.timeout(5000)).requireErrorMessage().requireMessage(".*not an IPR Studio study.*").okButton().click();
        assertThat(rows(window.tree("studyTree"))).anyMatch(r -> r.startsWith("D01"));
        assertThat(Files.readString(notAStudy)).isEqualTo("shopping list");
    }

    @Test
    void aStudyWithABadValueInARowIsOneLineTheWindowAndTheOpenStudyStay() throws Exception {
        MainWindow frame = show(false);
        Path damaged = dataDir.resolve("damaged.iprs");
        new SqliteStudyFiles().create(damaged, TestStudies.demo());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + damaged); var st = c.createStatement()) {
            st.executeUpdate("UPDATE participant SET role = 'PATIENT' WHERE code = 'C01'");
        }
        GuiActionRunner.execute(() -> {
            javax.swing.SwingUtilities.invokeLater(() -> frame.open(damaged));
            return null;
        });
        window.optionPane(Timeout.timeout(5000)).requireErrorMessage().requireMessage(".*is damaged: the column role.*'PATIENT'.*")
                .okButton().click();
        assertThat(GuiActionRunner.execute(frame::isDisplayable)).isTrue();
        assertThat(rows(window.tree("studyTree"))).anyMatch(r -> r.startsWith("D01"));
        // the failed open gave the file back, no lock is left held: opening it again meets the same damage, not "already open"
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SqliteStudyFiles().open(damaged).close())
                .isInstanceOfSatisfying(org.iprstudio.store.StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(org.iprstudio.store.StoreException.Reason.DAMAGED));
    }

    @Test
    void withoutAStudyNothingSpeaksOfASessionAndTheAboutBoxNamesTheVersion() {
        MainWindow frame = GuiActionRunner.execute(() -> new MainWindow(new SqliteStudyFiles(), null, "no libVLC here", VlcRuntime.INSTALL_COMMAND, () -> { }));
        window = new FrameFixture(robot, frame);
        org.iprstudio.testing.OnScreen.show(window, new java.awt.Dimension(1280, 800));
        assertThat(GuiActionRunner.execute(() -> frame.timeline().view().emptyText())).startsWith("No session chosen").doesNotContain("recall passes");
        assertThat(MainWindow.aboutText()).startsWith("Version ").contains("GNU GPL");
    }

    @Test
    void aVideoWhoseChecksumNoLongerMatchesWarnsInThePlayer() throws Exception {
        Path samples = dataDir.resolve("samples");
        org.iprstudio.testing.Trees.copy(org.iprstudio.testing.TestStudies.DEMO_FOLDER, samples.resolve("alliance-demo"));
        Path video = samples.resolve("alliance-demo/media/D01-S3.mp4");
        Files.write(video, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND); // one byte more: still plays, no longer the same file
        System.setProperty(DemoStudy.SAMPLES_PROPERTY, samples.toString());
        try {
            MainWindow frame = show(true);
            waitFor("the warning", () -> frame.playerPanel().warningText() != null);
            assertThat(GuiActionRunner.execute(() -> frame.playerPanel().warningText())).contains("D01-S3.mp4").contains("checksum differs");
            window.label("playerWarning").requireVisible();
            // another session's video, unchanged, shows no warning
            GuiActionRunner.execute(() -> frame.selectSession("D02/3"));
            waitFor("the other video", () -> frame.playerPanel().isLoaded());
            robot.waitForIdle();
            assertThat(GuiActionRunner.execute(() -> frame.playerPanel().warningText())).isNull();
        } finally {
            System.clearProperty(DemoStudy.SAMPLES_PROPERTY);
        }
    }
}
