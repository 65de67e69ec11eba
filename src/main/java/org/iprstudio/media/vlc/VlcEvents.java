package org.iprstudio.media.vlc;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import uk.co.caprica.vlcj.media.MediaRef;
import uk.co.caprica.vlcj.media.VideoTrackInfo;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;

/**
 * libVLC's events, taken on its native threads and handed on: each one carries the generation
 * (the count of "media changed" events so far, counted here in libVLC's own order), so that the
 * player can drop what belongs to the previous video once on the Swing thread. Nothing here calls
 * into libVLC (that deadlocked from inside a callback): even the length and frame rate at
 * "playing" are read by the player on the Swing thread.
 */
final class VlcEvents extends MediaPlayerEventAdapter {
    /** What the player does with each event, on the Swing thread, if it still belongs to the video it shows. */
    interface Handler {
        /** Runs the action on the Swing thread unless the player was closed or the event is of an earlier video. */
        void onSwing(int eventGeneration, Runnable action);

        /** Playing since {@code nanos} ({@link System#nanoTime()} when libVLC said so). */
        void playing(long nanos);

        void paused();

        void timeReported(long time, long nanos);

        void lengthChanged(long length);

        void finished();

        void error();
    }

    private final Handler handler;
    /** How many videos libVLC has switched to, counted on its own event thread in its own order. */
    private final AtomicInteger generation = new AtomicInteger();

    VlcEvents(Handler handler) {
        this.handler = handler;
    }

    /** The generation of the latest event (readable on any thread). */
    int generation() {
        return generation.get();
    }

    @Override
    public void mediaChanged(MediaPlayer mp, MediaRef media) {
        generation.incrementAndGet();
    }

    @Override
    public void playing(MediaPlayer mp) {
        long now = System.nanoTime();
        handler.onSwing(generation.get(), () -> handler.playing(now));
    }

    @Override
    public void paused(MediaPlayer mp) {
        handler.onSwing(generation.get(), handler::paused);
    }

    @Override
    public void timeChanged(MediaPlayer mp, long newTime) {
        long now = System.nanoTime();
        handler.onSwing(generation.get(), () -> handler.timeReported(newTime, now));
    }

    @Override
    public void lengthChanged(MediaPlayer mp, long newLength) {
        handler.onSwing(generation.get(), () -> handler.lengthChanged(newLength));
    }

    @Override
    public void finished(MediaPlayer mp) {
        handler.onSwing(generation.get(), handler::finished);
    }

    @Override
    public void error(MediaPlayer mp) {
        handler.onSwing(generation.get(), handler::error);
    }

    /** Codecs whose paused seeks show the first frame at or after the target (measured with the ffmpeg corpus: VP9, MJPEG). */
    private static final java.util.Set<String> ROUNDING_UP = java.util.Set.of("VP90", "VP80", "MJPG", "MJPA", "MJPB");

    /** Whether the first video track's codec is one whose paused seeks show the frame at or after the target. */
    static boolean seeksRoundUp(MediaPlayer mp) {
        List<VideoTrackInfo> tracks = mp.media().info() == null ? List.of() : mp.media().info().videoTracks();
        return !tracks.isEmpty() && tracks.get(0).codecName() != null
                && ROUNDING_UP.contains(tracks.get(0).codecName().trim().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a seek back to 0 can draw a grey, half-decoded picture first and rest on it (measured on an MPEG-2 program
     * stream, whose tracks are not even known when it starts playing): then a paused start that still shows its first
     * picture is left as it is rather than seeked.
     */
    static boolean seeksToStartDrawGrey(MediaPlayer mp) {
        List<VideoTrackInfo> tracks = mp.media().info() == null ? List.of() : mp.media().info().videoTracks();
        return tracks.isEmpty() || tracks.get(0).codecName() != null
                && GREY_AT_START.contains(tracks.get(0).codecName().trim().toUpperCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> GREY_AT_START = java.util.Set.of("MPGV", "MP2V", "MP1V");

    /** The length of one frame from the first video track that states its rate, in ms (0: none states it). */
    static long frameMillisOf(MediaPlayer mp) {
        List<VideoTrackInfo> tracks = mp.media().info() == null ? List.of() : mp.media().info().videoTracks();
        for (VideoTrackInfo track : tracks) {
            if (track.frameRate() > 0 && track.frameRateBase() > 0) {
                return Math.round(1000.0 * track.frameRateBase() / track.frameRate());
            }
        }
        return 0;
    }
}
