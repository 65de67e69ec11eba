package org.iprstudio.media.vlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.factory.discovery.NativeDiscovery;

/**
 * Finds libVLC and makes the one factory the program uses. If libVLC is missing or broken the
 * program goes on without video, and {@link #problem()} says what to install.
 */
public final class VlcRuntime implements AutoCloseable {
    public static final String INSTALL_COMMAND = "sudo apt-get install libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output";

    private static final List<String> OPTIONS = List.of("--quiet", "--intf=dummy", "--no-snapshot-preview", "--no-osd",
            "--no-video-title-show", "--no-disable-screensaver", "--no-stats");

    private final MediaPlayerFactory factory; // kept in a field: a collected factory crashes the JVM
    private final String problem;
    private final String libraryPath;

    private VlcRuntime(MediaPlayerFactory factory, String libraryPath, String problem) {
        this.factory = factory;
        this.libraryPath = libraryPath;
        this.problem = problem;
    }

    /** Starts libVLC. {@code quietAudio} selects the dummy audio output (tests, machines without sound). */
    public static VlcRuntime start(boolean quietAudio) {
        BoundedDiscoveryStrategy strategy = BoundedDiscoveryStrategy.fromEnvironment();
        String folder = strategy.discover();
        if (folder == null) {
            return unavailable("it was not found in " + strategy.folders().stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
        List<String> options = new ArrayList<>(OPTIONS);
        if (quietAudio || System.getenv("IPRSTUDIO_QUIET_AUDIO") != null) {
            options.add("--aout=adummy");
        }
        try {
            MediaPlayerFactory factory = new MediaPlayerFactory(new NativeDiscovery(strategy), options);
            return new VlcRuntime(factory, folder, null);
        } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError, RuntimeException from JNA
            return unavailable("the copy in " + folder + " could not be started (" + e.getMessage() + ").");
        }
    }

    private static VlcRuntime unavailable(String why) {
        return new VlcRuntime(null, null, why);
    }

    public boolean available() {
        return factory != null;
    }

    /** Why there is no video, with the command that fixes it. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public String libraryPath() {
        return libraryPath;
    }

    public String version() {
        return factory == null ? "not available" : factory.application().version();
    }

    MediaPlayerFactory factory() {
        if (factory == null) {
            throw new IllegalStateException("libVLC is not available: " + problem);
        }
        return factory;
    }

    public VlcMediaPlayer newPlayer() {
        return new VlcMediaPlayer(factory());
    }

    public VlcMediaProbe newProbe() {
        return new VlcMediaProbe(factory());
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.release();
        }
    }
}
