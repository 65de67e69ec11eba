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
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.CallbackVideoSurface;

/**
 * The one class that plays media through vlcj. Native events hop to the Swing thread before they
 * touch any state or listener, and nothing here calls libVLC from inside a vlcj callback.
 * libVLC reports time only every 250-500 ms and not at all after a paused seek or a frame step,
 * so the position is kept by a {@link PlaybackClock}.
 *
 * <p>While paused, the position is always the start of a frame and the picture is that frame:
 * libVLC shows the last frame that starts strictly before a seek target, so a paused seek asks
 * for the middle of the wanted frame, and a frame step is such a seek (libVLC's own frame step
 * lags one frame after a seek). A video loaded paused plays muted until its first frame is on
 * screen, then pauses and shows the start frame exactly. Each load is a generation: events that
 * libVLC sent for the previous video (counted by its "media changed" event) are dropped.
 */
public final class VlcMediaPlayer implements MediaPlayer {
    /** A file that ends this much before its stated length is reported as cut short. */
    private static final long EARLY_END_TOLERANCE_MS = 2000;
    /** A started medium that has shown no frame after this long has sound only (a video's first frame comes within ~200 ms). */
    private static final int SOUND_ONLY_AFTER_MS = 800;
    /** How often, and how far apart, the length is asked for again when libVLC does not know it at "playing" (2 s in all). */
    private static final int LENGTH_WAITS = 8;
    private static final int LENGTH_WAIT_MS = 250;

    private final EmbeddedMediaPlayer player; // kept in a field: a collected player crashes the JVM
    private final VideoSurface surface = new VideoSurface();
    /** Held here so that its native callbacks can never be collected while libVLC still calls them. */
    private final CallbackVideoSurface videoSurface;
    private final List<PlaybackListener> listeners = new CopyOnWriteArrayList<>();
    private final Runnable onClose;
    /** libVLC's events; it counts the videos libVLC has switched to, on its own event thread in its own order. */
    private final VlcEvents nativeEvents = new VlcEvents(new Events());

    // Swing-thread state
    private Path file;
    /** How many videos this player has asked libVLC to switch to; the k-th one's events carry k. */
    private int switches;
    /** The generation whose events are listened to (-1: none, the last load did not reach libVLC). */
    private int generation = -1;
    /** Loading, and to be paused as soon as the first frame is on screen (a paused load, or pause() during start-up). */
    private final PausedStart pausedStart;
    /** Where the picture goes once libVLC confirms a pause (the frame the position names). */
    private long settleAt = -1;
    private final PausedSeeks pausedSeeks;
    private final javax.swing.Timer pictureWatch = new javax.swing.Timer(SOUND_ONLY_AFTER_MS, e -> noPictureYet());
    private boolean announcedLoad;
    private final PlaybackClock clock = new PlaybackClock();
    private int lengthWaits;
    private volatile boolean closed;
    /** Set once a load has failed, so libVLC's later events for it (finished after error) say nothing more. */
    private boolean failed;

    VlcMediaPlayer(MediaPlayerFactory factory, Runnable onClose) {
        this.onClose = onClose;
        player = factory.mediaPlayers().newEmbeddedMediaPlayer();
        videoSurface = factory.videoSurfaces().newVideoSurface(surface.callbacks(), surface.callbacks(), true);
        player.videoSurface().set(videoSurface);
        player.events().addMediaPlayerEventListener(nativeEvents);
        pausedStart = new PausedStart(player.audio());
        pausedSeeks = new PausedSeeks(new SurfaceFrames(surface, action -> {
            int seen = generation;
            onSwing(seen, action);
        }, frameStart -> tell(l -> l.pictureNotConfirmed(MediaTime.ofMillis(frameStart)))), time -> player.controls().setTime(time));
        surface.onFirstFrame(() -> {
            long firstPicture = surface.pictureHash(); // read here, on the render thread, before a second frame replaces it
            int seen = nativeEvents.generation();
            onSwing(seen, () -> onFirstFrame(firstPicture));
        });
        pictureWatch.setRepeats(false);
    }

