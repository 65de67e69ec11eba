package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
import javax.swing.TransferHandler;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.FakeMediaPlayer;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video file given to a session row of Study setup through the table's TransferHandler with a real
 * file list (as a file manager's drop or paste hands it over): checksummed and probed by libVLC,
 * linked, and stored relative to the study.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class VideoDropGuiTest {
    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow frame;
    private VlcRuntime vlc;
    private Path studyFile;
    private Session withoutVideo;

    @BeforeEach
    void start() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        TestStudies t = new TestStudies();
        Study study = t.study();
        withoutVideo = new Session(UUID.randomUUID(), t.dyad.id(), 5, null, null);
        study.put(withoutVideo);
        studyFile = dir.resolve("study.iprs");
        SqliteStudyFiles files = new SqliteStudyFiles();
        files.create(studyFile, study);
        vlc = VlcRuntime.start(true);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, new FakeMediaPlayer(MediaTime.parse("50:00")), null, "", "", () -> { });
            w.setup().setProbes(vlc::newProbe);
            w.open(studyFile);
            return w;
        });
        window = new FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1280, 800));
    }

    @AfterEach
    void stop() {
        window.cleanUp();
        vlc.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private static Transferable files(List<File> list) {
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return list;
            }
        };
    }

    private Session stored() {
        try (StudyStore store = new SqliteStudyFiles().openReadOnly(studyFile)) {
            return store.load().session(withoutVideo.id());
        }
    }

    @Test
    void aVideoFileHandedToASessionRowIsCheckedAndLinkedRelativeToTheStudy() throws Exception {
        Path video = Files.copy(TestStudies.DEMO_FOLDER.resolve("media/D01-S5.mp4"), Files.createDirectories(dir.resolve("videos")).resolve("D01-S5.mp4"));
        window.menuItemWithPath(Texts.get("menu.study"), Texts.get("menu.study.setup")).click();
        DialogFixture setup = WindowFinder.findDialog("setupView").using(robot);
        setup.tabbedPane("setupTabs").selectTab(Texts.get("setup.tab.sessions"));
        JTable sessions = robot.finder().findByName(setup.target(), "sessionsTable", JTable.class, true);
        int row = GuiActionRunner.execute(() -> {
            for (int r = 0; r < sessions.getRowCount(); r++) {
                if (String.valueOf(sessions.getValueAt(r, 1)).equals("5")) {
                    return r;
                }
            }
            return -1;
        });
        assertThat(row).isNotNegative();
        setup.table("sessionsTable").selectRows(row);

        boolean accepted = GuiActionRunner.execute(() -> {
            TransferHandler.TransferSupport support = new TransferHandler.TransferSupport(sessions, files(List.of(video.toFile())));
            return sessions.getTransferHandler().canImport(support) && sessions.getTransferHandler().importData(support);
        });

        assertThat(accepted).isTrue();
        Pause.pause(new Condition("the video linked in the study file") {
            @Override
            public boolean test() {
                return stored().media() != null;
            }
        }, Timeout.timeout(60, TimeUnit.SECONDS));
        Session linked = stored();
        assertThat(linked.media().path()).isEqualTo("videos/D01-S5.mp4");
        assertThat(linked.media().sha256()).hasSize(64);
        assertThat(linked.media().duration()).isNotNull();
        assertThat(GuiActionRunner.execute(() -> String.valueOf(sessions.getValueAt(row, 3)))).isEqualTo("D01-S5.mp4");
    }

    @Test
    void twoFilesOrAFileThatIsNoRecordingAreRefusedAndNothingIsLinked() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a video");
        window.menuItemWithPath(Texts.get("menu.study"), Texts.get("menu.study.setup")).click();
        DialogFixture setup = WindowFinder.findDialog("setupView").using(robot);
        setup.tabbedPane("setupTabs").selectTab(Texts.get("setup.tab.sessions"));
        JTable sessions = robot.finder().findByName(setup.target(), "sessionsTable", JTable.class, true);
        setup.table("sessionsTable").selectRows(0);
        GuiActionRunner.execute(() -> {
            javax.swing.SwingUtilities.invokeLater(() -> sessions.getTransferHandler().importData(
                    new TransferHandler.TransferSupport(sessions, files(List.of(notes.toFile())))));
            return null;
        });
        setup.optionPane().requireMessage(java.util.regex.Pattern.compile("(?s).*" + java.util.regex.Pattern.quote(
                Texts.get("setup.session.dropOne").replaceAll("<[^>]+>", "").substring(0, 20)) + ".*")).okButton().click();
        assertThat(stored().media()).isNull();
    }

    /** An HEVC file plays but is not frame-exact: linking it asks first; No links nothing, Yes links it. */
    @Test
    void aRecordingThatIsNotFrameExactIsLinkedOnlyOnceTheWarningIsAccepted() throws Exception {
        Path video = Files.copy(org.iprstudio.testing.MediaCorpus.file(org.iprstudio.testing.MediaCorpus.MKV_HEVC),
                Files.createDirectories(dir.resolve("videos")).resolve("D01-S5.mkv"));
        window.menuItemWithPath(Texts.get("menu.study"), Texts.get("menu.study.setup")).click();
        DialogFixture setup = WindowFinder.findDialog("setupView").using(robot);
        setup.tabbedPane("setupTabs").selectTab(Texts.get("setup.tab.sessions"));
        JTable sessions = robot.finder().findByName(setup.target(), "sessionsTable", JTable.class, true);
        int row = GuiActionRunner.execute(() -> {
            for (int r = 0; r < sessions.getRowCount(); r++) {
                if (String.valueOf(sessions.getValueAt(r, 1)).equals("5")) {
                    return r;
                }
            }
            return -1;
        });
        setup.table("sessionsTable").selectRows(row);
        Runnable drop = () -> GuiActionRunner.execute(() -> {
            javax.swing.SwingUtilities.invokeLater(() -> sessions.getTransferHandler().importData(
                    new TransferHandler.TransferSupport(sessions, files(List.of(video.toFile())))));
            return null;
        });
        java.util.regex.Pattern warning = java.util.regex.Pattern.compile("(?s).*D01-S5\\.mkv: frame steps and marks are not exact.*HEVC \\(H\\.265\\).*"
                + "ffmpeg -i D01-S5\\.mkv -c:v libx264 -crf 18 -bf 0 -c:a aac D01-S5\\.mp4.*Link it all the same\\?.*");

        drop.run();
        setup.optionPane(Timeout.timeout(60, TimeUnit.SECONDS)).requireWarningMessage().requireMessage(warning).noButton().click();
        robot.waitForIdle();
        assertThat(stored().media()).as("not accepted: nothing linked").isNull();

        drop.run();
        setup.optionPane(Timeout.timeout(60, TimeUnit.SECONDS)).requireMessage(warning).yesButton().click();
        Pause.pause(new Condition("the video linked in the study file") {
            @Override
            public boolean test() {
                return stored().media() != null;
            }
        }, Timeout.timeout(10, TimeUnit.SECONDS));
        assertThat(stored().media().path()).isEqualTo("videos/D01-S5.mkv");
    }
}
