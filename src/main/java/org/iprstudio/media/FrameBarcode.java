package org.iprstudio.media;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;

/**
 * Reads the frame number that the demo and test videos carry in their bottom 16 of 180 rows:
 * 16 equal blocks, block i (from the left) white when bit i of the frame number is set, block 15
 * a parity block making the count of white blocks even (sample-projects/alliance-demo/media/README.md).
 * With it a test knows exactly which frame is on screen instead of trusting the player's clock.
 */
public final class FrameBarcode {
    private static final int BLOCKS = 16;
    private static final double BAR_CENTRE_FROM_BOTTOM = 8.0 / 180.0;

    private FrameBarcode() {
    }

    public static OptionalInt read(BufferedImage frame) {
        if (frame == null || frame.getWidth() < BLOCKS || frame.getHeight() < 20) {
            return OptionalInt.empty();
        }
        int y = (int) Math.round(frame.getHeight() * (1 - BAR_CENTRE_FROM_BOTTOM));
        int number = 0;
        int whites = 0;
        for (int block = 0; block < BLOCKS; block++) {
            double centre = (block + 0.5) * frame.getWidth() / BLOCKS;
            int luma = averageLuma(frame, (int) centre, y);
            boolean white;
            if (luma > 170) {
                white = true;
            } else if (luma < 85) {
                white = false;
            } else {
                return OptionalInt.empty(); // blurred, scaled or not a barcode frame
            }
            if (white) {
                whites++;
                if (block < BLOCKS - 1) {
                    number |= 1 << block;
                }
            }
        }
        return whites % 2 == 0 ? OptionalInt.of(number) : OptionalInt.empty();
    }

    private static int averageLuma(BufferedImage image, int cx, int cy) {
        int sum = 0;
        int count = 0;
        int radius = Math.max(1, image.getWidth() / 160);
        for (int dx = -radius; dx <= radius; dx++) {
            for (int dy = -radius; dy <= radius; dy++) {
                int x = Math.min(image.getWidth() - 1, Math.max(0, cx + dx));
                int y = Math.min(image.getHeight() - 1, Math.max(0, cy + dy));
                int rgb = image.getRGB(x, y);
                sum += (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
                count++;
            }
        }
        return sum / count;
    }
}
