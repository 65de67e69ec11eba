package org.iprstudio.ui.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Valence;

/**
 * How a moment looks. Colours from the Okabe-Ito palette (safe for colour-blind readers), and
 * never colour alone: helpful points up, hindering points down, neutral is a diamond, unrated a
 * hollow circle; hindering spans are hatched.
 */
final class MomentStyle {
    static final Color HELPFUL = new Color(0x00, 0x72, 0xB2);
    static final Color HINDERING = new Color(0xD5, 0x5E, 0x00);
    static final Color NEUTRAL = new Color(0x6B, 0x6B, 0x6B);
    static final Color UNRATED = new Color(0x9A, 0x9A, 0x9A);
    static final int MARKER = 12;

    private MomentStyle() {
    }

    static Color colour(Optional<Valence> valence) {
        return valence.map(v -> switch (v) {
            case HELPFUL -> HELPFUL;
            case HINDERING -> HINDERING;
            case NEUTRAL -> NEUTRAL;
        }).orElse(UNRATED);
    }

    /** The marker shape centred on (x, y). */
    static Shape marker(Optional<Valence> valence, double x, double y) {
        int h = MARKER / 2;
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        if (valence.isEmpty()) {
            return new Ellipse2D.Double(cx - h + 1, cy - h + 1, MARKER - 2, MARKER - 2);
        }
        return switch (valence.get()) {
            case HELPFUL -> new Polygon(new int[] {cx - h, cx + h, cx}, new int[] {cy + h, cy + h, cy - h}, 3);
            case HINDERING -> new Polygon(new int[] {cx - h, cx + h, cx}, new int[] {cy - h, cy - h, cy + h}, 3);
            case NEUTRAL -> new Polygon(new int[] {cx - h, cx, cx + h, cx}, new int[] {cy, cy - h, cy, cy + h}, 4);
        };
    }

    static void paintMarker(Graphics2D g, Moment m, double x, double y, boolean selected) {
        Optional<Valence> valence = m.valence();
        Shape shape = marker(valence, x, y);
        Color colour = colour(valence);
        if (selected) {
            g.setColor(new Color(255, 200, 0, 170));
            g.setStroke(HALO);
            g.draw(shape);
        }
        if (valence.isPresent()) {
            g.setColor(colour);
            g.fill(shape);
        }
        g.setColor(valence.isPresent() ? colour.darker() : colour);
        g.setStroke(valence.isPresent() ? THIN : HOLLOW);
        g.draw(shape);
    }

    private static final Paint HINDERING_SPAN = hatched(HINDERING);
    private static final Paint HELPFUL_SPAN = translucent(HELPFUL);
    private static final Paint NEUTRAL_SPAN = translucent(NEUTRAL);
    private static final Paint UNRATED_SPAN = translucent(UNRATED);
    static final BasicStroke THIN = new BasicStroke(1f);
    static final Color CONVERGENT = new Color(0x00, 0x9E, 0x73);
    static final Color DIVERGENT = new Color(0xCC, 0x79, 0xA7);
    static final Color DIVERGENT_MEANING = new Color(0x56, 0x3D, 0x7C);

    /** Pair links differ by colour and by dash, so the class reads without colour vision too. */
    public static Color linkColour(PairLink.Kind kind) {
        return switch (kind) {
            case CONVERGENT -> CONVERGENT;
            case DIVERGENT_VALENCE -> DIVERGENT;
            case DIVERGENT_MEANING -> DIVERGENT_MEANING;
            case SUGGESTED -> UNRATED;
        };
    }

    public static BasicStroke linkStroke(PairLink.Kind kind) {
        return switch (kind) {
            case CONVERGENT -> new BasicStroke(2f);
            case DIVERGENT_VALENCE -> new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f);
            case DIVERGENT_MEANING -> new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 3f, 2f, 3f}, 0f);
            case SUGGESTED -> new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f);
        };
    }
    private static final BasicStroke HOLLOW = new BasicStroke(2f);
    private static final BasicStroke HALO = new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** The paint of a span bar; made once per valence, since painting may draw thousands. */
    static Paint spanPaint(Optional<Valence> valence) {
        return valence.map(v -> switch (v) {
            case HINDERING -> HINDERING_SPAN;
            case HELPFUL -> HELPFUL_SPAN;
            case NEUTRAL -> NEUTRAL_SPAN;
        }).orElse(UNRATED_SPAN);
    }

    private static Paint translucent(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 70);
    }

    private static Paint hatched(Color colour) {
        BufferedImage tile = new BufferedImage(6, 6, BufferedImage.TYPE_INT_ARGB);
        Graphics2D t = tile.createGraphics();
        t.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 70));
        t.fillRect(0, 0, 6, 6);
        t.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
        t.drawLine(0, 5, 5, 0);
        t.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 6, 6));
    }
}
