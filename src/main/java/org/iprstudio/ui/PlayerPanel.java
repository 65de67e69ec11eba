package org.iprstudio.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Cursor;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;

/**
 * The video with its controls, or, when there is no video to show, a calm panel saying why and
 * what to do: no session chosen, a video that is missing or broken (with "Relink..."), or libVLC
 * not installed. While playing, a 25 Hz tick moves the clock and tells time listeners (the
 * timeline's playhead) the interpolated position, so both move smoothly.
 */
final class PlayerPanel extends JPanel {
    private static final String VIDEO = "video";
    private static final String MESSAGE = "message";
    private static final String NO_VLC = "noVlc";
    private static final int SLIDER_STEPS = 10_000;

    private final MediaPlayer player;
    private final PlayerActions actions;
    private final CardLayout cards = new CardLayout();
    private final JPanel screen = new JPanel(cards);
    private final JLabel title = new JLabel(" ");
    /** A warning about the video on show (its checksum no longer matches); hidden when there is none. */
    private final JLabel warning = new JLabel(" ");
    private final JTextArea message = messageArea();
    private final JButton relink = new JButton(Texts.get("player.relink"));
    private final JButton playPause = new JButton();
    private final JLabel clock = new JLabel(clockText(MediaTime.ZERO, null));
    private final JSlider position = new JSlider(0, SLIDER_STEPS, 0);
    private final JComboBox<String> rate = new JComboBox<>();
    private final JToggleButton muteButton = new JToggleButton(Texts.get("player.mute"));
    private final JSlider volume = new JSlider(0, 200, 100);
    private final Timer ticker = new Timer(40, e -> tick());
    private final List<Consumer<MediaTime>> timeListeners = new CopyOnWriteArrayList<>();
    private Runnable relinkAction = () -> { };
    /** Where to start once the loading video is ready (a moment chosen in another session). */
    private MediaTime pendingStart;
    private Runnable relinkOnFailure;
    private boolean adjustingSlider;
    private boolean loaded;

