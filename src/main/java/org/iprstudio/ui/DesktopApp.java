package org.iprstudio.ui;

import com.formdev.flatlaf.FlatLightLaf;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.store.StudyFiles;

/** Starts the window on the Swing thread, with FlatLaf and a last-resort error handler. */
public final class DesktopApp {
    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());

    private DesktopApp() {
    }

    /** What the composition root hands over: the player (or why there is none) and how to release libVLC. */
    public record Media(MediaPlayerFactory players, String problem, String installCommand, Runnable release) {
    }

    /** Makes the player on the Swing thread, since its video component is a Swing component. */
    public interface MediaPlayerFactory {
        MediaPlayer newPlayer();
    }

    /** Opens the main window, with the study if one is given; returns once the window is showing. */
    public static MainWindow launch(StudyFiles files, Media media, Path study, String session) {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        // the study is read while the window is built: on a large study both take seconds
        PreloadedStudy preload = study == null ? null : PreloadedStudy.start(files, study, session);
        try {
            SwingUtilities.invokeAndWait(() -> {
                FlatLightLaf.setup();
                org.iprstudio.ui.keys.MenuKeyNames.install(); // the menus' accelerators named as Help > Keyboard shortcuts names them
                org.iprstudio.ui.settings.SwingTexts.install(java.util.Locale.getDefault()); // OK, Cancel, the file chooser: in Norwegian too
                Thread.setDefaultUncaughtExceptionHandler(DesktopApp::unexpected);
                MediaPlayer player = media.players() == null ? null : withSoundOnlyText(media.players().newPlayer());
                MainWindow frame = new MainWindow(files, player, media.players() == null ? null : () -> withSoundOnlyText(media.players().newPlayer()), media.problem(),
                        media.installCommand(), media.release());
                if (preload != null) {
                    frame.preloaded(preload);
                }
                frame.askWhoIsWorking();
                frame.setVisible(true);
                if (study != null && frame.open(study) && session != null && !frame.selectSession(session)) {
                    JOptionPane.showMessageDialog(frame, Texts.get("error.noSuchSession", session), Texts.get("error.openTitle"),
                            JOptionPane.WARNING_MESSAGE);
                }
                window.set(frame);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The window could not be opened: " + e.getCause(), e.getCause());
        }
        return window.get();
    }

    /** Sound recordings show a calm "sound only" picture, in the user's language. */
    private static MediaPlayer withSoundOnlyText(MediaPlayer player) {
        player.setSoundOnlyText(Texts.get("player.soundOnly"));
        return player;
    }

    /** A bug must not take the user's work with it: every change is already saved, so say so and go on. */
    private static void unexpected(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(null, Texts.get("error.unexpected", String.valueOf(error)),
                Texts.get("error.unexpectedTitle"), JOptionPane.ERROR_MESSAGE));
    }
}
