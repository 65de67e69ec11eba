package org.iprstudio.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FrameBarcodeTest {
    /** Draws the barcode as the demo videos carry it (sample-projects/alliance-demo/media/README.md). */
    static BufferedImage frameWithBarcode(int number, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, width, height);
        int barTop = height - Math.round(height * 16f / 180f);
        int parity = Integer.bitCount(number) % 2;
        for (int block = 0; block < 16; block++) {
            boolean white = block < 15 ? (number >> block & 1) == 1 : parity == 1;
            g.setColor(white ? new Color(235, 235, 235) : new Color(16, 16, 16));
            int x0 = block * width / 16;
            int x1 = (block + 1) * width / 16;
            g.fillRect(x0, barTop, x1 - x0, height - barTop);
        }
        g.dispose();
        return image;
    }

    @Test
    void readsTheFrameNumberAtAnyScale() {
        for (int number : new int[] {0, 1, 1234, 29_999, 32_767}) {
            assertThat(FrameBarcode.read(frameWithBarcode(number, 320, 180))).hasValue(number);
            assertThat(FrameBarcode.read(frameWithBarcode(number, 1280, 720))).hasValue(number);
        }
    }

    @Test
    void aFlippedBitBreaksTheParityAndGivesNothing() {
        BufferedImage frame = frameWithBarcode(1234, 320, 180); // bit 0 of 1234 is 0: block 0 is black
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 164, 20, 16);
        g.dispose();
        assertThat(FrameBarcode.read(frame)).isEmpty();
    }

    @Test
    void aBarThatIsNeitherBlackNorWhiteIsNoBarcode() {
        BufferedImage frame = frameWithBarcode(5, 320, 180);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 160, 320, 20);
        g.dispose();
        assertThat(FrameBarcode.read(frame)).isEmpty();
    }
}
