package org.iprstudio.ui.agreement;

import java.awt.Graphics2D;
import java.util.List;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.ui.Texts;

/**
 * The matched marks' offsets (the therapist's anchor minus the client's) in bins of 5 s centred
 * on whole multiples of 5 s, over the pairing window and any offset beyond it (overlapping
 * spans): right of zero the client marked first, left of it the therapist.
 */
public final class OffsetHistogram extends PlotCanvas {
    static final long BIN_MILLIS = 5_000;
    private List<Long> offsets = List.of();
    private PairingWindow window;

    OffsetHistogram() {
        setName("offsetHistogram");
    }

    void show(List<Long> newOffsets, PairingWindow pairingWindow) {
        offsets = List.copyOf(newOffsets);
        window = pairingWindow;
        repaint();
    }

    /** The offsets drawn, in ms (for tests). */
    public List<Long> offsets() {
        return offsets;
    }

    /** The bin of an offset: its nearest multiple of 5 s, counted in bins (half a bin rounds away from zero). */
    static long bin(long millis) {
        return Math.round(Math.abs(millis) / (double) BIN_MILLIS) * Long.signum(millis);
    }

    @Override
    void paintPlot(Graphics2D g, int width, int height) {
        g.setColor(text());
        g.drawString(Texts.get("agreement.histogram.title", offsets.size()), LEFT, TOP - 8);
        g.setFont(smaller(g));
        long low = window == null ? 0 : -bin(window.before().millis());
        long high = window == null ? 0 : bin(window.after().millis());
        for (long o : offsets) {
            low = Math.min(low, bin(o));
            high = Math.max(high, bin(o));
        }
        int bins = (int) (high - low + 1);
        int[] counts = new int[bins];
        int most = 0;
        for (long o : offsets) {
            int i = (int) (bin(o) - low);
            counts[i]++;
            most = Math.max(most, counts[i]);
        }
        int top = Math.max(1, most);
        int step = top <= 5 ? 1 : (int) Math.ceil(top / 5.0);
        for (int c = 0; c <= top; c += step) {
            double y = TOP + height - c * (double) height / top;
            g.setColor(grid());
            g.drawLine(LEFT, (int) y, LEFT + width, (int) y);
            g.setColor(text());
            rightAligned(g, String.valueOf(c), LEFT - 5, y + 4);
        }
        double binWidth = width / (double) bins;
        int labelEvery = Math.max(1, (int) Math.ceil(34 / binWidth));
        for (int i = 0; i < bins; i++) {
            long centre = (low + i) * BIN_MILLIS;
            double x = LEFT + i * binWidth;
            if (counts[i] > 0) {
                double h = counts[i] * (double) height / top;
                g.setColor(LINE);
                g.fillRect((int) Math.round(x + 2), (int) Math.round(TOP + height - h), (int) Math.max(1, Math.round(binWidth - 4)), (int) Math.round(h));
            }
            if ((low + i) % labelEvery == 0) {
                g.setColor(text());
                centred(g, String.valueOf(centre / 1000), x + binWidth / 2, TOP + height + 16);
            }
        }
        g.setColor(text());
        g.drawLine(LEFT, TOP + height, LEFT + width, TOP + height);
        if (low <= 0 && high >= 0) {
            double zero = LEFT + (-low + 0.5) * binWidth;
            g.setColor(WINDOW);
            g.setStroke(dashed());
            g.drawLine((int) zero, TOP, (int) zero, TOP + height);
        }
        g.setColor(text());
        centred(g, Texts.get("agreement.histogram.axis"), LEFT + width / 2.0, TOP + height + 31);
        if (offsets.isEmpty()) {
            empty(g, Texts.get("agreement.histogram.none"));
        }
    }
}
