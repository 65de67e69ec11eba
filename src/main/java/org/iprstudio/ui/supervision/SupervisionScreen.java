package org.iprstudio.ui.supervision;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
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
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.supervision.SupervisionInfo;
import org.iprstudio.app.supervision.SupervisionRecall;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;
import org.iprstudio.ui.common.OnTextChange;

/**
 * The screen a trainee and a supervisor use together over the trainee's recorded session: the
 * video, a stop button for each of them, the stops with what the trainee recalls and the
 * supervisor's feedback, learning points, and the meeting's summary. It is built from a
 * {@link SupervisionRecall} alone, so the client's recall of the session is out of its reach
 * except through "Compare with the client's view", which the supervisor opens deliberately and
 * which is recorded.
 */
public final class SupervisionScreen extends JFrame {
    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font BIG = new Font(Font.SANS_SERIF, Font.BOLD, 19);
    private static final long BACK_MS = 5_000;

    private final SupervisionRecall recall;
    private final SupervisionInfo info;
    private final MediaPlayer player;
    private final Runnable onLeave;
    private final JButton playOrPause = new JButton();
    private final JButton traineeStops = new JButton(Texts.get("supervision.traineeStops"));
    private final JButton supervisorStops = new JButton(Texts.get("supervision.supervisorStops"));
    private final JButton back = new JButton(Texts.get("supervision.back"));
    private final JButton deleteStop = new JButton(Texts.get("supervision.deleteStop"));
    private final JButton compare = new JButton(Texts.get("supervision.compare"));
    private final JButton leave = new JButton(Texts.get("supervision.leave"));
    private final JLabel clock = new JLabel("0:00");
    private final JLabel state = new JLabel(" ");
    private final DefaultListModel<SupervisionMoment> stopList = new DefaultListModel<>();
    private final JList<SupervisionMoment> stops = new JList<>(stopList);
    private final JTextArea summary = new JTextArea(3, 20);
    private final Timer summarySoon = new Timer(700, e -> saveSummary());
    private final Timer ticker = new Timer(200, e -> tick());
    private final StopForm form;
    private boolean loaded;

    public SupervisionScreen(SupervisionRecall recall, MediaPlayer player, Runnable onLeave) {
        super(Texts.get("supervision.title"));
        this.recall = recall;
        this.info = recall.info();
        this.player = player;
        this.onLeave = onLeave;
        setName("supervisionScreen");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        form = new StopForm(info.questions(), info.helpfulness(), BASE, this::saveStop, new StopForm.Points() {
            @Override
            public LearningPoint add(SupervisionMoment stop, String text) {
                return guarded(() -> recall.addLearningPoint(stop.id(), text));
            }

            @Override
            public List<LearningPoint> of(SupervisionMoment stop) {
                return recall.learningPoints(stop.id());
            }
        });
        summarySoon.setRepeats(false);

        JPanel root = new JPanel(new BorderLayout(10, 10));
        root.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        root.add(header(), BorderLayout.NORTH);
        JPanel centre = new JPanel(new BorderLayout(0, 8));
        JComponent video = (JComponent) player.view();
        video.setName("supervisionVideo");
        video.setPreferredSize(new Dimension(640, 360));
        centre.add(video, BorderLayout.CENTER);
        centre.add(controls(), BorderLayout.SOUTH);
        root.add(centre, BorderLayout.CENTER);
        root.add(side(), BorderLayout.EAST);
        setContentPane(root);

        player.addListener(new PlaybackListener() {
            @Override
            public void loaded(MediaTime duration) {
                loaded = true;
                showPlaying();
                setState(Texts.get("supervision.state.ready"));
            }

            @Override
            public void playing() {
                ticker.start();
                showPlaying();
            }

            @Override
            public void paused() {
                ticker.stop();
                showPlaying();
                tick();
            }

            @Override
            public void finished() {
                paused();
            }

            @Override
            public void failed(String message) {
                setState(message);
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                askToLeave();
            }
        });
        refreshStops(null);
        showPlaying();
        info.video().ifPresentOrElse(path -> player.load(path, false), () -> setState(Texts.get("supervision.state.noVideo")));
    }

