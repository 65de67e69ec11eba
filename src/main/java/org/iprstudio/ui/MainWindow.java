package org.iprstudio.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Session;
import org.iprstudio.media.FrameGrabber;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.ui.coding.CodingModel;
import org.iprstudio.ui.recall.RecallScreen;
import org.iprstudio.ui.setup.SetupActions;
import org.iprstudio.ui.setup.StartPanel;
import org.iprstudio.ui.supervision.SupervisionMenu;
import org.iprstudio.ui.team.TeamMenu;
import org.iprstudio.ui.timeline.TimelinePanel;
import org.iprstudio.ui.timeline.TimelineView;
import org.iprstudio.ui.transcript.TranscriptPanel;

/**
 * The researcher's main window: the study tree on the left; on the right the selected session's
 * video with its controls and, below, the timeline with one lane per recall pass. This class puts
 * the parts together; each part (menus, the study's lifecycle, the tree, the session on show, the
 * coding workspace, recalls, imports and exports) is a class of its own.
 */
public final class MainWindow extends JFrame {
    private final MediaPlayer player;
    private final Runnable releaseMedia;
    private final WindowState state = new WindowState();
    private final PlayerPanel playerPanel;
    private final TimelinePanel timeline = new TimelinePanel();
    private final TranscriptPanel transcript = new TranscriptPanel();
    private final JLabel status = new JLabel(Texts.get("status.noStudy"));
    private final DividerMemory dividers = DividerMemory.forMainWindow();
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final SetupActions setup;
    private final TeamMenu team;
    private final StudyTreePane tree;
    private final SessionDisplay display;
    private final CodingWorkspace workspace;
    private final StudyLifecycle lifecycle;
    private final RecallLauncher recall;
    private final StudyFileActions fileActions;

    /**
     * @param player null when libVLC is missing; the window then explains how to install it
     * @param releaseMedia releases libVLC after the player, as the last step of closing
     */
    public MainWindow(StudyFiles files, MediaPlayer player, String vlcProblem, String installCommand, Runnable releaseMedia) {
        this(files, player, null, vlcProblem, installCommand, releaseMedia);
    }