    /**
     * Runs on the Swing thread what libVLC's threads saw, unless the player was closed or another
     * video was loaded since (the event belongs to the previous one).
     */
    private void onSwing(int eventGeneration, Runnable action) {
        SwingUtilities.invokeLater(() -> {
            if (!closed && eventGeneration == generation) {
                action.run();
            }
        });
    }

    private void tell(Consumer<PlaybackListener> message) {
        for (PlaybackListener listener : listeners) {
            message.accept(listener);
        }
    }

    /** libVLC's events on the Swing thread, those of an earlier video already dropped. */
    private final class Events implements VlcEvents.Handler {
        @Override
        public void onSwing(int eventGeneration, Runnable action) {
            VlcMediaPlayer.this.onSwing(eventGeneration, action);
        }

        @Override
        public void playing(long nanos) {
            // the length and frame rate are asked for here on the Swing thread, not from inside libVLC's callback
            pausedSeeks.roundsUp(VlcEvents.seeksRoundUp(player));
            pausedSeeks.trustFirstPicture(VlcEvents.seeksToStartDrawGrey(player));
            onPlaying(player.status().length(), VlcEvents.frameMillisOf(player), nanos);
        }

        @Override
        public void paused() {
            onPaused();
        }

        @Override
        public void timeReported(long time, long nanos) {
            onTimeReport(time, nanos);
        }

        @Override
        public void lengthChanged(long length) {
            clock.setDuration(length);
        }

        @Override
        public void finished() {
            onFinished();
        }

        @Override
        public void error() {
            fail("libVLC could not read it (the file is damaged or not a video)");
        }
    }

    private void onPlaying(long length, long frameMs, long nanos) {
        if (failed) {
            return;
        }
        if (!announcedLoad && length <= 0 && clock.duration() == null && lengthWaits < LENGTH_WAITS) {
            // an MPEG-2 program stream (.mpg) has its length only once libVLC has read into it: ask again shortly
            lengthWaits++;
            int seen = generation;
            javax.swing.Timer again = new javax.swing.Timer(LENGTH_WAIT_MS, e -> {
                if (!closed && seen == generation && !failed && !announcedLoad) {
                    onPlaying(player.status().length(), VlcEvents.frameMillisOf(player), System.nanoTime());
                }
            });
            again.setRepeats(false);
            again.start();
            return;
        }
        clock.setDuration(length);
        clock.setFrameMillis(frameMs);
        if (!announcedLoad) {
            announcedLoad = true;
            MediaTime duration = clock.duration();
            if (duration == null) {
                fail("it has no duration (it is damaged or not a video)");
                return;
            }
            tell(l -> l.loaded(duration));
            if (surface.framesSinceClear() == 0) {
                pictureWatch.restart(); // sound only? (no frame will come, so a paused start must pause without one)
            }
        }
        if (pausedStart.pending() || lengthWaits > 0 && !player.status().isPlaying()) {
            // still starting paused, or (the length came late) the paused start already paused
            return; // paused once the first frame is on screen (onFirstFrame), so a later paused seek always has a picture
        }
        clock.start(nanos);
        tell(PlaybackListener::playing);
    }

    /**
     * Started, and still no frame: the media has sound only. The calm picture goes up, and a paused
     * start pauses now (there is no first frame to wait for); its paused seeks find no new picture
     * and end on their time-out. Frame steps stay 40 ms: fine enough for a mark's time, and a
     * recording that has a picture after all (an MPEG-2 stream whose video starts late) is not
     * stepped on a coarser grid.
     */
    private void noPictureYet() {
        if (closed || failed || surface.framesSinceClear() > 0 || file == null) {
            return;
        }
        surface.showSoundOnly();
        if (pausedStart.pending()) {
            if (settleAt < 0) {
                settleAt = clock.position();
            }
            pausedStart.pauseAsked();
            player.controls().setPause(true);
        }
    }