    private JPanel header() {
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow][]"));
        JLabel title = new JLabel(Texts.get("supervision.header", info.dyadCode(), info.sessionNumber(), info.traineeCode(), info.supervisorCode(),
                org.iprstudio.ui.common.LocalFormats.date(info.date())));
        title.setName("supervisionHeader");
        title.setFont(BIG);
        header.add(title);
        leave.setName("leaveSupervision");
        leave.addActionListener(e -> askToLeave());
        header.add(leave);
        return header;
    }

    private JPanel controls() {
        JPanel controls = new JPanel(new MigLayout("insets 0, fillx", "[][][grow, fill][grow, fill][]"));
        back.setName("back5");
        back.addActionListener(e -> {
            if (loaded) {
                player.seek(player.time().minusClamped(MediaTime.ofMillis(BACK_MS)));
                tick();
            }
        });
        playOrPause.setName("playOrPause");
        playOrPause.setFont(BIG);
        playOrPause.addActionListener(e -> {
            if (!loaded) {
                return;
            }
            if (player.isPlaying()) {
                player.pause();
            } else {
                player.play();
                setState(Texts.get("supervision.state.playing"));
            }
        });
        traineeStops.setName("traineeStops");
        traineeStops.setFont(BIG);
        traineeStops.addActionListener(e -> stopHere(StoppedBy.TRAINEE));
        supervisorStops.setName("supervisorStops");
        supervisorStops.setFont(BIG);
        supervisorStops.addActionListener(e -> stopHere(StoppedBy.SUPERVISOR));
        clock.setName("supervisionClock");
        clock.setFont(BIG);
        controls.add(back, "h 48!");
        controls.add(playOrPause, "h 56!, w 150!");
        controls.add(traineeStops, "h 56!");
        controls.add(supervisorStops, "h 56!");
        controls.add(clock, "gapleft 10, w 96!, wrap");
        state.setName("supervisionState");
        controls.add(state, "span, growx, wmin 10");
        return controls;
    }

    private JComponent side() {
        JPanel side = new JPanel(new MigLayout("wrap 1, insets 0 6 0 0, fill", "[grow, fill, 420:470:520]", "[][96!][][grow, fill][][][]"));
        side.setName("supervisionSide");
        JLabel stopsLabel = new JLabel(Texts.get("supervision.stops"));
        stopsLabel.setFont(BASE.deriveFont(Font.BOLD));
        side.add(stopsLabel);
        stops.setName("stops");
        stops.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        stops.setCellRenderer((list, m, index, selected, focused) -> {
            String words = m.recall().isBlank() ? Texts.get("supervision.noWords") : firstLine(m.recall());
            JLabel l = new JLabel(m.anchor().toShortClock() + "  " + Texts.get("supervision.by." + m.stoppedBy().name()) + "  " + words);
            l.setOpaque(true);
            l.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
            l.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            l.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            return l;
        });
        stops.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                form.show(stops.getSelectedValue());
                SupervisionMoment chosen = stops.getSelectedValue();
                if (chosen != null && loaded && !player.isPlaying()) {
                    player.seek(chosen.anchor());
                    tick();
                }
            }
        });
        side.add(new JScrollPane(stops));
        deleteStop.setName("deleteStop");
        deleteStop.addActionListener(e -> deleteChosen());
        side.add(deleteStop, "right");
        JScrollPane formScroll = new JScrollPane(form, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        side.add(formScroll, "h 200::");
        JLabel summaryLabel = new JLabel(Texts.get("supervision.summary"));
        summaryLabel.setFont(BASE.deriveFont(Font.BOLD));
        side.add(summaryLabel);
        summary.setName("meetingSummary");
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        summary.setText(recall.summary());
        summary.setCaretPosition(0);
        OnTextChange.listen(summary.getDocument(), summarySoon::restart);
        side.add(new JScrollPane(summary), "h 60!");
        compare.setName("compareWithClient");
        compare.setToolTipText(Texts.get("supervision.compare.tip"));
        compare.addActionListener(e -> compareWithClient());
        side.add(compare, "right");
        return side;
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 48 ? line.substring(0, 45) + "..." : line;
    }

    /** The line under the buttons, wrapped to the width it has. */
    private void setState(String text) {
        state.setText("<html>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
    }

    private void showPlaying() {
        playOrPause.setText(Texts.get(player.isPlaying() ? "supervision.pause" : "supervision.play"));
        playOrPause.setEnabled(loaded);
        traineeStops.setEnabled(loaded);
        supervisorStops.setEnabled(loaded);
    }

    private void tick() {
        clock.setText(player.time().toShortClock());
    }

    /** Either of them stops: the video pauses and a stop is made at the frame on screen, recording who stopped. */
    void stopHere(StoppedBy who) {
        if (!loaded) {
            return;
        }
        MediaTime shown = player.shownFrameTime();
        player.pause();
        SupervisionMoment stop = guarded(() -> recall.stop(shown, who));
        if (stop == null) {
            return;
        }
        refreshStops(stop);
        form.focusRecall();
        setState(Texts.get("supervision.state.stopped", shown.toShortClock(), Texts.get("supervision.stoppedBy." + who.name())));
    }

    private void saveStop(SupervisionMoment edited) {
        if (guarded(() -> recall.update(edited)) != null) {
            int index = indexOf(edited);
            if (index >= 0) {
                stopList.set(index, edited); // the list shows the new words without moving the selection
            }
        }
    }

    private int indexOf(SupervisionMoment m) {
        for (int i = 0; i < stopList.size(); i++) {
            if (stopList.get(i).id().equals(m.id())) {
                return i;
            }
        }
        return -1;
    }

    private void deleteChosen() {
        SupervisionMoment chosen = stops.getSelectedValue();
        if (chosen == null) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(this, Texts.get("supervision.deleteStop.question", chosen.anchor().toShortClock()),
                Texts.get("supervision.deleteStop"), JOptionPane.YES_NO_OPTION);
        if (answer == JOptionPane.YES_OPTION) {
            form.show(null);
            if (guarded(() -> {
                recall.delete(chosen.id());
                return Boolean.TRUE;
            }) != null) {
                refreshStops(null);
            }
        }
    }

    private void refreshStops(SupervisionMoment select) {
        stopList.clear();
        recall.moments().forEach(stopList::addElement);
        if (select != null) {
            stops.setSelectedIndex(indexOf(select));
            stops.ensureIndexIsVisible(stops.getSelectedIndex());
        } else {
            form.show(null);
        }
    }

    private void saveSummary() {
        summarySoon.stop();
        guarded(() -> {
            recall.setSummary(summary.getText());
            return Boolean.TRUE;
        });
    }

    /** Asks first (the opening is recorded for good), then shows the client's own recall of the session. */
    private void compareWithClient() {
        form.flush();
        if (recall.clientViewOpenedAt().isEmpty()) {
            int answer = JOptionPane.showConfirmDialog(this, Texts.get("supervision.compare.question", info.dyadCode(), info.sessionNumber()),
                    Texts.get("supervision.compare"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer != JOptionPane.YES_OPTION) {
                return;
            }
        }
        var lines = guarded(recall::openClientView);
        if (lines != null) {
            ClientViewDialog.show(this, info, lines, recall.moments());
        }
    }

    private void askToLeave() {
        form.flush();
        saveSummary();
        if (recall.guarded()) {
            JPasswordField field = new JPasswordField(16);
            field.setName("passphrase");
            int answer = JOptionPane.showConfirmDialog(this, new Object[] {Texts.get("supervision.leave.passphrase"), field},
                    Texts.get("supervision.leave"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
            char[] typed = field.getPassword();
            boolean open = answer == JOptionPane.OK_OPTION && recall.unlocks(typed);
            java.util.Arrays.fill(typed, '\0');
            if (!open) {
                if (answer == JOptionPane.OK_OPTION) {
                    JOptionPane.showMessageDialog(this, Texts.get("supervision.leave.wrong"), Texts.get("supervision.leave"), JOptionPane.WARNING_MESSAGE);
                }
                return;
            }
        }
        dispose();
        onLeave.run();
    }

    /** Runs a change; if the study file refuses it, says so plainly and returns null (nothing was saved). */
    private <T> T guarded(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(this, Texts.get("supervision.notSaved", ErrorText.of(e)), Texts.get("supervision.title"),
                    JOptionPane.ERROR_MESSAGE);
            return null;
        }
    }

    @Override
    public void dispose() {
        form.stopTimers();
        summarySoon.stop();
        ticker.stop();
        player.close();
        super.dispose();
    }
}
