package org.iprstudio.media.vlc;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.VideoTrackInfo;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.CallbackVideoSurface;

/**
 * The one class that plays media through vlcj. Native events hop to the Swing thread before they
 * touch any state or listener, and nothing here calls libVLC from inside a vlcj callback.
 * libVLC reports time only every 250-500 ms and not at all after a paused seek or a frame step,
 * so the position is tracked here: last report plus elapsed wall-clock time times the rate.
 */
public final class VlcMediaPlayer implements MediaPlayer {
    private static final long DEFAULT_FRAME_MS = 40;
    /** A file that ends this much before its stated length is reported as cut short. */
    private static final long EARLY_END_TOLERANCE_MS = 2000;

    private final EmbeddedMediaPlayer player; // kept in a field: a collected player crashes the JVM
    private final VideoSurface surface = new VideoSurface();
    /** Held here so that its native callbacks can never be collected while libVLC still calls them. */
    private final CallbackVideoSurface videoSurface;
    private final List<PlaybackListener> listeners = new CopyOnWriteArrayList<>();

    // Swing-thread state
    private Path file;
    private boolean playing;
    private boolean pauseOnStart;
    private boolean announcedLoad;
    private double rate = 1.0;
    private long baseTime;
    private long baseNanos;
    private long lastShown;
    private MediaTime duration;
    private long frameMillis = DEFAULT_FRAME_MS;
    private boolean closed;
    /** Set once a load has failed, so libVLC's later events for it (finished after error) say nothing more. */
    private boolean failed;

    VlcMediaPlayer(MediaPlayerFactory factory) {
        player = factory.mediaPlayers().newEmbeddedMediaPlayer();
        videoSurface = factory.videoSurfaces().newVideoSurface(surface, surface, true);
        player.videoSurface().set(videoSurface);
        player.events().addMediaPlayerEventListener(new NativeEvents());
    }

    /** Runs on the Swing thread; libVLC's threads only hand over what they saw. */
    private void onSwing(Runnable action) {
        SwingUtilities.invokeLater(() -> {
            if (!closed) {
                action.run();
            }
        });
    }

    private void tell(Consumer<PlaybackListener> message) {
        for (PlaybackListener listener : listeners) {
            message.accept(listener);
        }
    }

    private final class NativeEvents extends MediaPlayerEventAdapter {
        @Override
        public void playing(uk.co.caprica.vlcj.player.base.MediaPlayer mp) {
            long now = System.nanoTime();
            // the length and frame rate are asked for on the Swing thread, not from inside this callback
            onSwing(() -> onPlaying(player.status().length(), frameRateOf(player), now));
        }

        @Override
        public void paused(uk.co.caprica.vlcj.player.base.MediaPlayer mp) {
            onSwing(VlcMediaPlayer.this::onPaused);
        }

        @Override
        public void timeChanged(uk.co.caprica.vlcj.player.base.MediaPlayer mp, long newTime) {
            long now = System.nanoTime();
            onSwing(() -> onTimeReport(newTime, now));
        }

        @Override
        public void lengthChanged(uk.co.caprica.vlcj.player.base.MediaPlayer mp, long newLength) {
            onSwing(() -> {
                if (newLength > 0) {
                    duration = MediaTime.ofMillis(newLength);
                }
            });
        }

        @Override
        public void finished(uk.co.caprica.vlcj.player.base.MediaPlayer mp) {
            onSwing(VlcMediaPlayer.this::onFinished);
        }

        @Override
        public void error(uk.co.caprica.vlcj.player.base.MediaPlayer mp) {
            onSwing(() -> fail("libVLC could not read it (the file is damaged or not a video)"));
        }
    }

    private static long frameRateOf(uk.co.caprica.vlcj.player.base.MediaPlayer mp) {
        List<VideoTrackInfo> tracks = mp.media().info() == null ? List.of() : mp.media().info().videoTracks();
        for (VideoTrackInfo track : tracks) {
            if (track.frameRate() > 0 && track.frameRateBase() > 0) {
                return Math.round(1000.0 * track.frameRateBase() / track.frameRate());
            }
        }
        return 0;
    }

    private void onPlaying(long length, long frameMs, long nanos) {
        if (failed) {
            return;
        }
        if (length > 0) {
            duration = MediaTime.ofMillis(length);
        }
        if (frameMs > 0) {
            frameMillis = frameMs;
        }
        if (!announcedLoad) {
            announcedLoad = true;
            if (duration == null) {
                fail("it has no duration (it is damaged or not a video)");
                return;
            }
            tell(l -> l.loaded(duration));
        }
        if (pauseOnStart) {
            pauseOnStart = false;
            player.submit(() -> player.controls().setPause(true));
            return;
        }
        playing = true;
        baseNanos = nanos;
        tell(PlaybackListener::playing);
    }