    /** The first frame of this video is on screen: a paused start may pause now. */
    private void onFirstFrame(long firstPicture) {
        if (pausedStart.pending() && !failed && clock.position() == 0) {
            pausedSeeks.firstPictureIs(firstPicture); // frame 0: if libVLC rests on it after the pause, no seek is needed
        }
        onFirstFrame();
    }

    private void onFirstFrame() {
        if (pausedStart.pending() && !failed) {
            if (settleAt < 0) {
                settleAt = clock.position();
            }
            pausedStart.pauseAsked();
            player.controls().setPause(true);
        }
    }

    private void onPaused() {
        if (pausedStart.takePlayOncePaused()) {
            player.controls().play(); // Play was pressed while this start-up pause was on its way
            return;
        }
        // news only for the start-up pause: a pause asked for by pause() was told at once, and telling it again
        // later would move the playhead back after a seek made meanwhile
        boolean news = pausedStart.pending() || clock.running();
        boolean startUp = pausedStart.pending();
        if (pausedStart.pending()) {
            pausedStart.end();
        }
        clock.stopWhereItIs();
        if (settleAt >= 0) {
            // show exactly the frame the position names: libVLC may have drawn a frame or two after the pause was asked for;
            // a paused start is news only once that frame is on screen, so whoever is told "paused" sees the right picture
            pausedSeeks.showOnceIdle(settleAt, clock.frameMillis(), clock.lastTime(), news && startUp ? this::tellPaused : null);
            settleAt = -1;
            if (startUp) {
                return;
            }
        }
        if (news) {
            tellPaused();
        }
    }

    private void tellPaused() {
        tell(PlaybackListener::paused);
        tell(l -> l.timeChanged(time()));
    }

    private void onTimeReport(long reported, long nanos) {
        if (clock.report(reported, nanos)) {
            tell(l -> l.timeChanged(time()));
        }
    }

    /** Asks libVLC for the frame that starts at {@code frameStart}, exactly (see {@link PausedSeeks}). */
    private void showFrameAt(long frameStart) {
        pausedSeeks.show(frameStart, clock.frameMillis(), clock.lastTime());
    }

    private void onFinished() {
        clock.stopWhereItIs();
        pausedStart.end();
        if (failed) {
            return;
        }
        MediaTime duration = clock.duration();
        if (duration == null || duration.millis() <= 0) {
            fail("it has no playable video (the file is damaged or not a video)");
            return;
        }
        long reached = clock.reached();
        if (reached < duration.millis() - EARLY_END_TOLERANCE_MS) {
            fail("it ends early, at " + MediaTime.ofMillis(reached).toClock() + " of " + duration.toClock() + " (the file is cut short or damaged)");
            return;
        }
        clock.finished();
        tell(PlaybackListener::finished);
        tell(l -> l.timeChanged(duration));
    }

    private void fail(String why) {
        if (failed) {
            return;
        }
        failed = true;
        clock.stopWhereItIs();
        pausedStart.end();
        surface.clear();
        String name = file == null ? "The video" : file.toString();
        tell(l -> l.failed(name + " cannot be played: " + why + "."));
    }

    // ---- the port ---------------------------------------------------------------------------

    @Override
    public void load(Path media, boolean autoPlay) {
        generation = -1; // whatever libVLC still says about the previous video is dropped from here on
        pictureWatch.stop();
        file = media;
        failed = false;
        announcedLoad = false;
        clock.reset();
        lengthWaits = 0;
        settleAt = -1;
        pausedSeeks.reset();
        pausedSeeks.roundsUp(false); // until this video plays and its codec is known
        pausedSeeks.trustFirstPicture(false);
        surface.clear();
        if (!Files.isRegularFile(media)) {
            player.controls().stop(); // the previous video must not go on behind the message
            fail("the file is not there");
            return;
        }
        pausedStart.begin(!autoPlay);
        switches++;
        generation = switches;
        if (!player.media().play(media.toAbsolutePath().toString())) {
            switches--; // libVLC never switched, so it will not count this one
            generation = -1;
            fail("libVLC could not open it");
        }
    }

