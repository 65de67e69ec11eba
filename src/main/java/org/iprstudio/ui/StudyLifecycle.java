package org.iprstudio.ui;

import org.iprstudio.ui.common.ErrorText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.Action;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Session;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.ui.setup.SetupActions;
import org.iprstudio.ui.timeline.TimelinePanel;
import org.iprstudio.ui.transcript.TranscriptPanel;

/**
 * Opening and closing a study file in the main window, and showing the study again after it
 * changed elsewhere (setup, a recall). One study is open at a time; opening another closes the first.
 */
final class StudyLifecycle {
    /** What the lifecycle asks of the window around it. */
    interface Host {
        /** A study is being opened: show its view and name it in the title. */
        void showStudy(StudyService service);

        /** The study is on show, its first session chosen. */
        void studyOpened();

        /** No study is open: show the ways to begin. */
        void showStart();
    }

    private final JFrame owner;
    private final StudyFiles files;
    private final WindowState state;
    private final Host host;
    private final JLabel status;
    private final StudyTreePane tree;
    private final CodingWorkspace workspace;
    private final SetupActions setup;
    private final MediaPlayer player;
    private final TimelinePanel timeline;
    private final TranscriptPanel transcript;
    final Action open = MainMenus.action("menu.file.open",
            javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_O, java.awt.event.InputEvent.CTRL_DOWN_MASK), this::chooseAndOpen);
    final Action demo = MainMenus.action("menu.file.demo", null, this::openDemo);

    StudyLifecycle(JFrame owner, StudyFiles files, WindowState state, Host host, JLabel status, StudyTreePane tree,
                   CodingWorkspace workspace, SetupActions setup, MediaPlayer player, TimelinePanel timeline, TranscriptPanel transcript) {
        this.owner = owner;
        this.files = files;
        this.state = state;
        this.host = host;
        this.status = status;
        this.tree = tree;
        this.workspace = workspace;
        this.setup = setup;
        this.player = player;
        this.timeline = timeline;
        this.transcript = transcript;
    }

    /** Opens a study file, replacing the one that is open; a problem is shown, not thrown. */
    boolean open(Path file) {
        StudyService opened;
        if (opening) {
            return false; // one study at a time: a second open asked while the first is read waits for nothing
        }
        if (state.service() != null && sameFile(state.service().file(), file)) {
            close(); // reopening the open study: its lock must go first, or the study would refuse itself
        }
        try {
            opened = loadWhileTheWindowPaints(file);
        } catch (StoreException e) {
            if (lookTaken != null) {
                lookTaken.shown(); // nothing to show: its read need not wait
                lookTaken = null;
            }
            if (state.service() == null) {
                clearView(); // the study on show was closed to reopen it: show nothing rather than a dead copy
            }
            JOptionPane.showMessageDialog(owner, wrapped(ErrorText.of(e)), Texts.get("error.openTitle"), JOptionPane.ERROR_MESSAGE);
            return false;
        }
        close();
        state.setService(opened);
        workspace.install(opened);
        host.showStudy(opened);
        setup.watch(opened, state.history());
        status.setText(state.studyStatus());
        tree.show(opened.shown(), opened::momentCountOf);
        java.util.Optional<org.iprstudio.domain.StudyLook> look = opened.firstLook();
        if (look.isEmpty() || !tree.selectSession(state.labelOf(look.get().study().session(look.get().sessionId())))) {
            tree.selectFirstSession(); // a first look shows its own session (decision 0026)
        }
        if (!opened.isWhole()) {
            awaitWholeStudy(opened);
        }
        if (lookTaken != null) {
            PreloadedStudy shown = lookTaken;
            lookTaken = null;
            whenTheWindowIsIdle(shown::shown); // the view painted first, then the rest of the study is read
        }
        host.studyOpened(); // may ask who is working, and wait for the answer
        return true;
    }

    /**
     * Runs a task once the event thread has had nothing queued for a fifth of a second (the view just
     * built is laid out and painted, and what it queued after is done), or after three seconds.
     */
    private static void whenTheWindowIsIdle(Runnable task) {
        long until = System.nanoTime() + 3_000_000_000L;
        int[] idle = new int[1];
        javax.swing.Timer poll = new javax.swing.Timer(40, null);
        poll.addActionListener(e -> {
            idle[0] = java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().peekEvent() == null ? idle[0] + 1 : 0;
            if (idle[0] >= 5 || System.nanoTime() > until) {
                poll.stop();
                task.run();
            }
        });
        poll.start();
    }

    /**
     * A large study shows its first look while the rest is read (decision 0026): once it is, the tabs
     * that show the whole study are built; if it cannot be read, the study closes with the reason.
     */
    private void awaitWholeStudy(StudyService opened) {
        opened.setWaitNotice(waiting -> {
            if (javax.swing.SwingUtilities.isEventDispatchThread()) { // a change, or another session, waits for the rest of the study
                owner.getRootPane().setCursor(waiting ? java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.WAIT_CURSOR) : null);
            }
        });
        opened.whenWhole((wasRead, readFailure) -> javax.swing.SwingUtilities.invokeLater(() -> {
            if (state.service() != opened || !owner.isDisplayable()) {
                return; // closed, another study opened, or the window gone, meanwhile
            }
            boolean read = wasRead;
            Throwable failure = readFailure;
            if (read) {
                try {
                    opened.study(); // the whole study from now on, with the changes made to the look: the coding panels hear of it
                } catch (RuntimeException e) {
                    failure = e; // a change made to the look that the whole study refuses (decision 0027)
                    read = false;
                }
            }
            if (read) {
                workspace.wholeStudyRead();
                status.setText(state.studyStatus());
            } else {
                String closed = Texts.get(opened.changedTheLook() ? "error.wholeStudyReadChangesKept" : "error.wholeStudyRead");
                close();
                clearView();
                JOptionPane.showMessageDialog(owner, wrapped(closed + " " + ErrorText.of(failure)),
                        Texts.get("error.openTitle"), JOptionPane.ERROR_MESSAGE);
            }
        }));
    }

    /** Whether a study is being read (the window goes on painting meanwhile). */
    private boolean opening;

    /** The preload taken by the open under way, told once its study is on show (null otherwise). */
    private PreloadedStudy lookTaken;

    /** The study named at the start, being read since then (null once taken or if none). */
    private PreloadedStudy preloaded;

    /** The study file named at the program's start is being read already: the first open of it takes that read. */
    void preloaded(PreloadedStudy study) {
        this.preloaded = study;
    }

    /**
     * Study files from this size on are read off the event thread (the demo study is 2 MB and read in
     * a fraction of a second; the million-moment one is 518 MB and takes seconds). Tests lower it.
     */
    static long offThreadFromBytes = 16L << 20;

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // the store's open says what is wrong with it
        }
    }

    /**
     * Reads the study on a thread of its own: a large study takes seconds, and the window goes on
     * painting meanwhile; after a moment the status line says what is being read and the pointer waits.
     */
    private StudyService loadWhileTheWindowPaints(Path file) {
        PreloadedStudy ready = preloaded;
        preloaded = null;
        if (ready != null && !ready.isFor(file)) {
            ready.discard();
            ready = null;
        }
        if (ready == null && sizeOf(file) < offThreadFromBytes) {
            return load(file); // read in well under a second: the window has no time to be used meanwhile
        }
        if (ready == null) {
            ready = PreloadedStudy.start(files, file); // a large study opened from the window gets its first look too (decision 0026)
        }
        PreloadedStudy reading = ready;
        lookTaken = ready;
        String before = status.getText();
        javax.swing.Timer notice = new javax.swing.Timer(300, e -> {
            status.setText(Texts.get("status.opening", file.getFileName()));
            owner.getRootPane().setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.WAIT_CURSOR));
        });
        notice.setRepeats(false);
        notice.start();
        opening = true;
        // what would start another study meanwhile waits: its buttons, menu items and shortcuts are off while this one is read
        List<Action> paused = java.util.stream.Stream.of(open, demo, setup.newStudy).filter(Action::isEnabled).toList();
        paused.forEach(a -> a.setEnabled(false));
        try {
            return org.iprstudio.ui.common.OffTheEventThread.run("study reader", reading::take);
        } finally {
            paused.forEach(a -> a.setEnabled(true));
            opening = false;
            notice.stop();
            owner.getRootPane().setCursor(null);
            status.setText(before);
        }
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

    /** Closes the open study (its setup view, its coding state, its file and lock); the view stays until the next study replaces it. */
    void close() {
        setup.closeSetup();
        if (state.coding() != null) {
            state.coding().close();
            state.setCoding(null, null);
        }
        if (state.service() != null) {
            state.service().close();
            state.setService(null);
            state.setCurrentSession(null);
        }
    }

    private void clearView() {
        host.showStart();
        status.setText(Texts.get("status.noStudy"));
        tree.clear();
        timeline.showNoSession();
        transcript.setTranscript(null);
        timeline.view().setLinks(List.of());
        if (player != null) {
            player.pause();
        }
        workspace.clear();
    }

    /** Rebuilds the tree and the timeline after the study changed elsewhere (a recall), keeping the session. */
    void refresh(Session session) {
        tree.show(state.service().study());
        state.setCurrentSession(null);
        tree.selectSession(state.labelOf(session));
    }

    /** After a setup edit: the tree shows the new sites, dyads and sessions; the session on show stays unless it went or got another video. */
    void structureChanged() {
        if (state.service() == null) {
            return;
        }
        Session before = state.currentSession();
        Optional<Session> now = before == null ? Optional.empty()
                : state.service().study().find(before.id()).filter(Session.class::isInstance).map(Session.class::cast);
        tree.show(state.service().study());
        if (now.isPresent()) {
            if (!java.util.Objects.equals(now.get().media(), before.media())) {
                state.setCurrentSession(null); // its video changed: load the new one
            }
            tree.selectSession(state.labelOf(now.get()));
        } else {
            state.setCurrentSession(null);
            tree.selectFirstSession();
        }
    }

    private void chooseAndOpen() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("chooser.studyFiles"), "iprs"));
        if (chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    private void openDemo() {
        try {
            open(new DemoStudy(files).install(false));
        } catch (RuntimeException e) { // a store, JSON or domain problem: all carry a message for the user
            JOptionPane.showMessageDialog(owner, ErrorText.of(e), Texts.get("error.openTitle"), JOptionPane.ERROR_MESSAGE);
        }
    }
}
