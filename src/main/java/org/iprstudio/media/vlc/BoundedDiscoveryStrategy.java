package org.iprstudio.media.vlc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.co.caprica.vlcj.factory.discovery.strategy.NativeDiscoveryStrategy;

/**
 * Looks for libvlc only in the usual library folders, never recursively. vlcj's default search
 * walks the working directory and $PATH and, without libVLC, can search forever through symlink
 * loops; this one answers in milliseconds either way.
 */
final class BoundedDiscoveryStrategy implements NativeDiscoveryStrategy {
    static final String SEARCH_PATH_PROPERTY = "iprstudio.vlc.path";

    private final List<Path> folders;

    BoundedDiscoveryStrategy(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The folders to search: the system property (for tests and unusual installs) or the usual ones. */
    static BoundedDiscoveryStrategy fromEnvironment() {
        String configured = System.getProperty(SEARCH_PATH_PROPERTY, System.getenv().getOrDefault("IPRSTUDIO_VLC_PATH", ""));
        List<Path> folders = new ArrayList<>();
        if (!configured.isBlank()) {
            for (String part : configured.split(java.io.File.pathSeparator)) {
                folders.add(Path.of(part));
            }
        } else {
            for (String folder : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
                    "/usr/local/lib", "/snap/vlc/current/usr/lib", "/app/lib")) {
                folders.add(Path.of(folder));
            }
        }
        return new BoundedDiscoveryStrategy(folders);
    }

    List<Path> folders() {
        return folders;
    }

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public String discover() {
        for (Path folder : folders) {
            if (Files.isRegularFile(folder.resolve("libvlc.so")) || Files.isRegularFile(folder.resolve("libvlc.so.5"))) {
                return folder.toString();
            }
        }
        return null;
    }

    @Override
    public boolean onFound(String path) {
        return true;
    }

    @Override
    public boolean onSetPluginPath(String path) {
        return true; // Debian's libVLC knows its own plugin folder
    }
}
