package org.iprstudio.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Font;
import java.awt.datatransfer.StringSelection;
import java.awt.Toolkit;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;

/**
 * The video with its basic controls, or, when there is no video to show, a calm panel saying why
 * and what to do: no session chosen, a video that is missing or broken, or libVLC not installed.
 */
final class PlayerPanel extends JPanel {
    private static final String VIDEO = "video";
    private static final String MESSAGE = "message";
    private static final String NO_VLC = "noVlc";
    private static final int SLIDER_STEPS = 10_000;

    private final MediaPlayer player;
    private final CardLayout cards = new CardLayout();
    private final JPanel screen = new JPanel(cards);
    private final JLabel title = new JLabel(" ");
    private final JTextArea message = messageArea();
    private final JButton playPause = new JButton(Texts.get("player.play"));
    private final JLabel clock = new JLabel(clockText(MediaTime.ZERO, null));
    private final JSlider position = new JSlider(0, SLIDER_STEPS, 0);
    private final Timer ticker = new Timer(40, e -> refreshClock());
    private boolean adjustingSlider;

    PlayerPanel(MediaPlayer player, String vlcProblem, String installCommand) {
        super(new BorderLayout());
        this.player = player;
        setName("playerPanel");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 2f));
        title.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        add(title, BorderLayout.NORTH);
        add(screen, BorderLayout.CENTER);
        add(controls(), BorderLayout.SOUTH);

        JPanel messagePanel = new JPanel(new MigLayout("fill, insets 24", "[center]", "[center]"));
        message.setName("playerMessage");
        messagePanel.add(message, "w 80%");
        screen.add(messagePanel, MESSAGE);
        screen.add(noVlcPanel(vlcProblem, installCommand), NO_VLC);
        if (player != null) {
            screen.add(player.view(), VIDEO);
            player.addListener(new Listener());
            showMessage(Texts.get("player.chooseSession"));
        } else {
            cards.show(screen, NO_VLC);
        }
        setControlsEnabled(false);
    }

    private JPanel controls() {
        JPanel panel = new JPanel(new MigLayout("insets 6 10 8 10, fillx", "[][grow, fill][]"));
        playPause.setName("playPause");
        playPause.addActionListener(e -> togglePlay());
        position.setName("position");
        position.addChangeListener(e -> {
            if (!adjustingSlider && player != null && player.duration().isPresent() && position.getValueIsAdjusting()) {
                long target = Math.round(player.duration().get().millis() * (position.getValue() / (double) SLIDER_STEPS));
                player.seek(MediaTime.ofMillis(target));
            }
        });
        clock.setName("clock");
        clock.setFont(new Font(Font.MONOSPACED, Font.PLAIN, clock.getFont().getSize() + 1));
        panel.add(playPause, "w 90!");
        panel.add(position);
        panel.add(clock);
        return panel;
    }

    private static JTextArea messageArea() {
        JTextArea area = new JTextArea();
        area.setEditable(false);
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
        row.add(copy);
        panel.add(row);
        JTextArea after = messageArea();
        after.setText(Texts.get("noVlc.after"));
        panel.add(after);
        return panel;
    }

    /** Shows and plays a session's video. */
    void show(String heading, Path video) {
        title.setText(heading);
        if (player == null) {
            return;
        }
        ticker.stop();
        setControlsEnabled(false);
        cards.show(screen, VIDEO);
        player.load(video, true);
    }

    void showNothing(String heading, String why) {
        title.setText(heading);
        if (player != null) {
            player.pause();
            showMessage(why);
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        cards.show(screen, MESSAGE);
        setControlsEnabled(false);
    }

    private void togglePlay() {
        if (player == null) {
            return;
        }
        if (player.isPlaying()) {
            player.pause();
        } else {
            player.play();
        }
    }

    private void setControlsEnabled(boolean enabled) {
        playPause.setEnabled(enabled);
        position.setEnabled(enabled);
    }

    private void refreshClock() {
        MediaTime now = player.time();
        MediaTime length = player.duration().orElse(null);
        clock.setText(clockText(now, length));
        if (length != null && !position.getValueIsAdjusting()) {
            adjustingSlider = true;
            position.setValue((int) Math.round(SLIDER_STEPS * (now.millis() / (double) length.millis())));
            adjustingSlider = false;
        }
    }

    private static String clockText(MediaTime now, MediaTime length) {
        return now.toClock().substring(0, 10) + " / " + (length == null ? "--:--:--.-" : length.toClock().substring(0, 10));
    }

    private final class Listener implements PlaybackListener {
        @Override
        public void loaded(MediaTime duration) {
            setControlsEnabled(true);
            refreshClock();
        }

        @Override
        public void playing() {
            playPause.setText(Texts.get("player.pause"));
            ticker.start();
        }

        @Override
        public void paused() {
            playPause.setText(Texts.get("player.play"));
            ticker.stop();
            refreshClock();
        }

        @Override
        public void finished() {
            paused();
        }

        @Override
        public void timeChanged(MediaTime time) {
            if (!ticker.isRunning()) {
                refreshClock();
            }
        }

        @Override
        public void failed(String why) {
            ticker.stop();
            showMessage(Texts.get("player.failed", why));
        }
    }

    /** The text of the message card, for tests. */
    String messageText() {
        return message.getText();
    }
}
