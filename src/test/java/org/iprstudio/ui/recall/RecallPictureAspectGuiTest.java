package org.iprstudio.ui.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The picture keeps its shape in a video area of another shape: the recall screen once drew a
 * 16:9 video stretched to fill 928x577.
 */
@Tag("gui")
class RecallPictureAspectGuiTest {

    @Test
    void aSixteenByNineVideoInAn928x577AreaIsDrawnSixteenByNine() {
        try (VlcRuntime vlc = VlcRuntime.start(true)) {
            MediaPlayer player = GuiActionRunner.execute(vlc::newPlayer);
            AtomicBoolean loaded = new AtomicBoolean();
            JFrame frame = GuiActionRunner.execute(() -> {
                player.addListener(new PlaybackListener() {
                    @Override
                    public void loaded(MediaTime duration) {
                        loaded.set(true);
                    }
                });
                JFrame f = new JFrame("aspect");
                JPanel holder = new JPanel(null);
                Component view = player.view();
                view.setBounds(0, 0, 928, 577);
                holder.add(view);
                holder.setPreferredSize(new Dimension(928, 577));
                f.setContentPane(holder);
                f.pack();
                f.setVisible(true);
                player.load(TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4"), false);
                return f;
            });
            try {
                waitFor("the video", loaded::get);
                GuiActionRunner.execute(() -> player.seek(MediaTime.ofMillis(5_000)));
                waitFor("a frame", () -> player.snapshot().isPresent());
                BufferedImage source = player.snapshot().orElseThrow();
                BufferedImage[] drawn = new BufferedImage[1];
                waitFor("the frame drawn", () -> {
                    drawn[0] = new BufferedImage(928, 577, BufferedImage.TYPE_INT_RGB);
                    var g = drawn[0].createGraphics();
                    player.view().paint(g);
                    g.dispose();
                    return new Color(drawn[0].getRGB(464, 288)).getBlue() > 60; // the demo's blue middle, not the black background
                });
                double sourceShape = blueShape(source);
                double drawnShape = blueShape(drawn[0]);
                assertThat(drawnShape).as("width/height of the picture's blue field, drawn vs. in the video")
                        .isCloseTo(sourceShape, org.assertj.core.data.Offset.offset(0.05));
            } finally {
                GuiActionRunner.execute(() -> {
                    frame.dispose();
                    player.close();
                });
            }
        }
    }

    /** Width over height of the region of the picture's middle colour, found along the centre lines. */
    private static double blueShape(BufferedImage image) {
        int cx = image.getWidth() / 2;
        int cy = image.getHeight() / 2;
        Color middle = new Color(image.getRGB(cx, cy));
        int left = cx;
        int right = cx;
        int top = cy;
        int bottom = cy;
        while (left > 0 && close(image.getRGB(left - 1, cy), middle)) {
            left--;
        }
        while (right < image.getWidth() - 1 && close(image.getRGB(right + 1, cy), middle)) {
            right++;
        }
        while (top > 0 && close(image.getRGB(cx, top - 1), middle)) {
            top--;
        }
        while (bottom < image.getHeight() - 1 && close(image.getRGB(cx, bottom + 1), middle)) {
            bottom++;
        }
        return (right - left + 1) / (double) (bottom - top + 1);
    }

    private static boolean close(int rgb, Color c) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen()) + Math.abs(p.getBlue() - c.getBlue()) < 60;
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier onEdt) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(onEdt::getAsBoolean);
            }
        }, Timeout.timeout(15_000));
    }
}
