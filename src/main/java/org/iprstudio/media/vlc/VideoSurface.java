package org.iprstudio.media.vlc;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * A lightweight Swing component that libVLC renders into, frame by frame. Being lightweight,
 * it can carry overlays and shows up in screenshots and GUI tests, and the frame on screen can
 * be copied exactly. libVLC calls {@link #display} on its own thread: it copies the pixels under
 * a lock and asks Swing to repaint, nothing more.
 */
final class VideoSurface extends JComponent {
    private static final Color SOUND_ONLY_BACKGROUND = new Color(0x27, 0x30, 0x3A);
    private static final Color SOUND_ONLY_FOREGROUND = new Color(0xB8, 0xC4, 0xCF);
    private final Object frameLock = new Object();
    private BufferedImage frame;
    private int[] pixels;
    private boolean hasFrame;
    private volatile long shownAtNanos;
    /** A cheap fingerprint of the picture on screen: libVLC redraws a paused picture every ~80 ms, and only a new fingerprint is a new picture. */
    private volatile long pictureHash;
    /** Frames shown since the last {@link #clear}. */
    private volatile int framesSinceClear;
    /** Told (on libVLC's render thread) when a frame is shown after {@link #clear}; it must not call libVLC. */
    private volatile Runnable firstFrameHook = () -> { };
    /** Told of every frame while set (a paused seek waits for its frame); it must not call libVLC either. */
    private volatile Runnable nextFrameHook;
    /** Shown instead of a picture when the media has sound only (the text comes from the user interface). */
    private volatile String soundOnlyText;
    private volatile boolean soundOnly;

    private final Rv32Frames callbacks = new Rv32Frames(this::sizeChosen, this::frameArrived);

    VideoSurface() {
        setOpaque(true);
        setBackground(Color.BLACK);
    }

    /** vlcj's frame callbacks for this surface (held here, so they live as long as it does). */
    Rv32Frames callbacks() {
        return callbacks;
    }

    private void sizeChosen(int sourceWidth, int sourceHeight) {
        synchronized (frameLock) {
            frame = new BufferedImage(sourceWidth, sourceHeight, BufferedImage.TYPE_INT_RGB);
            pixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
            hasFrame = false;
        }
    }

    private void frameArrived(ByteBuffer nativeFrame) {
        boolean first;
        synchronized (frameLock) {
            if (pixels == null) {
                return;
            }
            Rv32Frames.copy(nativeFrame, pixels);
            first = !hasFrame;
            hasFrame = true;
            framesSinceClear++;
            pictureHash = Rv32Frames.fingerprint(pixels);
            shownAtNanos = System.nanoTime();
        }
        if (first) {
            firstFrameHook.run();
        }
        Runnable next = nextFrameHook;
        if (next != null) {
            nextFrameHook = null;
            next.run();
        }
        repaint(); // thread-safe: only queues a paint on the Swing thread
    }

    /** What to do once, when the next frame is on screen (null: nothing). */
    void onNextFrame(Runnable hook) {
        nextFrameHook = hook;
    }

    /** What to do when the first frame after a {@link #clear} is on screen (the hook only hands over to the Swing thread). */
    void onFirstFrame(Runnable hook) {
        firstFrameHook = hook;
    }

    /** A copy of the frame last shown. */
    Optional<BufferedImage> copyOfFrame() {
        synchronized (frameLock) {
            if (!hasFrame) {
                return Optional.empty();
            }
            BufferedImage copy = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            System.arraycopy(pixels, 0, ((DataBufferInt) copy.getRaster().getDataBuffer()).getData(), 0, pixels.length);
            return Optional.of(copy);
        }
    }

    /** When the last frame arrived (System.nanoTime), or 0 before the first. */
    long shownAtNanos() {
        return shownAtNanos;
    }

    long pictureHash() {
        return pictureHash;
    }

    /** How many frames libVLC has shown since the picture was last cleared. */
    int framesSinceClear() {
        return framesSinceClear;
    }

    void clear() {
        synchronized (frameLock) {
            hasFrame = false;
            framesSinceClear = 0;
        }
        soundOnly = false;
        repaint();
    }

    void setSoundOnlyText(String text) {
        soundOnlyText = text;
        repaint();
    }

    /** The media has sound and no picture: a calm picture says so, instead of a black field that looks broken. */
    void showSoundOnly() {
        soundOnly = true;
        repaint();
    }

    boolean showsSoundOnly() {
        return soundOnly && framesSinceClear == 0;
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        synchronized (frameLock) {
            if (!hasFrame || frame == null) {
                if (soundOnly) {
                    paintSoundOnly(g);
                }
                return;
            }
            double scale = Math.min((double) getWidth() / frame.getWidth(), (double) getHeight() / frame.getHeight());
            int w = (int) Math.round(frame.getWidth() * scale);
            int h = (int) Math.round(frame.getHeight() * scale);
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(frame, (getWidth() - w) / 2, (getHeight() - h) / 2, w, h, null);
            g2.dispose();
        }
    }

    /** A quiet slate: a dark blue-grey field, three soft arcs (a speaker's waves) and the text under them. */
    private void paintSoundOnly(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(SOUND_ONLY_BACKGROUND);
            g2.fillRect(0, 0, getWidth(), getHeight());
            int size = Math.max(12, Math.min(getWidth(), getHeight()) / 5);
            int cx = getWidth() / 2;
            int cy = getHeight() / 2 - size / 3;
            g2.setColor(SOUND_ONLY_FOREGROUND);
            g2.setStroke(new java.awt.BasicStroke(Math.max(2f, size / 14f), java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
            for (int i = 1; i <= 3; i++) {
                int r = size * i / 3;
                g2.drawArc(cx - r, cy - r, 2 * r, 2 * r, -40, 80);
                g2.drawArc(cx - r, cy - r, 2 * r, 2 * r, 140, 80);
            }
            String text = soundOnlyText;
            if (text != null && !text.isBlank()) {
                g2.setFont(getFont() == null ? g2.getFont() : getFont().deriveFont(java.awt.Font.PLAIN, Math.max(12f, size / 3.5f)));
                java.awt.FontMetrics metrics = g2.getFontMetrics();
                g2.drawString(text, cx - metrics.stringWidth(text) / 2, cy + size + metrics.getAscent());
            }
        } finally {
            g2.dispose();
        }
    }
}
