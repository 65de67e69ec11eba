package org.iprstudio.app;

import java.nio.file.Path;

/** Where the program keeps the user's own files (the working copy of the demo study, for one). */
public final class AppDirectories {
    public static final String DATA_DIR_PROPERTY = "iprstudio.dataDir";

    private AppDirectories() {
    }

    /** $XDG_DATA_HOME/ipr-studio, or ~/.local/share/ipr-studio; a system property overrides both (tests). */
    public static Path dataDirectory() {
        String configured = System.getProperty(DATA_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("ipr-studio");
    }
}
