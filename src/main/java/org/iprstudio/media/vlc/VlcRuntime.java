package org.iprstudio.media.vlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.factory.discovery.NativeDiscovery;

/**
 * Finds libVLC and makes the one factory the program uses. If libVLC is missing or broken the
 * program goes on without video, and {@link #problem()} says what to install.
 */
public final class VlcRuntime implements AutoCloseable {
    public static final String INSTALL_COMMAND = "sudo apt-get install libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output";

    /**
     * No subtitles of any kind: libVLC would otherwise load a transcript lying beside the video (D01-S3.vtt next to
     * D01-S3.mp4, as transcription services deliver them) and draw it over the picture, on the recall screen too,
     * whatever the study's protocol says. The program shows transcripts itself, where the protocol allows.
     */
    private static final List<String> OPTIONS = List.of("--quiet", "--intf=dummy", "--no-snapshot-preview", "--no-osd",
            "--no-video-title-show", "--no-disable-screensaver", "--no-stats", "--no-sub-autodetect-file", "--no-spu");

    private final MediaPlayerFactory factory; // kept in a field: a collected factory crashes the JVM
    /** Players not yet released: the factory is released only after them (released under a live player, libVLC crashes). */
    private final Set<VlcMediaPlayer> livePlayers = ConcurrentHashMap.newKeySet();
    /** Probes parse on threads of their own (a video linked, the player's frame-exactness notice): libVLC waits for them to close. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock probesAtWork = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final Set<VlcFrameGrabber> liveGrabbers = ConcurrentHashMap.newKeySet();
    private final String problem;
    private volatile boolean released;
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
        VlcMediaPlayer[] made = new VlcMediaPlayer[1];
        made[0] = new VlcMediaPlayer(factory(), () -> livePlayers.remove(made[0]));
        livePlayers.add(made[0]);
        return made[0];
    }

    /** How many players are made and not yet released (a window that goes away releases its own). */
    public int livePlayers() {
        return livePlayers.size();
    }

    /** A windowless still taker for reports; released, like a player, before libVLC. */
    public org.iprstudio.media.FrameGrabber newFrameGrabber() {
        VlcFrameGrabber[] made = new VlcFrameGrabber[1];
        made[0] = new VlcFrameGrabber(factory(), () -> liveGrabbers.remove(made[0]));
        liveGrabbers.add(made[0]);
        return made[0];
    }

    public VlcMediaProbe newProbe() {
        return new VlcMediaProbe(factory(), probesAtWork.readLock(), () -> released);
    }

    /** Releases libVLC, last: any player still alive (a window that never closed) is stopped and released first. */
    @Override
    public synchronized void close() {
        if (factory == null || released) {
            return;
        }
        probesAtWork.writeLock().lock(); // a probe still parsing finishes first (its parse has a time-out)
        try {
            released = true;
            for (VlcMediaPlayer player : List.copyOf(livePlayers)) {
                player.close();
            }
            for (VlcFrameGrabber grabber : List.copyOf(liveGrabbers)) {
                grabber.close();
            }
            factory.release();
        } finally {
            probesAtWork.writeLock().unlock();
        }
    }
}
