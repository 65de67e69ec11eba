package org.iprstudio.ui;

import java.awt.BorderLayout;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.ToolTipManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.MediaRelinker;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.Code;
import org.iprstudio.ui.coding.CodingInspector;
import org.iprstudio.ui.coding.CodingModel;
import org.iprstudio.ui.coding.MatrixPanel;
import org.iprstudio.ui.coding.MomentTablePanel;
import org.iprstudio.ui.coding.PairsPanel;
import org.iprstudio.ui.coding.PinnedCodes;
import org.iprstudio.ui.coding.SummaryPanel;
import org.iprstudio.ui.coding.ThemeBoard;
import org.iprstudio.ui.timeline.PairLink;
import java.time.Clock;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.ui.recall.RecallScreen;
import org.iprstudio.ui.timeline.TimelinePanel;
import org.iprstudio.ui.transcript.TranscriptPanel;
import org.iprstudio.ui.timeline.TimelineView;

/**
 * The researcher's main window: the study tree on the left; on the right the selected session's
 * video with its controls and, below, the timeline with one lane per recall pass.
 */
public final class MainWindow extends JFrame {
    private final StudyFiles files;
    private final MediaPlayer player;
    private final java.util.function.Supplier<MediaPlayer> recallPlayers;
    private final Runnable releaseMedia;
    private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode(Texts.get("tree.empty"))));
    private final PlayerPanel playerPanel;
    private final TimelinePanel timeline = new TimelinePanel();
    private final TranscriptPanel transcript = new TranscriptPanel();
    private final JLabel status = new JLabel(Texts.get("status.noStudy"));
    private final List<ShortcutAction> viewActions = new ArrayList<>();
    private final List<ShortcutAction> codingActions = new ArrayList<>();
    private final JPanel inspectorHolder = new JPanel(new BorderLayout());
    private final JTabbedPane workTabs = new JTabbedPane();
    private final ShortcutAction undo = new ShortcutAction("undo", this::undo);
    private final ShortcutAction redo = new ShortcutAction("redo", this::redo);
    private final List<ShortcutAction> pinActions = new ArrayList<>();
    private final DividerMemory dividers = DividerMemory.forMainWindow();
    private final VideoChecksums checksums = new VideoChecksums();
    private final FrameExactNotice frameExactNotice;
    private CodingModel coding;
    private CodingInspector inspector;
    private StudyService service;
    private Session currentSession;
    private RecallScreen recallScreen;
    /** Supervision recalls: the main window (which shows every perspective) hides while one is on screen. */
    private final org.iprstudio.ui.supervision.SupervisionMenu supervision;
    private final org.iprstudio.ui.setup.SetupActions setup;
    private final java.awt.CardLayout cards = new java.awt.CardLayout();
    private final JPanel center = new JPanel(cards);
    /** True while an undo or redo runs: the status line it writes must survive the changes it causes. */
    private boolean stepping;

    /**
     * @param player null when libVLC is missing; the window then explains how to install it
     * @param releaseMedia releases libVLC after the player, as the last step of closing
     */
    public MainWindow(StudyFiles files, MediaPlayer player, String vlcProblem, String installCommand, Runnable releaseMedia) {
        this(files, player, null, vlcProblem, installCommand, releaseMedia);
    }

    /** @param recallPlayers makes a fresh player for each recall screen (null without libVLC) */
    public MainWindow(StudyFiles files, MediaPlayer player, java.util.function.Supplier<MediaPlayer> recallPlayers, String vlcProblem,
                      String installCommand, Runnable releaseMedia) {
        super(Texts.get("app.title"));
        this.files = files;
        this.player = player;
        this.recallPlayers = recallPlayers;
        this.releaseMedia = releaseMedia;
        // supervision recalls: the main window (which shows every perspective) hides while one is on screen
        supervision = new org.iprstudio.ui.supervision.SupervisionMenu(this,
                () -> service == null ? null : new org.iprstudio.app.supervision.SupervisionSetup(service), () -> currentSession,
                recallPlayers, screen -> hideBehindSupervision(), () -> setVisible(true));
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeWindow();
            }
        });
        setup = new org.iprstudio.ui.setup.SetupActions(this, files, new org.iprstudio.ui.setup.SetupActions.Host() {
            @Override
            public StudyService service() {
                return service;
            }

            @Override
            public EditHistory history() {
                return coding == null ? null : coding.actions().history();
            }

            @Override
            public boolean open(Path file) {
                return MainWindow.this.open(file);
            }

            @Override
            public void structureChanged() {
                setupChanged();
            }
        });
        playerPanel = new PlayerPanel(player, vlcProblem, installCommand);
        frameExactNotice = new FrameExactNotice(setup::probe, playerPanel);
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
                if (coding != null) {
                    org.iprstudio.ui.coding.TranscriptQuoting.quote(MainWindow.this, coding, selection);
                }
            }

            @Override
            public void codeRequested(org.iprstudio.app.coding.TranscriptSelection selection) {
                if (coding != null) {
                    org.iprstudio.ui.coding.TranscriptQuoting.code(MainWindow.this, coding, selection);
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
                if (coding != null) {
                    coding.select(moment);
                }
            }

            @Override
            public void momentOpened(Moment moment) {
                MomentDetailsDialog.show(MainWindow.this, service.study(), moment);
            }
        });
        for (int key = 1; key <= PinnedCodes.MAX; key++) {
            int index = key - 1;
            pinActions.add(new ShortcutAction("pin" + key, () -> applyPinned(index)));
        }

        tree.setName("studyTree");
        tree.setCellRenderer(new StudyTreeRenderer());
        ToolTipManager.sharedInstance().registerComponent(tree);
        tree.setRootVisible(true);
        if (tree.getUI() instanceof javax.swing.plaf.basic.BasicTreeUI treeUi) { // five levels deep: a smaller indent leaves the labels room
            treeUi.setLeftChildIndent(4);
            treeUi.setRightChildIndent(8);
        }
        tree.addTreeSelectionListener(e -> selectionChanged());
        JScrollPane treeScroll = new JScrollPane(tree);
        treeScroll.setMinimumSize(new Dimension(160, 200));

        inspectorHolder.setName("inspectorHolder");
        inspectorHolder.setMinimumSize(new Dimension(300, 200));
        inspectorHolder.setPreferredSize(new Dimension(340, 300));
        inspectorHolder.add(new JLabel(Texts.get("status.noStudy")), BorderLayout.NORTH);
        workTabs.setName("workTabs");
        workTabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT); // one row of tabs, however narrow
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int width = Math.min(1920, screen.width);
        int height = Math.min(1200, screen.height);
        // The inspector has the whole height on the right (a pair's words, decision and codes fit at
        // 1280x800); the video, the timeline and the work tabs share the middle column.
        JSplitPane lower = new JSplitPane(JSplitPane.VERTICAL_SPLIT, timeline, workTabs);
        lower.setName("timelineTabsDivider");
        lower.setResizeWeight(0.0);
        JSplitPane middle = new JSplitPane(JSplitPane.VERTICAL_SPLIT, playerPanel, lower);
        middle.setName("videoDivider");
        middle.setResizeWeight(0.5);
        middle.setDividerLocation((int) (height * 0.36));
        int treeWidth = Math.max(200, width >= 1400 ? width / 5 : width / 6);
        int inspectorWidth = width >= 1600 ? 440 : 340;
        JSplitPane right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, middle, inspectorHolder);
        right.setName("inspectorDivider");
        right.setResizeWeight(1.0);
        right.setDividerLocation(width - treeWidth - inspectorWidth - 20);
        // the transcript sits below the study tree, beside the video: the player keeps the width its controls need
        JSplitPane treeAndWords = new JSplitPane(JSplitPane.VERTICAL_SPLIT, treeScroll, transcript);
        treeAndWords.setName("transcriptDivider");
        treeAndWords.setResizeWeight(0.4);
        treeAndWords.setDividerLocation((int) (height * 0.4));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, treeAndWords, right);
        split.setName("treeDivider");
        split.setDividerLocation(treeWidth);
        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        center.add(split, "study");
        center.add(new org.iprstudio.ui.setup.StartPanel(setup.newStudy, action("menu.file.open", null, this::chooseAndOpen),
                action("menu.file.demo", null, this::openDemo)), "start");
        cards.show(center, "start"); // no study yet: the three ways to begin
        getContentPane().add(center, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setJMenuBar(menus());
        PlayerKeys.install(this, playerPanel.actions().all());
        PauseBehindDialogs.install(this, player);
        setSize(width, height);
        if (dividers != null) {
            for (JSplitPane pane : List.of(split, right, middle, lower, treeAndWords)) {
                dividers.remember(pane.getName(), pane);
            }
        }
        setLocationRelativeTo(null);
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu(Texts.get("menu.file"));
        file.setMnemonic(KeyEvent.VK_F);
        file.add(new JMenuItem(setup.newStudy));
        file.add(new JMenuItem(action("menu.file.open", KeyStroke.getKeyStroke(KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK), this::chooseAndOpen)));
        file.add(new JMenuItem(action("menu.file.demo", null, this::openDemo)));
        JMenu imports = new JMenu(Texts.get("menu.file.import"));
        imports.setName("importMenu");
        imports.add(new JMenuItem(action("menu.file.importTranscript", null, this::importTranscript)));
        imports.add(new JMenuItem(action("menu.file.importEaf", null, this::importEaf)));
        file.add(imports);
        file.add(new JMenuItem(action("menu.file.export", null, this::exportStudy)));
        file.addSeparator();
        file.add(org.iprstudio.ui.settings.SettingsDialog.menuItem(this));
        file.add(new JMenuItem(action("menu.file.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK), this::closeWindow)));

        PlayerActions p = playerPanel.actions();
        JMenu playback = new JMenu(Texts.get("menu.playback"));
        playback.setMnemonic(KeyEvent.VK_P);
        playback.setName("playbackMenu");
        for (ShortcutAction a : List.of(p.playPause, p.frameBack, p.frameForward, p.back2, p.forward2, p.back10, p.forward10)) {
            playback.add(new JMenuItem(a));
        }
        playback.addSeparator();
        for (ShortcutAction a : List.of(p.slower, p.faster, p.normalRate)) {
            playback.add(new JMenuItem(a));
        }
        playback.addSeparator();
        playback.add(new JMenuItem(p.goToTime));
        playback.addSeparator();
        for (ShortcutAction a : List.of(p.mute, p.volumeUp, p.volumeDown)) {
            playback.add(new JMenuItem(a));
        }

        JMenu view = new JMenu(Texts.get("menu.view"));
        view.setMnemonic(KeyEvent.VK_V);
        TimelineView tl = timeline.view();
        ShortcutAction zoomIn = new ShortcutAction("zoomIn", () -> tl.zoomAroundPlayhead(0.5));
        ShortcutAction zoomOut = new ShortcutAction("zoomOut", () -> tl.zoomAroundPlayhead(2.0));
        ShortcutAction whole = new ShortcutAction("wholeSession", tl::showWholeSession);
        ShortcutAction follow = new ShortcutAction("follow", () -> tl.setFollow(!tl.follows()));
        viewActions.addAll(List.of(zoomIn, zoomOut, whole, follow, transcript.findAction()));
        view.add(new JMenuItem(transcript.findAction()));
        view.add(new JMenuItem(zoomIn));
        view.add(new JMenuItem(zoomOut));
        view.add(new JMenuItem(whole));
        view.add(new JCheckBoxMenuItem(follow) {
            {
                setSelected(true);
                addActionListener(e -> setSelected(tl.follows()));
            }
        });

        JMenu edit = new JMenu(Texts.get("menu.edit"));
        edit.setMnemonic(KeyEvent.VK_E);
        edit.setName("editMenu");
        edit.add(new JMenuItem(undo));
        edit.add(new JMenuItem(redo));
        // a second key for redo, as many programs have it (Ctrl+Y)
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK), "redo");
        getRootPane().getActionMap().put("redo", redo);

        JMenu code = new JMenu(Texts.get("menu.coding"));
        code.setMnemonic(KeyEvent.VK_C);
        code.setName("codingMenu");
        ShortcutAction findCode = new ShortcutAction("findCode", () -> {
            if (inspector != null) {
                inspector.codeSearch().requestFocusInWindow();
            }
        });
        codingActions.add(findCode);
        code.add(new JMenuItem(findCode));
        code.addSeparator();
        pinActions.forEach(a -> code.add(new JMenuItem(a)));
        codingActions.addAll(pinActions);
        codingActions.add(0, redo);
        codingActions.add(0, undo);
        updateUndoNames();

        JMenu recall = new JMenu(Texts.get("menu.recall"));
        recall.setMnemonic(KeyEvent.VK_R);
        recall.setName("recallMenu");
        recall.add(new JMenuItem(action("menu.recall.start", KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.CTRL_DOWN_MASK), this::startRecall)));
        recall.add(new JMenuItem(action("menu.recall.passphrase", null, () -> {
            if (service != null) {
                StartRecallDialog.askPassphrase(this, new RecallSetup(service), false);
            }
        })));

        JMenu help = new JMenu(Texts.get("menu.help"));
        help.setMnemonic(KeyEvent.VK_H);
        ShortcutAction shortcuts = new ShortcutAction("shortcuts", () -> ShortcutsDialog.show(this, allShortcuts()));
        help.add(new JMenuItem(shortcuts));
        help.add(new JMenuItem(action("menu.help.about", null, () -> JOptionPane.showMessageDialog(this, aboutText(),
                Texts.get("menu.help.about"), JOptionPane.INFORMATION_MESSAGE))));
        JMenu studyMenu = new JMenu(Texts.get("menu.study"));
        studyMenu.setName("studyMenu");
        studyMenu.setMnemonic(KeyEvent.VK_S);
        studyMenu.add(new JMenuItem(setup.studySetup));
        studyMenu.add(new JMenuItem(setup.studySettings));
        studyMenu.add(supervision.questionsItem());
        studyMenu.add(new JMenuItem(action("menu.study.exportHistory", null, this::showExportHistory)));
        studyMenu.addSeparator();
        team.items().forEach(studyMenu::add);
        bar.add(file);
        bar.add(edit);
        bar.add(studyMenu);
        bar.add(playback);
        bar.add(view);
        bar.add(code);
        bar.add(recall);
        bar.add(supervision.menu());
        bar.add(help);
        return bar;
    }

    /** The About text with the version from the jar's manifest, so a bug report can say which build it was. */
    static String aboutText() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        return Texts.get("about.version", version == null ? Texts.get("about.developmentVersion") : version) + "\n" + Texts.get("about.text");
    }

    List<ShortcutAction> allShortcuts() {
        List<ShortcutAction> all = new ArrayList<>(playerPanel.actions().all());
        all.addAll(viewActions);
        all.addAll(codingActions);
        return all;
    }

    /** File > Export...: the open study, in any format, or its report. */
    private void exportStudy() {
        if (service == null) {
            JOptionPane.showMessageDialog(this, Texts.get("export.noStudy"), Texts.get("export.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.export.ExportDialog.show(this, files, service, frameGrabbers);
    }

    /** Study > Export history...: what was exported from this study file, and where to. */
    private void showExportHistory() {
        if (service == null) {
            JOptionPane.showMessageDialog(this, Texts.get("exportHistory.noStudy"), Texts.get("exportHistory.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.export.ExportHistoryDialog.show(this, service.exports());
    }

    private static Action action(String key, KeyStroke shortcut, Runnable run) {
        AbstractAction action = new AbstractAction(Texts.get(key)) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, shortcut);
        return action;
    }

    /** Who is working: asked when a study opens (unless known here), shown in the title, recorded with every change. */
    private final org.iprstudio.ui.team.TeamMenu team = new org.iprstudio.ui.team.TeamMenu(this, () -> service,
            () -> coding == null ? null : coding.actions(), this::workingAs);

    /** The program as the user starts it: ask who is working when a study opens, and remember it on this computer. */
    public void askWhoIsWorking() {
        team.askAndRemember(org.iprstudio.app.team.ResearcherMemory.forThisComputer());
    }

    private void workingAs(String initials) {
        if (coding != null) {
            coding.whoChanged();
        }
        showWho();
    }

    /** The title names who is working, and the blind round they code in on the session on show. */
    private void showWho() {
        if (service == null) {
            return;
        }
        String who = coding == null ? service.actor() : coding.blindRound()
                .map(r -> Texts.get("who.blindTitle", service.actor(), r.name())).orElse(service.actor());
        setTitle(Texts.get("app.titleWithStudyAndResearcher", service.study().header().title(), who));
    }

    /** Opens a study file, replacing the one that is open; a problem is shown, not thrown. */
    public boolean open(Path file) {
        StudyService opened;
        if (service != null && sameFile(service.file(), file)) {
            closeStudy(); // reopening the open study: its lock must go first, or the study would refuse itself
        }
        try {
            opened = load(file);
        } catch (StoreException e) {
            if (service == null) {
                clearStudyView(); // the study on show was closed to reopen it: show nothing rather than a dead copy
            }
            JOptionPane.showMessageDialog(this, wrapped(e.getMessage()), Texts.get("error.openTitle"), JOptionPane.ERROR_MESSAGE);
            return false;
        }
        closeStudy();
        service = opened;
        installCoding();
        cards.show(center, "study");
        setup.watch(service, coding.actions().history());
        setTitle(Texts.get("app.titleWithStudy", service.study().header().title()));
        status.setText(Texts.get("status.study", service.file()));
        tree.setModel(StudyTreeModel.of(service.study()));
        for (int row = 0; row < tree.getRowCount(); row++) {
            tree.expandRow(row);
        }
        DefaultMutableTreeNode first = firstSessionInOrder((DefaultMutableTreeNode) tree.getModel().getRoot());
        if (first != null) {
            tree.setSelectionPath(new TreePath(first.getPath()));
        }
        team.studyOpened(); // the study is on show: now ask who is working, if this computer does not know
        return true;
    }

    /** A one-line message with a long path in it would make the dialog wider than the screen; HTML lets it wrap. */
    static String wrapped(String message) {
        String text = String.valueOf(message).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><body style='width: 460px'>" + text + "</body></html>";
    }

    /** Opens the store and reads the study; a study that cannot be read gives its store (and lock) back at once, so nothing stays held. */
    private StudyService load(Path file) {
        org.iprstudio.store.StudyStore store = files.open(file);
        try {
            return new StudyService(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static DefaultMutableTreeNode firstSessionInOrder(DefaultMutableTreeNode root) {
        var nodes = root.preorderEnumeration();
        while (nodes.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
            if (node.getUserObject() instanceof StudyNode n && n.kind() == StudyNode.Kind.SESSION) {
                return node;
            }
        }
        return null;
    }

    private void selectionChanged() {
        if (service == null || tree.getSelectionPath() == null) {
            return;
        }
        Object last = ((DefaultMutableTreeNode) tree.getSelectionPath().getLastPathComponent()).getUserObject();
        Optional<Session> session = Optional.empty();
        if (last instanceof StudyNode node && node.entity() instanceof Session s) {
            session = Optional.of(s);
        } else if (last instanceof StudyNode node && node.entity() instanceof RecallPass p) {
            session = Optional.of(service.study().session(p.sessionId()));
        }
        // a chosen session waits, paused, for Play: sound that starts by itself surprises (and may be overheard)
        session.filter(s -> currentSession == null || !s.id().equals(currentSession.id())).ifPresent(s -> showSession(s, false));
    }

    /** Selects a session by its label ("D02/3") in the tree, as if the user had clicked it. */
    public boolean selectSession(String label) {
        Optional<Session> session = service == null ? Optional.empty() : service.study().sessionByLabel(label);
        if (session.isEmpty()) {
            return false;
        }
        var nodes = ((DefaultMutableTreeNode) tree.getModel().getRoot()).preorderEnumeration();
        while (nodes.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
            if (node.getUserObject() instanceof StudyNode n && n.entity() instanceof Session s && s.id().equals(session.get().id())) {
                TreePath path = new TreePath(node.getPath());
                tree.setSelectionPath(path);
                tree.scrollPathToVisible(path);
                return true;
            }
        }
        return false;
    }

    private void showSession(Session session, boolean autoPlay) {
        currentSession = session;
        Study study = service.study();
        Dyad dyad = study.dyad(session.dyadId());
        String heading = Texts.get("player.heading", dyad.code(), session.number(), session.date() == null ? "" : session.date().toString());
        MediaTime length = session.media() != null && session.media().duration() != null ? session.media().duration()
                : latestMoment(study, session);
        timeline.setSession(SessionLanes.of(study, session), length);
        transcript.setTranscript(study.transcriptOf(session.id()).orElse(null));
        if (coding != null) {
            coding.showSession(session);
            showPairLinks();
        }
        Optional<Path> video = service.mediaPathOf(session);
        if (video.isEmpty()) {
            playerPanel.showProblem(heading, Texts.get("player.noVideoLinked"), () -> relink(session));
        } else if (!Files.isRegularFile(video.get())) {
            playerPanel.showProblem(heading, Texts.get("player.videoMissing", video.get()), () -> relink(session));
        } else {
            playerPanel.show(heading, video.get(), autoPlay, () -> relink(session));
            checkVideo(session, video.get());
            frameExactNotice.check(video.get(), () -> currentSession != null && currentSession.id().equals(session.id()));
        }
    }

    /**
     * Compares the video's checksum with the one the study recorded, off the Swing thread (videos
     * are large), and warns above the picture when they differ, as media-check does. A file is
     * hashed once per size and modification time.
     */
    private void checkVideo(Session session, Path video) {
        String expected = session.media() == null ? null : session.media().sha256();
        if (expected == null) {
            return;
        }
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() throws Exception {
                return checksums.of(video);
            }

            @Override
            protected void done() {
                try {
                    String actual = get();
                    if (currentSession != null && currentSession.id().equals(session.id()) && !expected.equalsIgnoreCase(actual)) {
                        playerPanel.showWarning(Texts.get("player.checksumDiffers", video.getFileName()));
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    // unreadable now: playing it will say what is wrong
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private static MediaTime latestMoment(Study study, Session session) {
        long latest = 60_000;
        for (RecallPass pass : study.passesOf(session.id())) {
            for (Moment m : study.momentsOf(pass.id())) {
                latest = Math.max(latest, m.span() == null ? m.anchor().millis() : Math.max(m.anchor().millis(), m.span().end().millis()));
            }
        }
        return MediaTime.ofMillis(latest + 10_000);
    }

    /** Imports a transcript for the session on show and shows it at once. */
    private void importTranscript() {
        if (service == null || currentSession == null) {
            JOptionPane.showMessageDialog(this, Texts.get("transcript.import.chooseSession"), Texts.get("transcript.import.title"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.transcript.TranscriptImportDialog.chooseFile(this).ifPresent(this::importTranscript);
    }

    /** The same with the file chosen: read and checked, the speakers asked, saved, shown. */
    void importTranscript(Path file) {
        Session session = currentSession;
        org.iprstudio.ui.transcript.TranscriptImportDialog.importFile(this, service, session, file).ifPresent(imported -> {
            if (currentSession != null && currentSession.id().equals(session.id())) {
                transcript.setTranscript(imported);
            }
        });
    }

    /** File > Import > ELAN file...: tiers of an ELAN file as recall passes of a session (the one on show proposed). */
    private void importEaf() {
        if (service == null) {
            JOptionPane.showMessageDialog(this, Texts.get("eafImport.noStudy"), Texts.get("eafImport.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.importing.EafImportDialog.chooseFile(this).ifPresent(this::importEaf);
    }

    /** The undo history of the open study, for tests; null while none is open. */
    EditHistory editHistory() {
        return coding == null ? null : coding.actions().history();
    }

    /** The same with the file chosen; one step to undo. */
    void importEaf(Path file) {
        org.iprstudio.ui.importing.EafImportDialog.importFile(this, service, coding.actions().history(), currentSession, file);
    }

    /** Starts or resumes a recall of the current session; the main window hides until the researcher ends it. */
    private void startRecall() {
        if (service == null || currentSession == null) {
            JOptionPane.showMessageDialog(this, Texts.get("recall.chooseSession"), Texts.get("recall.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        if (recallPlayers == null) {
            JOptionPane.showMessageDialog(this, Texts.get("recall.needsVideo"), Texts.get("recall.title"), JOptionPane.WARNING_MESSAGE);
            return;
        }
        Session session = currentSession;
        String label = service.study().dyad(session.dyadId()).code() + " \u00b7 " + Texts.get("tree.session", session.number(), "").strip();
        StartRecallDialog.ask(this, new RecallSetup(service), session, label).ifPresent(recall -> openRecallScreen(recall, session));
    }

    private void openRecallScreen(RecallSession recall, Session session) {
        if (player != null) {
            player.pause();
        }
        RecallScreen screen = new RecallScreen(recall, recallPlayers.get(), () -> {
            setVisible(true);
            refreshStudyView(session);
        });
        setup.closeSetup(); // the setup view is for researchers: it never stays behind the recall screen
        setVisible(false); // nothing else of the study is on screen while a participant recalls
        screen.setVisible(true);
        recallScreen = screen;
    }

    /** Nothing of the study stays on screen behind a supervision recall (the client's moments are on the timeline here). */
    private void hideBehindSupervision() {
        if (player != null) {
            player.pause();
        }
        setup.closeSetup();
        setVisible(false);
    }

    /** Rebuilds the tree and the timeline after the study changed elsewhere (a recall), keeping the session. */
    private void refreshStudyView(Session session) {
        recallScreen = null;
        tree.setModel(StudyTreeModel.of(service.study()));
        for (int row = 0; row < tree.getRowCount(); row++) {
            tree.expandRow(row);
        }
        currentSession = null;
        selectSession(service.study().dyad(session.dyadId()).code() + "/" + session.number());
    }

    /** After a setup edit: the tree shows the new sites, dyads and sessions; the session on show stays unless it went or got another video. */
    private void setupChanged() {
        if (service == null) {
            return;
        }
        Session before = currentSession;
        Optional<Session> now = before == null ? Optional.empty()
                : service.study().find(before.id()).filter(Session.class::isInstance).map(Session.class::cast);
        tree.setModel(StudyTreeModel.of(service.study()));
        for (int row = 0; row < tree.getRowCount(); row++) {
            tree.expandRow(row);
        }
        if (now.isPresent()) {
            if (!java.util.Objects.equals(now.get().media(), before.media())) {
                currentSession = null; // its video changed: load the new one
            }
            selectSession(service.study().dyad(now.get().dyadId()).code() + "/" + now.get().number());
        } else {
            currentSession = null;
            DefaultMutableTreeNode first = firstSessionInOrder((DefaultMutableTreeNode) tree.getModel().getRoot());
            if (first != null) {
                tree.setSelectionPath(new TreePath(first.getPath()));
            }
        }
    }

    /** Where the report's stills come from (libVLC's frame grabber), set by the composition root; null: the report says there are none. */
    private volatile java.util.function.Supplier<org.iprstudio.media.FrameGrabber> frameGrabbers;

    public void setFrameGrabbers(java.util.function.Supplier<org.iprstudio.media.FrameGrabber> grabbers) {
        this.frameGrabbers = grabbers;
    }

    /** Study setup, for the composition root (libVLC's probe) and tests. */
    public org.iprstudio.ui.setup.SetupActions setup() {
        return setup;
    }

    /** The recall screen on show, for tests. */
    RecallScreen recallScreen() {
        return recallScreen;
    }

    /** Lets the user pick the moved video; the checksum is computed off the Swing thread (videos are large). */
    private void relink(Session session) {
        JFileChooser chooser = new JFileChooser(service.folder().toFile());
        chooser.setDialogTitle(Texts.get("relink.title"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = chooser.getSelectedFile().toPath();
        setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        StudyService current = service;
        new SwingWorker<Session, Void>() {
            @Override
            protected Session doInBackground() throws Exception {
                return new MediaRelinker(current).checkAndPrepare(session, chosen);
            }

            @Override
            protected void done() {
                setCursor(Cursor.getDefaultCursor());
                try {
                    Session updated = get();
                    current.put(updated);
                    showSession(updated, false);
                } catch (java.util.concurrent.ExecutionException e) {
                    JOptionPane.showMessageDialog(MainWindow.this, e.getCause().getMessage(), Texts.get("relink.title"), JOptionPane.WARNING_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    JOptionPane.showMessageDialog(MainWindow.this, e.getMessage(), Texts.get("relink.title"), JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }

    private void chooseAndOpen() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("chooser.studyFiles"), "iprs"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    private void openDemo() {
        try {
            open(new DemoStudy(files).install(false));
        } catch (RuntimeException e) { // a store, JSON or domain problem: all carry a message for the user
            JOptionPane.showMessageDialog(this, e.getMessage(), Texts.get("error.openTitle"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private void closeStudy() {
        setup.closeSetup();
        if (coding != null) {
            coding.close();
            coding = null;
            inspector = null;
        }
        if (service != null) {
            service.close();
            service = null;
            currentSession = null;
        }
    }

    private void clearStudyView() {
        cards.show(center, "start");
        setTitle(Texts.get("app.title"));
        status.setText(Texts.get("status.noStudy"));
        tree.setModel(new DefaultTreeModel(new DefaultMutableTreeNode(Texts.get("tree.empty"))));
        timeline.showNoSession();
        transcript.setTranscript(null);
        timeline.view().setLinks(List.of());
        if (player != null) {
            player.pause();
        }
        inspectorHolder.removeAll();
        inspectorHolder.add(new JLabel(Texts.get("status.noStudy")), BorderLayout.NORTH);
        inspectorHolder.revalidate();
        inspectorHolder.repaint();
        workTabs.removeAll();
        updateUndoNames();
        updatePinNames();
    }

    /** Builds the coding panels for the study just opened. */
    private void installCoding() {
        EditHistory history = new EditHistory(service);
        CodingActions actions = new CodingActions(service, history, Clock.systemUTC());
        coding = new CodingModel(service, actions, PinnedCodes.forStudy(service.study().header().id()), this::playMoment);
        history.addListener(() -> {
            updateUndoNames();
            forgetOldStatus();
        });
        inspector = new CodingInspector(coding);
        inspectorHolder.removeAll();
        inspectorHolder.add(inspector, BorderLayout.CENTER);
        inspectorHolder.revalidate();
        workTabs.removeAll();
        workTabs.addTab(Texts.get("tab.pairs"), new PairsPanel(coding));
        workTabs.addTab(Texts.get("tab.moments"), new MomentTablePanel(coding));
        workTabs.addTab(Texts.get("tab.themes"), new ThemeBoard(coding));
        workTabs.addTab(Texts.get("tab.matrix"), new MatrixPanel(coding));
        workTabs.addTab(Texts.get("tab.summary"), new SummaryPanel(coding));
        workTabs.addTab(Texts.get("tab.agreement"), new org.iprstudio.ui.agreement.AgreementPanel(coding));
        CodingModel current = coding;
        coding.addListener(new CodingModel.Listener() {
            @Override
            public void sessionChanged() {
                showWho();
            }

            @Override
            public void studyChanged() {
                showWho(); // a round started or closed
            }
        });
        coding.addListener(new CodingModel.Listener() {
            @Override
            public void studyChanged() {
                showPairLinks();
            }

            @Override
            public void selectionChanged() {
                current.selection().map(CodingModel.Selection::moment)
                        .filter(m -> currentSession != null && current.sessionOf(m).id().equals(currentSession.id()))
                        .ifPresent(m -> timeline.view().select(m));
                updatePinNames();
                forgetOldStatus();
            }
        });
        updateUndoNames();
        updatePinNames();
    }

    /** The pairs of the session on show, drawn between the client's and the therapist's lane. */
    private void showPairLinks() {
        List<PairLink> links = new ArrayList<>();
        coding.pairing().ifPresent(p -> {
            p.kept().forEach(l -> links.add(new PairLink(l.client().id(), l.therapist().id(), PairLink.Kind.valueOf(l.pairClass().name()))));
            p.suggested().forEach(l -> links.add(new PairLink(l.client().id(), l.therapist().id(), PairLink.Kind.SUGGESTED)));
        });
        timeline.view().setLinks(links);
    }

    /** Shows a moment's first frame (its span start), paused, switching to its session first if needed. */
    private void playMoment(Moment moment) {
        if (coding == null) {
            return;
        }
        Session session = coding.sessionOf(moment);
        if (currentSession == null || !currentSession.id().equals(session.id())) {
            selectSession(service.study().dyad(session.dyadId()).code() + "/" + session.number());
        }
        playerPanel.cue(moment.playFrom());
        timeline.view().setPlayhead(moment.playFrom());
    }

    private void applyPinned(int index) {
        if (coding == null) {
            return;
        }
        List<Code> pins = coding.pins().codes(service.study());
        if (index < pins.size()) {
            try {
                if (!coding.toggle(pins.get(index))) {
                    status.setText(Texts.get("coding.nothingSelected"));
                }
            } catch (RuntimeException e) {
                JOptionPane.showMessageDialog(this, e.getMessage(), Texts.get("coding.title"), JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    private void updatePinNames() {
        List<Code> pins = coding == null ? List.of() : coding.pins().codes(service.study());
        for (int i = 0; i < pinActions.size(); i++) {
            ShortcutAction action = pinActions.get(i);
            action.putValue(Action.NAME, i < pins.size() ? Texts.get("coding.pinAction", i + 1, pins.get(i).name()) : Texts.get("action.pin" + (i + 1) + ".name"));
            action.setEnabled(i < pins.size());
        }
    }

    private void updateUndoNames() {
        EditHistory history = coding == null ? null : coding.actions().history();
        undo.putValue(Action.NAME, history == null || history.nextUndo().isEmpty() ? Texts.get("action.undo.name")
                : Texts.get("edit.undo", describe(history.nextUndo().get())));
        redo.putValue(Action.NAME, history == null || history.nextRedo().isEmpty() ? Texts.get("action.redo.name")
                : Texts.get("edit.redo", describe(history.nextRedo().get())));
        undo.setEnabled(history != null && history.nextUndo().isPresent());
        redo.setEnabled(history != null && history.nextRedo().isPresent());
    }

    private static String describe(EditHistory.Edit edit) {
        return Texts.get("edit." + edit.kind().name(), edit.subject());
    }

    private void undo() {
        step(true);
    }

    private void redo() {
        step(false);
    }

    private void step(boolean back) {
        if (coding == null) {
            return;
        }
        coding.flushPendingEdits();
        EditHistory history = coding.actions().history();
        stepping = true;
        try {
            Optional<EditHistory.Edit> done = back ? history.undo() : history.redo();
            coding.reloadEditors();
            done.ifPresent(e -> status.setText(Texts.get(back ? "status.undone" : "status.redone", describe(e))));
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), Texts.get(back ? "action.undo.name" : "action.redo.name"), JOptionPane.WARNING_MESSAGE);
        } finally {
            stepping = false;
        }
    }

    /** "Undone: ..." or "nothing selected" is news about one action: the next edit or selection puts the study's line back. */
    private void forgetOldStatus() {
        if (!stepping && service != null) {
            status.setText(Texts.get("status.study", service.file()));
        }
    }

    /** The coding state, for tests. */
    CodingModel coding() {
        return coding;
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
        closeStudy();
        if (player != null) {
            player.close();
        }
        releaseMedia.run();
        dispose();
    }

    /** The open study, for tests. */
    StudyService service() {
        return service;
    }

    Session currentSession() {
        return currentSession;
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
