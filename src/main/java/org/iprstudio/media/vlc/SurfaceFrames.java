package org.iprstudio.media.vlc;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The video surface as {@link PausedSeeks} sees it: notice of the next frame drawn, the picture's fingerprint. */
final class SurfaceFrames implements PausedSeeks.FrameNotices {
    private final VideoSurface surface;
    private final Consumer<Runnable> onSwing;
    private final LongConsumer lost;

    /**
     * @param onSwing runs an action on the Swing thread if it still belongs to the video on show
     * @param lost    told (on the Swing thread) of a frame that could not be brought on screen
     */
    SurfaceFrames(VideoSurface surface, Consumer<Runnable> onSwing, LongConsumer lost) {
        this.surface = surface;
        this.onSwing = onSwing;
        this.lost = lost;
    }

    @Override
    public void onNextFrame(Runnable onRenderThread) {
        surface.onNextFrame(onRenderThread);
    }

    @Override
    public void onSwing(Runnable action) {
        onSwing.accept(action);
    }

    @Override
    public long pictureHash() {
        return surface.pictureHash();
    }

    @Override
    public void lost(long frameStart) {
        lost.accept(frameStart);
    }
}