    PlayerPanel(MediaPlayer player, String vlcProblem, String installCommand) {
        super(new BorderLayout());
        this.player = player;
        this.actions = new PlayerActions(player, this, this::showRate);
        setName("playerPanel");
        title.setName("playerTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 2f));
        title.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        warning.setName("playerWarning");
        warning.setForeground(UIManager.getColor("Component.error.focusedBorderColor") != null
                ? UIManager.getColor("Component.error.focusedBorderColor") : java.awt.Color.RED.darker());
        warning.setBorder(BorderFactory.createEmptyBorder(0, 10, 4, 10));
        warning.setVisible(false);
        JPanel heading = new JPanel(new BorderLayout());
        heading.add(title, BorderLayout.NORTH);
        heading.add(warning, BorderLayout.SOUTH);
        add(heading, BorderLayout.NORTH);
        add(screen, BorderLayout.CENTER);
        add(controls(), BorderLayout.SOUTH);

        JPanel messagePanel = new JPanel(new MigLayout("fill, insets 24, wrap 1", "[center]", "push[][]push"));
        message.setName("playerMessage");
        relink.setName("relink");
        relink.addActionListener(e -> relinkAction.run());
        messagePanel.add(message, "w 80%");
        messagePanel.add(relink, "hidemode 3");
        screen.add(messagePanel, MESSAGE);
        screen.add(noVlcPanel(vlcProblem, installCommand), NO_VLC);
        if (player != null) {
            screen.add(player.view(), VIDEO);
            player.addListener(new Listener());
            showMessage(Texts.get("player.chooseSession"), null);
        } else {
            cards.show(screen, NO_VLC);
        }
        setControlsEnabled(false);
    }

    PlayerActions actions() {
        return actions;
    }

    MediaPlayer player() {
        return player;
    }

    /** Told the position at every tick while playing and after every seek or step. */
    void addTimeListener(Consumer<MediaTime> listener) {
        timeListeners.add(listener);
    }

    private JPanel controls() {
        // two rows, so that all of it fits beside the inspector on a 1280 px wide screen: the position
        // with speed and sound above, the transport buttons with the clock below
        JPanel panel = new JPanel(new MigLayout("insets 2 10 6 10, fillx, wrap 1, gap 2", "[grow,fill]"));
        JPanel top = new JPanel(new MigLayout("insets 0, fillx, gap 4", "[grow,fill]8[][][]"));
        JPanel transport = new JPanel(new MigLayout("insets 0, gap 4", "[][][][]6[][][]12[]"));
        panel.add(top);
        panel.add(transport);
        position.setName("position");
        position.setFocusable(false);
        top.add(position, "wmin 120");
        transport.add(button("frameBack", actions.frameBack));
        transport.add(button("back10", actions.back10));
        transport.add(button("back2", actions.back2));
        playPause.setAction(actions.playPause);
        playPause.setName("playPause");
        playPause.setFocusable(false);
        playPause.setText(Texts.get("player.play"));
        transport.add(playPause, "w 76!");
        transport.add(button("forward2", actions.forward2));
        transport.add(button("forward10", actions.forward10));
        transport.add(button("frameForward", actions.frameForward));
        position.addChangeListener(e -> {
            if (!adjustingSlider && player != null && player.duration().isPresent() && position.getValueIsAdjusting()) {
                long target = Math.round(player.duration().get().millis() * (position.getValue() / (double) SLIDER_STEPS));
                player.seek(MediaTime.ofMillis(target));
            }
        });
        clock.setName("clock");
        clock.setFont(new Font(Font.MONOSPACED, Font.PLAIN, clock.getFont().getSize() + 1));
        clock.setToolTipText(Texts.get("player.clockTip"));
        clock.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        clock.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (actions.goToTime.isEnabled()) {
                    actions.goToTime.actionPerformed(null);
                }
            }
        });
        transport.add(clock);
        for (double r : PlayerActions.RATES) {
            rate.addItem(rateText(r));
        }
        rate.setSelectedItem(rateText(1.0));
        rate.setName("rate");
        rate.setFocusable(false);
        rate.setToolTipText(Texts.get("player.rateTip"));
        rate.addActionListener(e -> {
            int i = rate.getSelectedIndex();
            if (i >= 0 && player != null && Math.abs(player.rate() - PlayerActions.RATES[i]) > 1e-6) {
                actions.setRate(PlayerActions.RATES[i]);
            }
        });
        top.add(rate);
        muteButton.setName("mute");
        muteButton.setFocusable(false);
        muteButton.setToolTipText(Texts.get("action.mute.name") + " (" + keyText(actions.mute) + ")");
        muteButton.addActionListener(e -> player.setMuted(muteButton.isSelected()));
        top.add(muteButton);
        volume.setName("volume");
        volume.setFocusable(false);
        volume.setToolTipText(Texts.get("player.volumeTip"));
        volume.addChangeListener(e -> {
            if (player != null && volume.getValueIsAdjusting()) {
                player.setVolume(volume.getValue());
            }
        });
        top.add(volume, "w 80!");
        return panel;
    }

    private static JButton button(String name, ShortcutAction action) {
        JButton b = new JButton(action);
        b.setName(name);
        b.setText((String) action.getValue(ShortcutAction.BUTTON_TEXT));
        b.setToolTipText(action.getValue(Action.NAME) + " (" + keyText(action) + ")");
        b.setFocusable(false); // keys stay with the shortcuts: Space must never press a focused "+10 s"
        b.putClientProperty("JComponent.minimumWidth", 44); // FlatLaf's 72 px default makes the row too wide for a laptop
        return b;
    }

    static String keyText(ShortcutAction action) {
        return action.shortcut() == null ? "" : ShortcutsDialog.describe(action.shortcut());
    }

    private static String rateText(double r) {
        return org.iprstudio.ui.common.LocalFormats.decimal(r, 2) + "x"; // 1,5x in Norwegian
    }

    private void showRate(double r) {
        rate.setSelectedItem(rateText(r));
    }

    private static JTextArea messageArea() {
        JTextArea area = new JTextArea();
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setFont(area.getFont().deriveFont(area.getFont().getSize2D() + 2f));
        return area;
    }

    private JPanel noVlcPanel(String problem, String installCommand) {
        JPanel panel = new JPanel(new MigLayout("wrap 1, insets 24, fillx", "[grow, fill]"));
        panel.setName("noVlcPanel");
        JLabel heading = new JLabel(Texts.get("noVlc.heading"));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 4f));
        panel.add(heading);
        JTextArea explanation = messageArea();
        explanation.setText(Texts.get("noVlc.explanation", problem == null ? "" : problem));
        panel.add(explanation);
        // a wrapping text area, not a field: the whole command stays visible however narrow the window
        JTextArea command = new JTextArea(installCommand);
        command.setName("installCommand");
        command.setEditable(false);
        command.setLineWrap(true);
        command.setWrapStyleWord(true);
        command.setBorder(BorderFactory.createCompoundBorder(UIManager.getBorder("TextField.border"), BorderFactory.createEmptyBorder(2, 4, 2, 4)));
        command.setFont(new Font(Font.MONOSPACED, Font.PLAIN, command.getFont().getSize() + 1));
        JButton copy = new JButton(Texts.get("noVlc.copy"));
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(installCommand), null));
        JPanel row = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill][]"));
        row.add(command);
        row.add(copy, "top");
        panel.add(row);
        JTextArea after = messageArea();
        after.setText(Texts.get("noVlc.after"));
        panel.add(after);
        return panel;
    }

    /** Shows and plays a session's video; if it turns out broken, {@code relinkHandler} is offered. */
    void show(String heading, Path video, boolean autoPlay, Runnable relinkHandler) {
        title.setText(heading);
        showWarning(null);
        relinkOnFailure = relinkHandler;
        if (player == null) {
            return;
        }
        ticker.stop();
        loaded = false;
        pendingStart = null;
        setControlsEnabled(false);
        cards.show(screen, VIDEO);
        clearNotConfirmed();
        player.load(video, autoPlay);
    }

    /** The warning shown because a paused seek got no answer (null: none shown). */
    private String notConfirmed;
    private MediaTime notConfirmedAt;

    private void clearNotConfirmed() {
        if (notConfirmed != null && notConfirmed.equals(warningText())) {
            showWarning(null);
        }
        notConfirmed = null;
    }

    /** Shows a warning above the video (null: none). */
    void showWarning(String text) {
        warning.setText(text == null ? " " : text);
        warning.setToolTipText(text);
        warning.setVisible(text != null);
        revalidate();
    }

    String warningText() {
        return warning.isVisible() ? warning.getText() : null;
    }

    /** Shows why there is no video; with a relink action, offers to pick the moved file. */
    void showProblem(String heading, String why, Runnable relinkHandler) {
        title.setText(heading);
        showWarning(null);
        if (player != null) {
            ticker.stop();
            player.pause();
            loaded = false;
            showMessage(why, relinkHandler);
        }
    }

    private void showMessage(String text, Runnable relinkHandler) {
        message.setText(text);
        relinkAction = relinkHandler == null ? () -> { } : relinkHandler;
        relink.setVisible(relinkHandler != null);
        cards.show(screen, MESSAGE);
        setControlsEnabled(false);
    }

    void seek(MediaTime time) {
        if (player != null && loaded) {
            player.seek(time);
        }
    }

    /** Seeks there and waits, paused, for Play; if the video is still loading, it goes there as soon as it is loaded. */
    void cue(MediaTime time) {
        if (player == null) {
            return;
        }
        if (loaded) {
            if (player.isPlaying()) {
                player.pause();
            }
            player.seek(time);
        } else {
            pendingStart = time;
        }
    }

    boolean isLoaded() {
        return loaded;
    }

    private void setControlsEnabled(boolean enabled) {
        actions.setEnabled(enabled);
        position.setEnabled(enabled);
        rate.setEnabled(enabled);
        muteButton.setEnabled(enabled);
        volume.setEnabled(enabled);
    }

    private void tick() {
        MediaTime now = player.time();
        MediaTime length = player.duration().orElse(null);
        clock.setText(clockText(now, length));
        if (length != null && !position.getValueIsAdjusting()) {
            adjustingSlider = true;
            position.setValue((int) Math.round(SLIDER_STEPS * (now.millis() / (double) length.millis())));
            adjustingSlider = false;
        }
        for (Consumer<MediaTime> listener : timeListeners) {
            listener.accept(now);
        }
    }

    private static String clockText(MediaTime now, MediaTime length) {
        return now.toClock().substring(0, 10) + " / " + (length == null ? "--:--:--.-" : length.toClock().substring(0, 10));
    }

    private final class Listener implements PlaybackListener {
        @Override
        public void loaded(MediaTime duration) {
            loaded = true;
            if (pendingStart != null) {
                MediaTime start = pendingStart;
                pendingStart = null;
                player.seek(start);
            }
            setControlsEnabled(true);
            muteButton.setSelected(player.isMuted());
            tick();
        }

        @Override
        public void playing() {
            playPause.setText(Texts.get("player.pause"));
            ticker.start();
            clearNotConfirmed();
        }

        @Override
        public void pictureNotConfirmed(MediaTime position) {
            if (warningText() == null) { // a checksum warning says more: it stays
                notConfirmed = Texts.get("player.pictureNotConfirmed", position.toShortClock());
                notConfirmedAt = position;
                showWarning(notConfirmed);
            }
        }

        @Override
        public void paused() {
            playPause.setText(Texts.get("player.play"));
            ticker.stop();
            tick();
        }

        @Override
        public void finished() {
            paused();
        }

        @Override
        public void timeChanged(MediaTime time) {
            if (notConfirmed != null && !time.equals(notConfirmedAt)) {
                clearNotConfirmed(); // moved on: the new position's picture is asked for
            }
            if (!ticker.isRunning()) {
                tick();
            }
        }

        @Override
        public void failed(String why) {
            ticker.stop();
            loaded = false;
            showMessage(Texts.get("player.failed", why), relinkOnFailure);
        }
    }

    /** The text of the message card, for tests. */
    String messageText() {
        return message.getText();
    }
}
