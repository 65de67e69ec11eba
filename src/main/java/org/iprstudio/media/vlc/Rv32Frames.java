package org.iprstudio.media.vlc;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormat;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormatCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.RenderCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.format.RV32BufferFormat;

/**
 * vlcj's two frame callbacks as this program uses them everywhere (the player's surface, the frame
 * grabber, the playback check): frames in 32-bit RGB at the source size, the buffer kept at that
 * size (painting scales), each frame handed over in {@code display} to be copied there, nothing
 * done on lock and unlock. Both are called on libVLC's threads.
 */
final class Rv32Frames implements BufferFormatCallback, RenderCallback {
    /** Told the size of the frames to come, before the first of them. */
    interface SizeListener {
        void size(int width, int height);
    }

    private final SizeListener onSize;
    private final Consumer<ByteBuffer> onFrame;

    /**
     * @param onSize  the frames' size, once libVLC knows it
     * @param onFrame each frame's pixels (one int per pixel), valid only during the call
     */
    Rv32Frames(SizeListener onSize, Consumer<ByteBuffer> onFrame) {
        this.onSize = onSize;
        this.onFrame = onFrame;
    }

    @Override
    public BufferFormat getBufferFormat(int sourceWidth, int sourceHeight) {
        onSize.size(sourceWidth, sourceHeight);
        return new RV32BufferFormat(sourceWidth, sourceHeight);
    }

    @Override
    public void newFormatSize(int bufferWidth, int bufferHeight, int displayWidth, int displayHeight) {
        // the buffer keeps the source size
    }

    @Override
    public void allocatedBuffers(ByteBuffer[] buffers) {
        // frames are copied in display(), so the native buffers need no wrapping
    }

    @Override
    public void lock(MediaPlayer mediaPlayer) {
    }

    @Override
    public void display(MediaPlayer mediaPlayer, ByteBuffer[] nativeBuffers, BufferFormat bufferFormat, int displayWidth, int displayHeight) {
        onFrame.accept(nativeBuffers[0]);
    }

    @Override
    public void unlock(MediaPlayer mediaPlayer) {
    }

    /** Copies a frame's pixels into {@code pixels} (as many as both hold). */
    static void copy(ByteBuffer frame, int[] pixels) {
        frame.asIntBuffer().get(pixels, 0, Math.min(pixels.length, frame.capacity() / 4));
    }

    /** A cheap fingerprint of a picture: enough to tell one frame from the next. */
    static long fingerprint(int[] pixels) {
        long h = 1125899906842597L;
        int step = Math.max(1, pixels.length / 20_000);
        for (int i = 0; i < pixels.length; i += step) {
            h = 31 * h + pixels[i];
        }
        return h;
    }
}
