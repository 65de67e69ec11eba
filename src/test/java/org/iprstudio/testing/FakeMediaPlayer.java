package org.iprstudio.testing;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;

/**
 * A player with a manual clock: time moves only when a test calls {@link #advance}. It records
 * what it was asked to do, so GUI tests can check seek targets exactly.
 */
public final class FakeMediaPlayer implements MediaPlayer {
    private final List<PlaybackListener> listeners = new CopyOnWriteArrayList<>();
    public final List<MediaTime> seeks = new ArrayList<>();
    public int nextFrames;
    private final MediaTime length;
    private long time;
    private boolean playing;
    private double rate = 1.0;
    private boolean muted;
    private int volume = 100;
    private Path loaded;
    private final JComponent view = new JComponent() {
        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Color.DARK_GRAY);
            g.fillRect(0, 0, getWidth(), getHeight());
        }
    };

    public FakeMediaPlayer(MediaTime length) {
        this.length = length;
    }

    public Path loadedFile() {
        return loaded;
    }

    /** Moves the clock as if {@code millis} of wall-clock time had passed. */
    public void advance(long millis) {
        if (playing) {
            time = Math.min(length.millis(), time + Math.round(millis * rate));
            listeners.forEach(l -> l.timeChanged(time()));
        }
    }

    @Override
    public void load(Path file, boolean autoPlay) {
        loaded = file;
        time = 0;
        listeners.forEach(l -> l.loaded(length));
        if (autoPlay) {
            play();
        }
    }

    @Override
    public void play() {
        playing = true;
        listeners.forEach(PlaybackListener::playing);
    }

    @Override
    public void pause() {
        playing = false;
        listeners.forEach(PlaybackListener::paused);
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void seek(MediaTime target) {
        seeks.add(target);
        time = Math.min(target.millis(), length.millis());
        listeners.forEach(l -> l.timeChanged(time()));
    }

    @Override
    public void nextFrame() {
        nextFrames++;
        time = Math.min(length.millis(), time + frameDuration().millis());
        listeners.forEach(l -> l.timeChanged(time()));
    }

    @Override
    public MediaTime frameDuration() {
        return MediaTime.ofMillis(100);
    }

    @Override
    public void setRate(double newRate) {
        rate = newRate;
    }

    @Override
    public double rate() {
        return rate;
    }

    @Override
    public MediaTime time() {
        return MediaTime.ofMillis(time);
    }

    @Override
    public Optional<MediaTime> duration() {
        return Optional.of(length);
    }

    @Override
    public Optional<BufferedImage> snapshot() {
        return Optional.empty();
    }

    @Override
    public void setVolume(int percent) {
        volume = percent;
    }

    @Override
    public void setMuted(boolean mute) {
        muted = mute;
    }

    @Override
    public boolean isMuted() {
        return muted;
    }

    @Override
    public int volume() {
        return volume;
    }

    @Override
    public Component view() {
        return view;
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
        listeners.clear();
    }
}