    private void onPaused() {
        baseTime = interpolated();
        baseNanos = System.nanoTime();
        playing = false;
        tell(PlaybackListener::paused);
        tell(l -> l.timeChanged(time()));
    }

    private void onTimeReport(long reported, long nanos) {
        baseTime = reported;
        baseNanos = nanos;
        tell(l -> l.timeChanged(time()));
    }

    private void onFinished() {
        playing = false;
        if (failed) {
            return;
        }
        if (duration == null || duration.millis() <= 0) {
            fail("it has no playable video (the file is damaged or not a video)");
            return;
        }
        long reached = Math.max(baseTime, lastShown);
        if (reached < duration.millis() - EARLY_END_TOLERANCE_MS) {
            fail("it ends early, at " + MediaTime.ofMillis(reached).toClock() + " of " + duration.toClock() + " (the file is cut short or damaged)");
            return;
        }
        baseTime = duration.millis();
        tell(PlaybackListener::finished);
        tell(l -> l.timeChanged(duration));
    }

    private void fail(String why) {
        if (failed) {
            return;
        }
        failed = true;
        playing = false;
        surface.clear();
        String name = file == null ? "The video" : file.toString();
        tell(l -> l.failed(name + " cannot be played: " + why + "."));
    }

    private long interpolated() {
        if (!playing) {
            return baseTime;
        }
        long elapsedMs = (System.nanoTime() - baseNanos) / 1_000_000;
        long t = baseTime + Math.round(elapsedMs * rate);
        return duration == null ? t : Math.min(t, duration.millis());
    }

    // ---- the port ---------------------------------------------------------------------------

    @Override
    public void load(Path media, boolean autoPlay) {
        file = media;
        failed = false;
        announcedLoad = false;
        duration = null;
        playing = false;
        baseTime = 0;
        lastShown = 0;
        surface.clear();
        if (!Files.isRegularFile(media)) {
            fail("the file is not there");
            return;
        }
        pauseOnStart = !autoPlay;
        if (!player.media().play(media.toAbsolutePath().toString())) {
            fail("libVLC could not open it");
        }
    }

    @Override
    public void play() {
        if (file != null && !playing) {
            player.controls().play();
        }
    }

    @Override
    public void pause() {
        if (playing) {
            player.controls().setPause(true);
        }
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void seek(MediaTime time) {
        long target = duration == null ? time.millis() : Math.min(time.millis(), duration.millis());
        player.controls().setTime(target);
        baseTime = target;
        baseNanos = System.nanoTime();
        lastShown = target;
        tell(l -> l.timeChanged(MediaTime.ofMillis(target)));
    }

    @Override
    public void nextFrame() {
        if (!playing) {
            player.controls().nextFrame();
            baseTime = duration == null ? baseTime + frameMillis : Math.min(duration.millis(), baseTime + frameMillis);
            lastShown = baseTime;
            tell(l -> l.timeChanged(time()));
        }
    }

    @Override
    public MediaTime frameDuration() {
        return MediaTime.ofMillis(frameMillis);
    }

    @Override
    public boolean isMuted() {
        return player.audio().isMute();
    }

    @Override
    public int volume() {
        return player.audio().volume();
    }

    @Override
    public void setRate(double newRate) {
        baseTime = interpolated();
        baseNanos = System.nanoTime();
        rate = newRate;
        player.controls().setRate((float) newRate);
    }

    @Override
    public double rate() {
        return rate;
    }

    @Override
    public MediaTime time() {
        long t = interpolated();
        if (playing) {
            // a fresh coarse report may lag the interpolation by a few ms; never let the playhead step back
            t = Math.max(t, lastShown);
        }
        lastShown = t;
        return MediaTime.ofMillis(t);
    }

    @Override
    public MediaTime shownFrameTime() {
        long shownAt = surface.shownAtNanos();
        if (!playing || shownAt == 0 || System.nanoTime() - shownAt > 1_000_000_000L) { // no recent frame: fall back to the clock
            return time();
        }
        long t = Math.max(0, baseTime + Math.round((shownAt - baseNanos) / 1_000_000.0 * rate));
        return MediaTime.ofMillis(duration == null ? t : Math.min(t, duration.millis()));
    }

    @Override
    public Optional<MediaTime> duration() {
        return Optional.ofNullable(duration);
    }

    @Override
    public Optional<BufferedImage> snapshot() {
        return surface.copyOfFrame();
    }

    @Override
    public void setVolume(int percent) {
        player.audio().setVolume(Math.max(0, Math.min(200, percent)));
    }

    @Override
    public void setMuted(boolean muted) {
        player.audio().setMute(muted);
    }

    @Override
    public Component view() {
        return surface;
    }

    @Override
    public void addListener(PlaybackListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(PlaybackListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        listeners.clear();
        player.controls().stop();
        player.release();
    }
}
