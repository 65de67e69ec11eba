package org.iprstudio.media.vlc;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import com.sun.jna.Pointer;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.VideoTrackInfo;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;
import uk.co.caprica.vlcj.player.base.callback.AudioCallbackAdapter;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.CallbackVideoSurface;

/**
 * Plays a file for a moment, silently and off screen (frames are decoded into memory and dropped,
 * sound goes to libVLC's dummy output), to learn what parsing alone does not tell:
 * <ul>
 * <li>the tracks of streams whose tracks appear only during playback (MPEG-2 program streams:
 * libVLC's parse lists none), with their length;</li>
 * <li>whether the file holds data near its declared end: a copy cut short still declares its full
 * length, and only playing there shows that nothing comes.</li>
 * </ul>
 * Every wait is bounded, so a check never hangs. Runs on the caller's thread (never the Swing
 * thread); nothing is called back into libVLC from its event threads.
 */
final class PlaybackCheck {
    private static final long START_TIMEOUT_MS = 5_000;
    private static final long FIRST_DATA_TIMEOUT_MS = 2_000;
    private static final long END_TIMEOUT_MS = 3_000;
    /** How far before the declared end the end check looks. */
    private static final long END_LEAD_MS = 1_500;
    /** New frames after the seek that prove there is picture there (one could be a frame on its way before the seek). */
    private static final int FRAMES_AFTER_SEEK = 3;
    /** How long after the seek it must still be playing (well under the 1.5 s left before the end). */
    private static final long STILL_PLAYING_MS = 600;
    /** How much sound after the seek proves there is sound there (more than could be on its way before it). */
    private static final long SOUND_AFTER_SEEK_MS = 400;
    /** Sound is handed over mono at this rate, counted and dropped. */
    private static final int SOUND_RATE = 8000;

    /** What playing showed. {@code endReached} is null when the end was not checked or the check ran out of time. */
    record Outcome(boolean started, int videoTracks, int audioTracks, int width, int height, long lengthMillis, Boolean endReached, long endCheckedAt,
            String videoCodec) {
        Outcome(boolean started, int videoTracks, int audioTracks, int width, int height, long lengthMillis, Boolean endReached, long endCheckedAt) {
            this(started, videoTracks, audioTracks, width, height, lengthMillis, endReached, endCheckedAt, null);
        }
    }

    private final MediaPlayerFactory factory;

    PlaybackCheck(MediaPlayerFactory factory) {
        this.factory = factory;
    }

    /** Plays {@code file}; with {@code checkEnd}, also seeks near its end and sees whether picture or sound comes there. */
    Outcome run(Path file, boolean checkEnd) throws InterruptedException {
        FrameCounter frames = new FrameCounter();
        SoundCounter sound = new SoundCounter();
        EmbeddedMediaPlayer player = factory.mediaPlayers().newEmbeddedMediaPlayer();
        CallbackVideoSurface surface = factory.videoSurfaces().newVideoSurface(frames.callbacks, frames.callbacks, true);
        Events events = new Events();
        try {
            player.videoSurface().set(surface);
            player.audio().callback("S16N", SOUND_RATE, 1, sound); // a check makes no sound, with or without a sound card
            player.events().addMediaPlayerEventListener(events);
            if (!player.media().play(file.toAbsolutePath().toString(), ":no-sub-autodetect-file")) {
                return new Outcome(false, 0, 0, 0, 0, 0, null, 0);
            }
            waitFor(() -> events.playing.get() || events.ended(), START_TIMEOUT_MS);
            if (!events.playing.get()) {
                return new Outcome(false, 0, 0, 0, 0, 0, null, 0);
            }
            // a picture, if there is one, before the tracks are read: a program stream's video track is complete only once decoded
            waitFor(() -> frames.count.get() > 0 || events.ended(), FIRST_DATA_TIMEOUT_MS);
            long length = player.status().length();
            List<VideoTrackInfo> videos = player.media().info() == null ? List.of() : player.media().info().videoTracks();
            int audios = player.media().info() == null ? 0 : player.media().info().audioTracks().size();
            int videoCount = Math.max(videos.size(), frames.count.get() > 0 ? 1 : 0);
            Boolean endReached = null;
            long target = 0;
            if (checkEnd && length > 0 && !events.ended()) {
                target = length > 2 * END_LEAD_MS ? length - END_LEAD_MS : length / 2;
                endReached = reachesEnd(player, frames, sound, events, target, videoCount > 0);
            }
            // the size last, once the end check has played on: a program stream states its picture size only later, and the
            // buffer's size is padded to a multiple of 16 rows (a 320x180 MPEG-2 was once reported as 320x192 under load)
            java.awt.Dimension size = pictureSize(player, frames);
            List<VideoTrackInfo> known = player.media().info() == null ? List.of() : player.media().info().videoTracks();
            String codec = known.isEmpty() ? null : VlcMediaProbe.codecOf(known.get(0));
            return new Outcome(true, videoCount, audios, size.width, size.height, length, endReached, target, codec);
        } finally {
            player.controls().stop();
            player.release();
        }
    }

