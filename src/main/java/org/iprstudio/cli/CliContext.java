package org.iprstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.iprstudio.media.MediaProbe;
import org.iprstudio.store.StudyFiles;

/**
 * What the commands need from the composition root: study files, a media probe (null when libVLC
 * is missing) and a way to open the window.
 */
public record CliContext(StudyFiles files, Supplier<ProbeSession> probes, GuiLauncher gui, PrintWriter out, PrintWriter err) {

    /** Opens the main window, with a study file or without one. */
    public interface GuiLauncher {
        /** @param session a session label such as "D02/3" to show first, or null for the first session */
        int open(Path studyFile, String session);
    }

    /** Thrown by the launcher when there is no screen to open a window on (no X display, a headless Java). */
    public static final class NoDisplayException extends RuntimeException {
        public NoDisplayException() {
            super("no display", null, false, false);
        }
    }

    /** A probe together with the libVLC runtime it needs; closing it releases libVLC. */
    public interface ProbeSession extends AutoCloseable {
        /** Null when libVLC is not available. */
        MediaProbe probe();

        /** Why there is no probe, with the command that fixes it. */
        String problem();

        /** The command that installs libVLC. */
        String installCommand();

        /** A windowless still taker (reports), released with this session; null when libVLC is not available. */
        default org.iprstudio.media.FrameGrabber frameGrabber() {
            return null;
        }

        @Override
        void close();
    }
}
