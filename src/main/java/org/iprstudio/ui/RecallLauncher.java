package org.iprstudio.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.domain.Session;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.ui.recall.RecallScreen;
import org.iprstudio.ui.setup.SetupActions;

/**
 * Recall > Start recall... and the passphrase: the participant's recall screen takes the place of
 * the main window, which shows every perspective and so hides until the researcher ends the recall.
 */
final class RecallLauncher {
    private final JFrame main;
    private final WindowState state;
    private final MediaPlayer player;
    private final Supplier<MediaPlayer> recallPlayers;
    private final SetupActions setup;
    private final Consumer<Session> recallEnded;
    private RecallScreen recallScreen;
    final Action start = MainMenus.action("menu.recall.start", KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.CTRL_DOWN_MASK), this::startRecall);
    final Action passphrase = MainMenus.action("menu.recall.passphrase", null, this::askPassphrase);

    /**
     * @param recallPlayers makes a fresh player for each recall screen (null without libVLC)
     * @param recallEnded told the recalled session when the main window is back
     */
    RecallLauncher(JFrame main, WindowState state, MediaPlayer player, Supplier<MediaPlayer> recallPlayers, SetupActions setup,
                   Consumer<Session> recallEnded) {
        this.main = main;
        this.state = state;
        this.player = player;
        this.recallPlayers = recallPlayers;
        this.setup = setup;
        this.recallEnded = recallEnded;
    }

    /** The recall screen on show, for tests. */
    RecallScreen recallScreen() {
        return recallScreen;
    }

    /** Starts or resumes a recall of the current session; the main window hides until the researcher ends it. */
    private void startRecall() {
        Session session = state.currentSession();
        if (state.service() == null || session == null) {
            JOptionPane.showMessageDialog(main, Texts.get("recall.chooseSession"), Texts.get("recall.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        if (recallPlayers == null) {
            JOptionPane.showMessageDialog(main, Texts.get("recall.needsVideo"), Texts.get("recall.title"), JOptionPane.WARNING_MESSAGE);
            return;
        }
        String label = state.service().study().dyad(session.dyadId()).code() + " \u00b7 " + Texts.get("tree.session", session.number(), "").strip();
        StartRecallDialog.ask(main, new RecallSetup(state.service()), session, label).ifPresent(recall -> openRecallScreen(recall, session));
    }

    private void askPassphrase() {
        if (state.service() != null) {
            StartRecallDialog.askPassphrase(main, new RecallSetup(state.service()), false);
        }
    }

    private void openRecallScreen(RecallSession recall, Session session) {
        if (player != null) {
            player.pause();
        }
        RecallScreen screen = new RecallScreen(recall, recallPlayers.get(), () -> {
            main.setVisible(true);
            recallScreen = null;
            recallEnded.accept(session);
        });
        hideMainWindow();
        screen.setVisible(true);
        recallScreen = screen;
    }

    /**
     * Nothing of the study stays on screen behind a participant's or a supervision recall (the main
     * window shows every perspective's moments): playback pauses, the researcher's setup view closes,
     * the main window hides.
     */
    void hideMainWindow() {
        if (player != null) {
            player.pause();
        }
        setup.closeSetup();
        main.setVisible(false);
    }
}
