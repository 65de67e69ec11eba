package org.iprstudio;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.iprstudio.cli.CliContext;
import org.iprstudio.cli.IprStudioCommand;
import org.iprstudio.media.MediaProbe;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.ui.DesktopApp;
import org.iprstudio.ui.settings.LanguageSetting;

/** The composition root: wires the real parts together and hands over to the command line or the window. */
public final class Main {
    /** Returned by the window launcher: the window runs on, so the JVM must not exit. */
    private static final int WINDOW_OPEN = -1;

    private Main() {
    }

    public static void main(String[] args) {
        LanguageSetting.applyAtStart(); // the language chosen in Settings (or the system's), before any bundle is read
        StudyFiles files = new SqliteStudyFiles();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(files, Main::probeSession, (study, session) -> openWindow(files, study, session), out, err);
        int status = IprStudioCommand.commandLine(context).execute(args);
        if (status != WINDOW_OPEN) {
            System.exit(status);
        }
    }

    private static int openWindow(StudyFiles files, Path study, String session) {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            throw new CliContext.NoDisplayException(); // one line from the command line, not Swing's stack trace
        }
        VlcRuntime vlc = VlcRuntime.start(false);
        DesktopApp.Media media = vlc.available()
                ? new DesktopApp.Media(vlc::newPlayer, null, VlcRuntime.INSTALL_COMMAND, vlc::close)
                : new DesktopApp.Media(null, vlc.problem().orElse(""), VlcRuntime.INSTALL_COMMAND, () -> { });
        var window = DesktopApp.launch(files, media, study, session);
        if (window != null && vlc.available()) {
            window.setup().setProbes(vlc::newProbe); // study setup reads the durations of new videos
            window.setFrameGrabbers(vlc::newFrameGrabber); // the report's stills, as the report command takes them
        }
        return WINDOW_OPEN;
    }

    /** libVLC's media probe for the command line; public so the command-line tests use exactly this wiring. */
    public static CliContext.ProbeSession probeSession() {
        VlcRuntime vlc = VlcRuntime.start(true);
        MediaProbe probe = vlc.available() ? vlc.newProbe() : null;
        return new CliContext.ProbeSession() {
            @Override
            public MediaProbe probe() {
                return probe;
            }

            @Override
            public String problem() {
                return vlc.problem().orElse("");
            }

            @Override
            public String installCommand() {
                return VlcRuntime.INSTALL_COMMAND;
            }

            @Override
            public org.iprstudio.media.FrameGrabber frameGrabber() {
                return vlc.available() ? vlc.newFrameGrabber() : null;
            }

            @Override
            public void close() {
                vlc.close();
            }
        };
    }
}