    /** @param recallPlayers makes a fresh player for each recall screen (null without libVLC) */
    public MainWindow(StudyFiles files, MediaPlayer player, Supplier<MediaPlayer> recallPlayers, String vlcProblem,
                      String installCommand, Runnable releaseMedia) {
        super(Texts.get("app.title"));
        this.player = player;
        this.releaseMedia = releaseMedia;
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeWindow();
            }
        });
        setup = new SetupActions(this, files, new SetupActions.Host() {
            @Override
            public StudyService service() {
                return state.service();
            }

            @Override
            public EditHistory history() {
                return state.history();
            }

            @Override
            public boolean open(Path file) {
                return MainWindow.this.open(file);
            }

            @Override
            public void structureChanged() {
                lifecycle.structureChanged();
            }
        });
        // who is working: asked when a study opens (unless known here), shown in the title, recorded with every change
        team = new TeamMenu(this, state::service, () -> state.coding() == null ? null : state.coding().actions(), initials -> {
            if (state.coding() != null) {
                state.coding().whoChanged();
            }
            showWho();
        });
        playerPanel = new PlayerPanel(player, vlcProblem, installCommand);
        tree = new StudyTreePane(() -> state.service() == null ? null : state.service().shown(), this::sessionChosen); // the structure: in a first look too
        display = new SessionDisplay(this, state, playerPanel, timeline, transcript, tree, new FrameExactNotice(setup::probe, playerPanel));
        EditSteps steps = new EditSteps(this, state, status);
        workspace = new CodingWorkspace(status, state, steps, timeline.view(), new CodingWorkspace.Host() {
            @Override
            public void playMoment(Moment moment) {
                display.playMoment(moment);
            }

            @Override
            public void pairsChanged() {
                display.showPairLinks();
            }

            @Override
            public void whoChanged() {
                showWho();
            }
        });
        lifecycle = new StudyLifecycle(this, files, state, new StudyLifecycle.Host() {
            @Override
            public void showStudy(StudyService service) {
                cards.show(center, "study");
                setTitle(Texts.get("app.titleWithStudy", service.shown().header().title()));
            }

            @Override
            public void studyOpened() {
                team.studyOpened(); // the study is on show: now ask who is working, if this computer does not know
            }

            @Override
            public void showStart() {
                cards.show(center, "start");
                setTitle(Texts.get("app.title"));
            }
        }, status, tree, workspace, setup, player, timeline, transcript);
        recall = new RecallLauncher(this, state, player, recallPlayers, setup, lifecycle::refresh);
        // supervision recalls: the main window (which shows every perspective) hides while one is on screen
        SupervisionMenu supervision = new SupervisionMenu(this,
                () -> state.service() == null ? null : new org.iprstudio.app.supervision.SupervisionSetup(state.service()), state::currentSession,
                recallPlayers, screen -> recall.hideMainWindow(), () -> setVisible(true));
        fileActions = new StudyFileActions(this, files, state, transcript);
        connectPlayerTimelineAndTranscript();

        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        MainLayout layout = new MainLayout(tree.component(), transcript, playerPanel, timeline, workspace.workTabs(), workspace.inspectorHolder());
        center.add(layout.component(), "study");
        center.add(new StartPanel(setup.newStudy, lifecycle.open, lifecycle.demo), "start");
        cards.show(center, "start"); // no study yet: the three ways to begin
        getContentPane().add(center, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setJMenuBar(new MainMenus(this, new MainMenus.Parts(setup, lifecycle, fileActions, steps, playerPanel.actions(), timeline.view(),
                transcript, workspace, recall, supervision, team, this::closeWindow)).bar());
        PlayerKeys.install(this, playerPanel.actions().all());
        PauseBehindDialogs.install(this, player);
        setSize(layout.windowSize());
        if (dividers != null) {
            layout.rememberDividers(dividers);
        }
        setLocationRelativeTo(null);
    }

    /** The player moves the timeline's playhead and the transcript's line; a click on either seeks the player. */
    private void connectPlayerTimelineAndTranscript() {
        playerPanel.addTimeListener(time -> {
            timeline.view().setPlayhead(time);
            transcript.setTime(time);
        });
        transcript.addListener(new TranscriptPanel.Listener() {
            @Override
            public void seekRequested(MediaTime time) {
                playerPanel.seek(time);
                timeline.view().setPlayhead(time);
                transcript.setTime(time);
            }

            @Override
            public void searchHitsChanged(List<MediaTime> hits) {
                timeline.view().setSearchMarks(hits);
            }

            @Override
            public void quoteRequested(org.iprstudio.app.coding.TranscriptSelection selection) {
                if (state.coding() != null) {
                    org.iprstudio.ui.coding.TranscriptQuoting.quote(MainWindow.this, state.coding(), selection);
                }
            }

            @Override
            public void codeRequested(org.iprstudio.app.coding.TranscriptSelection selection) {
                if (state.coding() != null) {
                    org.iprstudio.ui.coding.TranscriptQuoting.code(MainWindow.this, state.coding(), selection);
                }
            }
        });
        timeline.view().addListener(new TimelineView.Listener() {
            @Override
            public void seekRequested(MediaTime time) {
                playerPanel.seek(time);
                timeline.view().setPlayhead(time);
            }

            @Override
            public void momentSelected(Moment moment) {
                if (state.coding() != null) {
                    state.coding().select(moment);
                }
            }

            @Override
            public void momentOpened(Moment moment) {
                MomentDetailsDialog.show(MainWindow.this, state.service().study(), moment);
            }
        });
    }

    private void sessionChosen(Session session) {
        display.chosen(session);
    }

    /** The About text with the version from the jar's manifest, so a bug report can say which build it was. */
    static String aboutText() {
        return MainMenus.aboutText();
    }

    /** The program as the user starts it: ask who is working when a study opens, and remember it on this computer. */
    public void askWhoIsWorking() {
        team.askAndRemember(org.iprstudio.app.team.ResearcherMemory.forThisComputer());
    }

    /** The title names who is working, and the blind round they code in on the session on show. */
    private void showWho() {
        StudyService service = state.service();
        if (service == null) {
            return;
        }
        CodingModel coding = state.coding();
        String who = coding == null ? service.actor() : coding.blindRound()
                .map(r -> Texts.get("who.blindTitle", service.actor(), r.name())).orElse(service.actor());
        setTitle(Texts.get("app.titleWithStudyAndResearcher", service.shown().header().title(), who));
    }

    /** Opens a study file, replacing the one that is open; a problem is shown, not thrown. */
    /** The study file named at the start is being read already (see PreloadedStudy); opening it takes that read. */
    void preloaded(PreloadedStudy study) {
        lifecycle.preloaded(study);
    }

    public boolean open(Path file) {
        return lifecycle.open(file);
    }

    /** Selects a session by its label ("D02/3") in the tree, as if the user had clicked it. */
    public boolean selectSession(String label) {
        return tree.selectSession(label);
    }

    /** Where the report's stills come from (libVLC's frame grabber), set by the composition root. */
    public void setFrameGrabbers(Supplier<FrameGrabber> grabbers) {
        fileActions.setFrameGrabbers(grabbers);
    }

    /** Study setup, for the composition root (libVLC's probe) and tests. */
    public SetupActions setup() {
        return setup;
    }

    /** The window that owns a player releases it whenever it goes away, however it is disposed. */
    @Override
    public void dispose() {
        if (player != null) {
            player.close();
        }
        super.dispose();
    }

    /** Release order that never crashed: stop and release the player, release libVLC, then dispose the frame. */
    private void closeWindow() {
        if (dividers != null) {
            dividers.flush();
        }
        lifecycle.close();
        if (player != null) {
            player.close();
        }
        releaseMedia.run();
        dispose();
    }

    // For tests: the window's state and parts.

    void importTranscript(Path file) {
        fileActions.importTranscript(file);
    }

    void importEaf(Path file) {
        fileActions.importEaf(file);
    }

    EditHistory editHistory() {
        return state.history();
    }

    RecallScreen recallScreen() {
        return recall.recallScreen();
    }

    CodingModel coding() {
        return state.coding();
    }

    StudyService service() {
        return state.service();
    }

    Session currentSession() {
        return state.currentSession();
    }

    TranscriptPanel transcriptPanel() {
        return transcript;
    }

    TimelinePanel timeline() {
        return timeline;
    }

    PlayerPanel playerPanel() {
        return playerPanel;
    }
}
