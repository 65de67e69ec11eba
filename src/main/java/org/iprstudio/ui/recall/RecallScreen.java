package org.iprstudio.ui.recall;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.WindowConstants;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.RecallInfo;
import org.iprstudio.app.RecallSession;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;
import org.iprstudio.ui.common.FirstFocus;
import org.iprstudio.ui.timeline.TimelineLane;
import org.iprstudio.ui.timeline.TimelineView;

/**
 * The screen a client or a therapist uses, with an interviewer beside them: the video, one big
 * button, their own moments and a calm form beside the video. It is built from a
 * {@link RecallSession} alone, so it has no way to reach another perspective's moments; and
 * it cannot be left without the study passphrase.
 */
public final class RecallScreen extends JFrame {
    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 19);
    private static final Font BIG = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    private static final long BACK_MS = 5_000;

    private final RecallSession session;
    private final RecallInfo info;
    private final MediaPlayer player;
    private final Runnable onLeave;
    private final JButton stopOrContinue = new JButton();
    private final JButton back = new JButton(RecallTexts.get("button.back"));
    private final JButton undo = new JButton(RecallTexts.get("button.undo"));
    private final JButton delete = new JButton(RecallTexts.get("button.delete"));
    private final JButton leave = new JButton(RecallTexts.get("button.leave"));
    private final JLabel clock = new JLabel("0:00 / 0:00");
    private final JLabel state = new JLabel(" ");
    private final TimelineView timeline = new TimelineView();
    private final DefaultListModel<Moment> momentList = new DefaultListModel<>();
    private final JList<Moment> moments = new JList<>(momentList);
    private final MomentForm form;
    private final javax.swing.Timer ticker = new javax.swing.Timer(40, e -> tick());
    private final SpaceKey spaceKey;
    private boolean loaded;
    private boolean leaving;
    private final SavingNotice saving = new SavingNotice(this, state, this::setState);
    /** The session's words, or null when the study's protocol keeps them off the recall screen. */
    private final RecallWords words;

    public RecallScreen(RecallSession session, MediaPlayer player, Runnable onLeave) {
        super(RecallTexts.get("title"));
        this.session = session;
        this.info = session.info();
        this.player = player;
        this.onLeave = onLeave;
        List<org.iprstudio.app.RecallLine> lines = session.transcriptLines();
        this.words = lines.isEmpty() ? null : new RecallWords(lines);
        setName("recallScreen");
        setUndecorated(true);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        form = new MomentForm(info, BASE, this::save);
        spaceKey = new SpaceKey(this, form::isTypingSpace, this::stopOrContinue);
        spaceKey.install();

        JPanel root = new JPanel(new BorderLayout(12, 12));
        root.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        root.add(header(), BorderLayout.NORTH);
        JPanel centre = new JPanel(new BorderLayout(0, 8));
        JComponent video = (JComponent) player.view();
        video.setName("recallVideo");
        video.setPreferredSize(new Dimension(800, 450));
        video.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (player.isPlaying()) {
                    stopHere(Initiator.PARTICIPANT);
                }
            }
        });
        centre.add(video, BorderLayout.CENTER);
        centre.add(wordsAndControls(), BorderLayout.SOUTH);
        root.add(centre, BorderLayout.CENTER);
        root.add(sidePanel(getWidth()), BorderLayout.EAST);
        setContentPane(root);
        bindKeys(root);

        player.addListener(new Listener());
        timeline.addListener(new TimelineView.Listener() {
            @Override
            public void seekRequested(MediaTime time) {
                if (loaded) {
                    player.seek(time);
                }
            }

            @Override
            public void momentSelected(Moment moment) {
                moments.setSelectedValue(moment, true);
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                askToLeave();
            }
        });
        addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowLostFocus(WindowEvent e) {
                // switching away mid-recall stops the video; coming back goes on from the same place
                if (player.isPlaying() && !leaving) {
                    player.pause();
                }
            }
        });
        refreshMoments(null);
        showPlaying(false);
        info.video().ifPresentOrElse(path -> player.load(path, false), () -> setState(RecallTexts.get("state.noVideo")));
    }

    private JPanel header() {
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow][][]"));
        JLabel title = new JLabel(RecallTexts.get("header", info.sessionNumber()));
        title.setFont(BIG);
        header.add(title);
        JLabel who = new JLabel(RecallTexts.get("header.who", info.participantCode()));
        who.setFont(BASE);
        header.add(who, "gapright 24");
        leave.setName("leave");
        leave.setFont(BASE);
        leave.setFocusable(false);
        leave.addActionListener(e -> askToLeave());
        header.add(leave);
        return header;
    }

    private JPanel controls() {
        JPanel controls = new JPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]"));
        timeline.setName("recallTimeline");
        timeline.setPreferredSize(new Dimension(800, 26 + 46 + 6));
        controls.add(timeline, "w 200:800:, growx");
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[]12[grow, fill, 180::]12[]"));
        back.setName("back5");
        back.setFont(BASE);
        back.setFocusable(false);
        back.addActionListener(e -> backFiveSeconds());
        buttons.add(back, "h 56!");
        stopOrContinue.setName("stopOrContinue");
        stopOrContinue.setFont(BIG);
        stopOrContinue.setFocusable(false);
        stopOrContinue.addActionListener(e -> stopOrContinue(Initiator.PARTICIPANT));
        buttons.add(stopOrContinue, "h 64!");
        undo.setName("undo");
        undo.setFont(BASE);
        undo.setFocusable(false);
        undo.addActionListener(e -> undoLastMark());
        buttons.add(undo, "h 56!");
        controls.add(buttons, "w 200::, growx");
        JPanel stateRow = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill, 100::][]"));
        state.setName("recallState");
        state.setFont(BASE.deriveFont(17f));
        stateRow.add(state);
        clock.setName("recallClock");
        clock.setFont(BIG);
        stateRow.add(clock, "gapleft 12");
        controls.add(stateRow, "w 200::, growx");
        return controls;
    }

    /**
     * The prompts, the form and the participant's moments, beside the video. On a wide screen the
     * panel takes three tenths of the width (the picture is limited by the height there), so the
     * form's questions take fewer lines and the form needs less scrolling.
     */
    private JComponent sidePanel(int screenWidth) {
        int width = Math.max(460, Math.min(640, screenWidth * 3 / 10));
        JPanel side = new JPanel(new MigLayout("wrap 1, insets 0 8 0 0, fill", "[grow, fill, 430:" + width + ":" + width + "]",
                "[][grow, fill][][][]"));
        side.setName("recallSide");
        JTextArea prompts = new JTextArea(String.join("\n", info.prompts().stream().map(p -> "\u2022 " + p).toList()));
        prompts.setName("prompts");
        prompts.setEditable(false);
        prompts.setFocusable(false);
        prompts.setLineWrap(true);
        prompts.setWrapStyleWord(true);
        prompts.setOpaque(false);
        prompts.setFont(BASE.deriveFont(Font.ITALIC, 15f));
        prompts.setBorder(BorderFactory.createTitledBorder(RecallTexts.get("side.prompts")));
        side.add(prompts);
        JScrollPane formScroll = new JScrollPane(form, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.getVerticalScrollBar().setUnitIncrement(24);
        side.add(formScroll, "h 200::");
        javax.swing.JTextArea yours = new javax.swing.JTextArea(RecallTexts.get("side.yourMoments")); // wraps rather than being cut
        yours.setLineWrap(true);
        yours.setWrapStyleWord(true);
        yours.setEditable(false);
        yours.setFocusable(false);
        yours.setOpaque(false);
        yours.setFont(BASE.deriveFont(Font.BOLD));
        side.add(yours, "gaptop 8");
        moments.setName("ownMoments");
        moments.setFont(BASE.deriveFont(16f));
        moments.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        moments.setCellRenderer((list, m, index, selected, focused) -> {
            JLabel label = new JLabel(m.anchor().toShortClock() + "   " + (m.comment().isBlank() ? RecallTexts.get("side.noWords") : firstLine(m.comment())));
            label.setOpaque(true);
            label.setFont(list.getFont());
            label.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
            label.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            return label;
        });
        moments.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                chosen(moments.getSelectedValue());
            }
        });
        side.add(new JScrollPane(moments), "h 110!");
        delete.setName("delete");
        delete.setFont(BASE);
        delete.addActionListener(e -> deleteChosen());
        side.add(delete, "right");
        return side;
    }

    /** The line under the buttons that says what is going on, wrapped to the width it has. */
    private void setState(String text) {
        state.setText("<html>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    /** Saves pending typing, and releases the player the screen owns, however the screen is disposed. */
    @Override
    public void dispose() {
        spaceKey.uninstall();
        form.flush(); // typing not yet saved must not be saved by a timer after the screen (and perhaps the study) is gone
        ticker.stop();
        player.close();
        super.dispose();
    }

    /** Ctrl+Enter, Left, Ctrl+Z and Escape (Space: see {@link SpaceKey}); plain keys stand back while someone types. */
    private void bindKeys(JComponent root) {
        bind(root, "ctrl ENTER", "continue", false, this::continuePlaying);
        bind(root, "LEFT", "back", true, this::backFiveSeconds);
        bind(root, "ctrl Z", "undo", false, this::undoLastMark);
        bind(root, "ESCAPE", "leave", false, this::askToLeave);
    }

    private void bind(JComponent root, String key, String name, boolean plain, Runnable run) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }

            @Override
            public boolean accept(Object sender) {
                Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                if (plain && focus instanceof JTextComponent text && text.isEditable()) {
                    return false; // Left in the comment moves the caret
                }
                return super.accept(sender);
            }
        });
        // text areas and spinners keep their own keys; Escape and Ctrl+Enter must work from them too
        form.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key), name);
        form.getActionMap().put(name, root.getActionMap().get(name));
    }

    // ---- what the buttons and keys do ----------------------------------------------------------

    private void stopOrContinue(Initiator initiator) {
        if (!loaded) {
            return;
        }
        if (player.isPlaying()) {
            stopHere(initiator);
        } else {
            continuePlaying();
        }
    }

    /** Pauses and makes a moment at the frame that was on screen when the key was pressed. */
    void stopHere(Initiator initiator) {
        MediaTime shown = player.shownFrameTime(); // read before pausing: the picture the person reacted to
        player.pause();
        Moment moment;
        try {
            moment = session.mark(shown, initiator);
        } catch (RecallSession.NotSaved e) {
            saving.failed(RecallTexts.get("notSaved.stop", shown.toShortClock()), e);
            return;
        }
        refreshMoments(moment);
        form.showFromTop();
        form.focusComment();
        setState(RecallTexts.get("state.stopped", shown.toShortClock()));
        saving.worked();
    }

    private void continuePlaying() {
        if (!loaded) {
            return;
        }
        form.flush();
        moments.clearSelection();
        form.setMoment(null);
        getRootPane().requestFocusInWindow();
        player.play();
    }

    private void backFiveSeconds() {
        if (loaded) {
            player.seek(player.time().minusClamped(MediaTime.ofMillis(BACK_MS)));
        }
    }

    private void undoLastMark() {
        form.flush();
        java.util.Optional<Moment> undone;
        try {
            undone = session.undoLastMark();
        } catch (RecallSession.NotSaved e) {
            saving.failed(RecallTexts.get("notSaved.undo"), e);
            return;
        }
        undone.ifPresent(m -> {
            form.setMoment(null);
            refreshMoments(null);
            setState(RecallTexts.get("state.undone", m.anchor().toShortClock()));
        });
    }

    private void deleteChosen() {
        Moment chosen = moments.getSelectedValue();
        if (chosen == null) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(this, RecallTexts.get("delete.question", chosen.anchor().toShortClock()),
                RecallTexts.get("button.delete"), JOptionPane.YES_NO_OPTION);
        if (answer == JOptionPane.YES_OPTION) {
            try {
                session.delete(chosen.id());
            } catch (RecallSession.NotSaved e) {
                saving.failed(RecallTexts.get("notSaved.delete", chosen.anchor().toShortClock()), e);
                return;
            }
            form.setMoment(null);
            refreshMoments(null);
        }
    }

    private void chosen(Moment m) {
        if (m == null || (form.moment() != null && form.moment().id().equals(m.id()))) {
            return;
        }
        form.flush();
        form.setMoment(m);
        timeline.select(m);
        setState(RecallTexts.get("state.chosen", m.anchor().toShortClock())); // not the last stop's words any more
        if (loaded) {
            if (player.isPlaying()) {
                player.pause();
            }
            player.seek(m.playFrom());
        }
    }

    /** Saves a change of the form; false if the study file refused it (the screen has said so). */
    private boolean save(Moment changed) {
        try {
            session.update(changed);
        } catch (RecallSession.NotSaved | DomainException e) {
            saving.failed(RecallTexts.get("notSaved.moment", changed.anchor().toShortClock()), e);
            return false;
        }
        saving.worked();
        int index = indexOf(changed);
        if (index >= 0) {
            momentList.set(index, changed);
        }
        timeline.setLanes(List.of(ownLane()));
        return true;
    }

    private int indexOf(Moment m) {
        for (int i = 0; i < momentList.size(); i++) {
            if (momentList.get(i).id().equals(m.id())) {
                return i;
            }
        }
        return -1;
    }

    private void refreshMoments(Moment select) {
        momentList.clear();
        for (Moment m : session.moments()) {
            momentList.addElement(m);
        }
        timeline.setLanes(List.of(ownLane()));
        if (select != null) {
            moments.setSelectedValue(momentList.get(indexOf(select)), true);
            form.setMoment(select);
            timeline.select(select);
        }
        undo.setEnabled(!momentList.isEmpty());
    }

    /** The only lane this screen ever draws: its own pass. */
    private TimelineLane ownLane() {
        return TimelineLane.of(session.passId().toString(), RecallTexts.get("lane"), RecallTexts.get("lane.count", momentList.size()),
                session.moments());
    }

    private void askToLeave() {
        form.flush();
        boolean wasPlaying = player.isPlaying();
        if (wasPlaying) {
            player.pause();
        }
        JPasswordField field = new JPasswordField(18);
        field.setName("passphrase");
        FirstFocus.whenShown(field);
        JPanel ask = new JPanel(new MigLayout("wrap 1, insets 8"));
        ask.add(new JLabel(RecallTexts.get("leave.question")));
        ask.add(field, "growx");
        leaving = true;
        int answer = JOptionPane.showConfirmDialog(this, ask, RecallTexts.get("leave.title"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        char[] typed = field.getPassword();
        try {
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            if (!session.unlocks(typed)) {
                JOptionPane.showMessageDialog(this, RecallTexts.get("leave.wrong"), RecallTexts.get("leave.title"), JOptionPane.WARNING_MESSAGE);
                return;
            }
            int finished = JOptionPane.showConfirmDialog(this, RecallTexts.get("leave.finished"), RecallTexts.get("leave.title"),
                    JOptionPane.YES_NO_OPTION);
            if (finished != JOptionPane.YES_OPTION && finished != JOptionPane.NO_OPTION) {
                setState(RecallTexts.get("state.goesOn")); // Escape or the close box answers nothing: the pass stays as it was
                return;
            }
            if (finished == JOptionPane.YES_OPTION) {
                try {
                    session.finish();
                } catch (RecallSession.NotSaved e) {
                    saving.failed(RecallTexts.get("notSaved.finish"), e);
                    return;
                }
            }
            ticker.stop();
            player.close();
            dispose();
            onLeave.run();
        } finally {
            java.util.Arrays.fill(typed, '\0');
            leaving = false;
        }
    }

    // ---- the player's news -----------------------------------------------------------------------

    /** The controls, with the session's words above them when the study's protocol shows them during recall. */
    private JComponent wordsAndControls() {
        JComponent controls = controls();
        if (words == null) {
            return controls;
        }
        JPanel below = new JPanel(new BorderLayout(0, 8));
        words.setPreferredSize(new Dimension(200, 110));
        below.add(words, BorderLayout.NORTH);
        below.add(controls, BorderLayout.CENTER);
        return below;
    }

    private void tick() {
        MediaTime now = player.time();
        if (words != null) {
            words.setTime(now);
        }
        MediaTime length = player.duration().orElse(MediaTime.ZERO);
        clock.setText(now.toShortClock().replaceAll("\\.\\d$", "") + " / " + length.toShortClock());
        timeline.setPlayhead(now);
    }

    private void showPlaying(boolean playing) {
        stopOrContinue.setText(RecallTexts.get(playing ? "button.stop" : "button.continue"));
        stopOrContinue.setBackground(playing ? new Color(0xC6, 0x28, 0x28) : new Color(0x1B, 0x5E, 0x20));
        stopOrContinue.setForeground(Color.WHITE);
        stopOrContinue.setEnabled(loaded);
        back.setEnabled(loaded);
    }

    private final class Listener implements PlaybackListener {
        @Override
        public void loaded(MediaTime duration) {
            loaded = true;
            timeline.setSession(List.of(ownLane()), duration);
            showPlaying(false);
            setState(RecallTexts.get("state.ready"));
            tick();
        }

        @Override
        public void playing() {
            showPlaying(true);
            setState(RecallTexts.get("state.playing"));
            ticker.start();
        }

        @Override
        public void paused() {
            ticker.stop();
            showPlaying(false);
            tick();
        }

        @Override
        public void finished() {
            paused();
            setState(RecallTexts.get("state.end"));
        }

        @Override
        public void timeChanged(MediaTime time) {
            if (!ticker.isRunning()) {
                tick();
            }
        }

        @Override
        public void failed(String message) {
            loaded = false;
            showPlaying(false);
            setState(message);
        }
    }

    // ---- for tests -------------------------------------------------------------------------------

    TimelineView timeline() {
        return timeline;
    }

    MomentForm form() {
        return form;
    }

    /** The session's words, if the protocol shows them. */
    java.util.Optional<RecallWords> words() {
        return java.util.Optional.ofNullable(words);
    }
}