    @Override
    public void play() {
        if (file == null || failed || clock.running()) {
            return;
        }
        if (pausedStart.pending()) {
            playDuringPausedStart();
            return;
        }
        settleAt = -1;
        pausedSeeks.reset(); // a paused picture still being settled (a paused start, a pause) is no longer wanted
        player.controls().play();
    }

    /**
     * Play pressed while a paused start is still under way: it goes on playing. If libVLC was already asked for the
     * start-up pause, it is asked to play once that pause is in (and tells "playing" again when it does); if its one
     * "playing" event was already taken by the start, nothing more will come from libVLC, so the clock starts here.
     */
    private void playDuringPausedStart() {
        boolean pauseAsked = pausedStart.wasPauseAsked();
        pausedStart.end();
        long cued = settleAt; // a seek made during the start
        settleAt = -1;
        pausedSeeks.reset();
        if (cued > 0) {
            player.controls().setTime(cued);
        }
        if (pauseAsked) {
            pausedStart.playOncePaused();
        } else if (announcedLoad) {
            clock.start(System.nanoTime());
            tell(PlaybackListener::playing);
        }
    }

    @Override
    public void pause() {
        if (pausedStart.pending() || pausedStart.cancelPlayOncePaused()) {
            return; // still starting paused, or Play was pressed and taken back before the start-up pause was in
        }
        if (clock.running()) {
            // the position becomes the frame the person sees now; the picture is brought to it once libVLC has paused
            long shown = shownFrameTime().millis();
            player.controls().setPause(true);
            settleAt = clock.stopOnFrameOf(shown);
            tell(PlaybackListener::paused);
            tell(l -> l.timeChanged(time()));
        } else if (file != null && !failed && !announcedLoad) {
            pausedStart.pauseWhenShown();
            if (surface.framesSinceClear() > 0) {
                onFirstFrame(); // it is already
            }
        }
    }

    @Override
    public boolean isPlaying() {
        return clock.running();
    }

    @Override
    public void seek(MediaTime time) {
        long target;
        if (clock.running()) {
            target = clock.clamp(time.millis());
            pausedSeeks.reset();
                player.controls().setTime(target);
        } else {
            target = clock.pausedTarget(time.millis());
            if (pausedStart.pending()) {
                settleAt = target; // shown once the start-up pause is in place
            } else {
                settleAt = -1;
                showFrameAt(target);
            }
        }
        long position = target;
        clock.moveTo(position);
        tell(l -> l.timeChanged(MediaTime.ofMillis(position)));
    }

    /** One frame on, as a seek to the middle of the next frame: exact, where libVLC's own step lags after a seek. */
    @Override
    public void nextFrame() {
        if (!clock.running()) {
            seek(MediaTime.ofMillis(clock.position() + clock.frameMillis()));
        }
    }

    @Override
    public MediaTime frameDuration() {
        return MediaTime.ofMillis(clock.frameMillis());
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
        clock.setRate(newRate);
        player.controls().setRate((float) newRate);
    }

    @Override
    public double rate() {
        return clock.rate();
    }

    @Override
    public MediaTime time() {
        return clock.time();
    }

    @Override
    public MediaTime shownFrameTime() {
        return clock.shownFrameTime(surface.shownAtNanos());
    }

    @Override
    public Optional<MediaTime> duration() {
        return Optional.ofNullable(clock.duration());
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
    public void setSoundOnlyText(String text) {
        surface.setSoundOnlyText(text);
    }

    @Override
    public boolean soundOnly() {
        return surface.showsSoundOnly();
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

    /** Stops and releases the native player; safe to call twice and from the runtime that made it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pictureWatch.stop();
        pausedSeeks.reset();
        listeners.clear();
        surface.onFirstFrame(() -> { });
        player.controls().stop();
        player.release();
        onClose.run();
    }

    boolean isClosed() {
        return closed;
    }

    /** Whether libVLC itself is playing (for tests: a video must stop when another load fails). */
    boolean nativelyPlaying() {
        return !closed && player.status().isPlaying();
    }
}
