package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.matcher.JButtonMatcher;
import javax.swing.JDialog;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.FakeMediaPlayer;
import org.iprstudio.testing.TestStudies;
import org.iprstudio.testing.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study made from nothing through the real dialogs: the start window, the new-study form, the
 * setup view, Add videos from a folder (real checksums, real libVLC durations), a recall marked
 * missing, then the first recall; the file read back holds exactly that. With
 * -Diprstudio.screenshots=FOLDER it also saves a picture of each setup screen.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class StudySetupGuiTest {
    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private MainWindow frame;
    private VlcRuntime vlc;
    private String home;

    @BeforeEach
    void start() throws Exception {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        home = System.getProperty("user.home");
        Files.createDirectories(dir.resolve("home/Documents"));
        System.setProperty("user.home", dir.resolve("home").toString());
        vlc = VlcRuntime.start(true);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SqliteStudyFiles files = new SqliteStudyFiles();
        frame = GuiActionRunner.execute(() -> {
            MainWindow w = new MainWindow(files, new FakeMediaPlayer(MediaTime.parse("50:00")), () -> new FakeMediaPlayer(MediaTime.parse("50:00")),
                    "", "", () -> { });
            w.setup().setProbes(vlc::newProbe);
            return w;
        });
        window = new FrameFixture(robot, frame);
        String[] size = System.getProperty("iprstudio.windowSize", "1280x800").split("x");
        window.show(new java.awt.Dimension(Integer.parseInt(size[0]), Integer.parseInt(size[1])));
    }

    @AfterEach
    void stop() {
        window.cleanUp();
        vlc.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
        System.setProperty("user.home", home);
    }

    @Test
    void aStudyIsSetUpFromNothingAndItsFirstRecallStarts() throws Exception {
        Path videos = dir.resolve("Session videos");
        Trees.copy(TestStudies.DEMO_FOLDER.resolve("media"), videos);
        shot("01-start", frame);

        // the empty window's first choice, and the short form
        window.button("start.new").click();
        DialogFixture form = WindowFinder.findDialog("newStudyDialog").using(robot);
        form.textBox("newStudy.title").enterText("Alliance in two clinics");
        form.textBox("newStudy.approval").enterText("REK 2026/77");
        assertThat(form.textBox("newStudy.location").text()).isEqualTo(dir.resolve("home/Documents/Alliance in two clinics.iprs").toString());
        shot("02-new-study", form.target());
        click(form.button("newStudy.create").target());
        Path file = dir.resolve("home/Documents/Alliance in two clinics.iprs");
        Pause.pause(new Condition("the new study file") {
            @Override
            public boolean test() {
                return Files.exists(file);
            }
        }, Timeout.timeout(10_000));

        // the setup view opens on its first step: sites
        DialogFixture setup = WindowFinder.findDialog("setupView").using(robot);
        addSite(setup, "Fjordvik outpatient clinic");
        addSite(setup, "Nordby family practice");
        shot("03-sites", setup.target());

        // the demo's four videos, through Add videos from a folder
        setup.tabbedPane("setupTabs").selectTab(3);
        setup.button("setup.session.folder").click();
        setup.fileChooser().setCurrentDirectory(dir.toFile()).selectFile(videos.toFile()).approve();
        DialogFixture folder = WindowFinder.findDialog("folderImportDialog").using(robot);
        assertThat(folder.table("folderTable").rowCount()).isEqualTo(4);
        assertThat(folder.table("folderTable").valueAt(org.assertj.swing.data.TableCell.row(3).column(2))).isEqualTo("D02");
        shot("04-folder-proposal", folder.target());
        folder.button("folder.confirm").click();
        JTable sessions = setup.table("sessionsTable").target();
        Pause.pause(new Condition("four sessions with their videos") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> frame.service().study().sessions().stream().filter(s -> s.media() != null).count() == 4);
            }
        }, Timeout.timeout(60_000));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(sessions::getRowCount)).isEqualTo(4);

        // D02 moves to the second site
        setup.tabbedPane("setupTabs").selectTab(2);
        setup.table("dyadsTable").selectRows(1);
        setup.button("setup.dyad.edit").click();
        DialogFixture dyadForm = dialogTitled(Texts.get("setup.dyad.edit").replace("...", ""));
        dyadForm.comboBox("dyad.site").selectItem(1).requireSelection(1);
        ok(dyadForm);

        // the therapist's recall of D02 session 5 will not take place
        setup.tabbedPane("setupTabs").selectTab(3);
        setup.table("sessionsTable").selectRows(3);
        setup.table("passesTable").selectRows(1);
        setup.button("setup.pass.missing").click();
        DialogFixture reason = dialogTitled(Texts.get("setup.pass.missingTitle"));
        reason.textBox().enterText("Therapist ill");
        ok(reason);
        robot.waitForIdle();
        assertThat(setup.table("passesTable").valueAt(org.assertj.swing.data.TableCell.row(1).column(2))).isEqualTo("Missing");
        shot("05-sessions", setup.target());

        // one case attribute of the participants, with a choice for each therapist
        setup.tabbedPane("setupTabs").selectTab(4);
        setup.button("setup.attribute.add").click();
        DialogFixture definition = dialogTitled(Texts.get("setup.attribute.addForParticipants"));
        definition.textBox("attribute.name").enterText("Therapist experience");
        definition.comboBox("attribute.type").selectItem(2);
        definition.textBox("attribute.choices").enterText("under 5 years\n5 or more");
        ok(definition);
        assertThat(setup.table("attributesTable").rowCount()).isEqualTo(1);
        org.assertj.swing.fixture.JTableFixture values = setup.table("attributeValuesTable");
        assertThat(values.target().getColumnName(1)).isEqualTo("Therapist experience");
        assertThat(values.valueAt(org.assertj.swing.data.TableCell.row(2).column(0))).startsWith("T01");
        // focus goes back to the Define button once the form has closed, and a focus change ends an edit: click into the table first
        values.cell(org.assertj.swing.data.TableCell.row(2).column(0)).click();
        robot.waitForIdle();
        values.enterValue(org.assertj.swing.data.TableCell.row(2).column(1), "under 5 years");
        values.enterValue(org.assertj.swing.data.TableCell.row(3).column(1), "5 or more");
        robot.waitForIdle();
        assertThat(values.valueAt(org.assertj.swing.data.TableCell.row(2).column(1))).isEqualTo("under 5 years");
        shot("06-attributes", setup.target());
        setup.close();

        // Study > Settings shows the same form on the open study
        window.menuItemWithPath(Texts.get("menu.study"), Texts.get("menu.study.settings")).click();
        DialogFixture settings = WindowFinder.findDialog("settingsDialog").using(robot);
        assertThat(settings.textBox("newStudy.title").text()).isEqualTo("Alliance in two clinics");
        shot("07-settings", settings.target());
        settings.button("newStudy.cancel").click();

        // the first recall: the window's tree shows the new sessions; Recall > Start
        assertThat(GuiActionRunner.execute(() -> frame.selectSession("D01/3"))).isTrue();
        window.menuItemWithPath(Texts.get("menu.recall"), Texts.get("menu.recall.start")).click();
        DialogFixture passphrase = dialogTitled(Texts.get("passphrase.title"));
        passphrase.textBox("newPassphrase").enterText("fjord-2026");
        passphrase.textBox("repeatPassphrase").enterText("fjord-2026");
        ok(passphrase);
        ok(dialogTitled(Texts.get("recall.title")));
        Pause.pause(new Condition("the recall screen") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> frame.recallScreen() != null && frame.recallScreen().isShowing());
            }
        }, Timeout.timeout(10_000));
        shot("08-first-recall", frame.recallScreen());
        GuiActionRunner.execute(() -> frame.recallScreen().dispose());

        // reopening the file shows exactly that
        Study study;
        try (StudyStore store = new SqliteStudyFiles().openReadOnly(file)) {
            study = store.load();
        }
        assertThat(study.header().title()).isEqualTo("Alliance in two clinics");
        assertThat(study.header().approval()).isEqualTo("REK 2026/77");
        assertThat(study.sites()).extracting(s -> s.code() + " " + s.name())
                .containsExactly("S1 Fjordvik outpatient clinic", "S2 Nordby family practice");
        assertThat(study.dyads()).extracting(d -> d.code() + "@" + study.site(d.siteId()).code()).containsExactly("D01@S1", "D02@S2");
        assertThat(study.sessions()).extracting(s -> study.dyad(s.dyadId()).code() + "/" + s.number() + " " + s.media().path())
                .containsExactly("D01/3 " + videos.resolve("D01-S3.mp4"), "D01/5 " + videos.resolve("D01-S5.mp4"),
                        "D02/3 " + videos.resolve("D02-S3.mp4"), "D02/5 " + videos.resolve("D02-S5.mp4"));
        assertThat(study.sessions()).allMatch(s -> s.media().sha256() != null && s.media().duration() != null);
        List<RecallPass> passes = study.passes();
        assertThat(passes).extracting(p -> label(study, p))
                .containsExactlyInAnyOrder("D02/5 therapist MISSING Therapist ill", "D01/3 client PLANNED ");
        Dyad d01 = study.dyads().get(0);
        Session first = study.sessionsOf(d01.id()).get(0);
        assertThat(study.passesOf(first.id())).extracting(RecallPass::perspective).containsExactly(Role.CLIENT);
        assertThat(study.attributes()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Therapist experience");
            assertThat(a.appliesTo()).isEqualTo(AttributeTarget.PARTICIPANT);
            assertThat(a.choices()).containsExactly("under 5 years", "5 or more");
        });
        assertThat(study.attributeValues()).extracting(v -> study.participant(v.entityId()).code() + " " + v.value())
                .containsExactlyInAnyOrder("T01 under 5 years", "T02 5 or more");
    }

    private static String label(Study study, RecallPass p) {
        Session s = study.session(p.sessionId());
        return study.dyad(s.dyadId()).code() + "/" + s.number() + " " + p.perspective().name().toLowerCase() + " " + p.status() + " "
                + (p.status() == PassStatus.MISSING ? p.missingReason() : "");
    }

    private void addSite(DialogFixture setup, String name) {
        setup.button("setup.site.add").click();
        DialogFixture pane = dialogTitled(Texts.get("setup.site.add").replace("...", ""));
        pane.textBox("site.name").enterText(name);
        ok(pane);
    }

    /**
     * Presses a button of a modal dialog just shown. A robot click there can land while the
     * dialog is still being placed (seen under load); the button's own click cannot miss.
     */
    private static void click(javax.swing.JButton button) {
        GuiActionRunner.execute(() -> button.doClick());
    }

    /** The showing dialog with this title (a form in an option pane). */
    private DialogFixture dialogTitled(String title) {
        return WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return title.equals(d.getTitle()) && d.isShowing();
            }
        }).withTimeout(10_000).using(robot);
    }

    /** Clicks OK and waits until the form has gone, so the next lookup cannot find it again. */
    private void ok(DialogFixture d) {
        click(d.button(JButtonMatcher.withText("OK")).target());
        Pause.pause(new Condition("the dialog to close") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !d.target().isShowing());
            }
        }, Timeout.timeout(10_000));
        robot.waitForIdle();
    }

    /** Saves the window as a PNG when -Diprstudio.screenshots names a folder. */
    private void shot(String name, Window w) throws Exception {
        String folder = System.getProperty("iprstudio.screenshots");
        if (folder == null) {
            return;
        }
        robot.waitForIdle();
        Rectangle bounds = GuiActionRunner.execute(() -> w.getBounds());
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Files.createDirectories(Path.of(folder));
        ImageIO.write(image, "png", Path.of(folder, name + ".png").toFile());
    }
}