    /** The picture's size: the tracks' own, else the player's, else (last) the buffer's, which may be padded. */
    private static java.awt.Dimension pictureSize(EmbeddedMediaPlayer player, FrameCounter frames) {
        List<VideoTrackInfo> videos = player.media().info() == null ? List.of() : player.media().info().videoTracks();
        int width = 0;
        int height = 0;
        for (VideoTrackInfo track : videos) {
            width = Math.max(width, track.width());
            height = Math.max(height, track.height());
        }
        java.awt.Dimension shown = player.video().videoDimension();
        if (width == 0 && shown != null) { // the picture's size, as the player has it
            width = shown.width;
            height = shown.height;
        }
        if (width == 0) { // the buffer's size, last: it may be padded to a multiple of 16 rows
            width = frames.width;
            height = frames.height;
        }
        return new java.awt.Dimension(width, height);
    }

    private static Boolean reachesEnd(EmbeddedMediaPlayer player, FrameCounter frames, SoundCounter sound, Events events, long target, boolean video)
            throws InterruptedException {
        int before = frames.count.get();
        long soundBefore = sound.samples.get();
        player.controls().setTime(target);
        long seekedAt = System.nanoTime();
        // picture or sound after the seek, and still going a while later: a cut copy ends at once (its data is gone)
        BooleanSupplier there = () -> (video ? frames.count.get() >= before + FRAMES_AFTER_SEEK
                : sound.samples.get() - soundBefore >= SOUND_RATE * SOUND_AFTER_SEEK_MS / 1000)
                && System.nanoTime() - seekedAt >= TimeUnit.MILLISECONDS.toNanos(STILL_PLAYING_MS) && !events.ended();
        waitFor(() -> there.getAsBoolean() || events.ended(), END_TIMEOUT_MS);
        if (there.getAsBoolean()) {
            return true;
        }
        return events.ended() ? false : null;
    }

    private static void waitFor(BooleanSupplier condition, long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    /** Only records: nothing here calls libVLC (vlcj's threading rule). */
    private static final class Events extends MediaPlayerEventAdapter {
        final AtomicBoolean playing = new AtomicBoolean();
        final AtomicBoolean finished = new AtomicBoolean();
        final AtomicBoolean error = new AtomicBoolean();

        boolean ended() {
            return finished.get() || error.get();
        }

        @Override
        public void playing(MediaPlayer mediaPlayer) {
            playing.set(true);
        }

        @Override
        public void finished(MediaPlayer mediaPlayer) {
            finished.set(true);
        }

        @Override
        public void error(MediaPlayer mediaPlayer) {
            error.set(true);
        }
    }

    /** Takes libVLC's sound and counts the samples; nothing is played. */
    private static final class SoundCounter extends AudioCallbackAdapter {
        final AtomicLong samples = new AtomicLong();

        @Override
        public void play(MediaPlayer mediaPlayer, Pointer buffer, int sampleCount, long pts) {
            samples.addAndGet(sampleCount);
        }
    }

    /** Takes libVLC's frames and counts them; the pixels are not looked at. */
    private static final class FrameCounter {
        final AtomicInteger count = new AtomicInteger();
        volatile int width;
        volatile int height;
        /** vlcj's callbacks, held here so they live as long as the counter. */
        final Rv32Frames callbacks = new Rv32Frames((w, h) -> {
            width = w;
            height = h;
        }, frame -> count.incrementAndGet());
    }
}
