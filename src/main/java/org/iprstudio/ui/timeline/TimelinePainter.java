package org.iprstudio.ui.timeline;

import static org.iprstudio.ui.timeline.TimelineView.LABEL_WIDTH;
import static org.iprstudio.ui.timeline.TimelineView.LANE_HEIGHT;
import static org.iprstudio.ui.timeline.TimelineView.RULER_HEIGHT;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.swing.UIManager;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Valence;
import org.iprstudio.ui.Texts;

/**
 * Paints a {@link TimelineView} layer by layer: the ruler, the search marks along it, each lane
 * inside the clip (its label, then span bars and markers, or per-pixel density columns when more
 * moments are visible than pixels, or the hatching of a missing pass), the pair links between the
 * lanes and the playhead on top. It reads what to show from the view and changes nothing.
 */
final class TimelinePainter {
    /** Below this many pixels per visible moment, markers would overlap into a smear: show density columns instead. */
    private static final int DENSITY_PIXELS_PER_MOMENT = 4;

    private final TimelineView view;

    TimelinePainter(TimelineView view) {
        this.view = view;
    }

    /** Paints everything into g, in the view's window of time as scale s maps it. */
    void paint(Graphics2D g, int width, int height, Rectangle clip, TimeScale s) {
        List<TimelineLane> lanes = view.lanes();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color background = colour("Panel.background", Color.WHITE);
        Color text = colour("Label.foreground", Color.BLACK);
        g.setColor(colour("Table.background", Color.WHITE));
        g.fillRect(0, 0, width, height);
        paintRuler(g, s, width, text, background);
        paintSearchMarks(g, s);
        for (int i = 0; i < lanes.size(); i++) {
            int top = RULER_HEIGHT + i * LANE_HEIGHT;
            if (clip != null && (top > clip.y + clip.height || top + LANE_HEIGHT < clip.y)) {
                continue;
            }
            paintLane(g, s, lanes.get(i), i, top, width, text, background);
        }
        paintLinks(g, s, lanes);
        if (lanes.isEmpty()) {
            g.setColor(colour("Label.disabledForeground", Color.GRAY));
            g.drawString(view.emptyText(), LABEL_WIDTH + 8, RULER_HEIGHT + 28);
        }
        paintPlayhead(g, s, Math.min(height, RULER_HEIGHT + Math.max(1, lanes.size()) * LANE_HEIGHT));
    }

    private void paintRuler(Graphics2D g, TimeScale s, int width, Color text, Color background) {
        g.setColor(background);
        g.fillRect(0, 0, width, RULER_HEIGHT);
        g.setColor(colour("Separator.foreground", Color.LIGHT_GRAY));
        g.drawLine(0, RULER_HEIGHT - 1, width, RULER_HEIGHT - 1);
        long step = tickStep(s.millisPerPixel());
        long minor = step / (step % 5_000 == 0 || step < 5_000 ? 5 : 6);
        Font small = view.getFont() == null ? g.getFont().deriveFont(11f) : view.getFont().deriveFont(11f);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        long first = Math.max(0, (s.start() / minor) * minor);
        for (long t = first; t <= s.end(); t += minor) {
            int x = (int) Math.round(s.x(t));
            if (x < LABEL_WIDTH) {
                continue;
            }
            boolean major = t % step == 0;
            g.setColor(major ? text : colour("Label.disabledForeground", Color.GRAY));
            g.drawLine(x, RULER_HEIGHT - (major ? 9 : 4), x, RULER_HEIGHT - 1);
            if (major) {
                String label = MediaTime.ofMillis(t).toShortClock();
                g.drawString(label, x + 3, fm.getAscent() + 2);
            }
        }
        g.setColor(text);
        g.drawString(Texts.get("timeline.ruler", MediaTime.ofMillis(s.span()).toShortClock()), 8, fm.getAscent() + 6);
    }

    /** A tick step that leaves at least 80 px between labelled ticks. */
    static long tickStep(double millisPerPixel) {
        long[] steps = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000};
        for (long step : steps) {
            if (step / millisPerPixel >= 80) {
                return step;
            }
        }
        return steps[steps.length - 1];
    }

    private void paintLane(Graphics2D g, TimeScale s, TimelineLane lane, int index, int top, int width, Color text, Color background) {
        Color laneBackground = index % 2 == 0 ? colour("Table.background", Color.WHITE) : blend(colour("Table.background", Color.WHITE), text, 0.04);
        g.setColor(laneBackground);
        g.fillRect(LABEL_WIDTH, top, width - LABEL_WIDTH, LANE_HEIGHT);
        g.setColor(background);
        g.fillRect(0, top, LABEL_WIDTH, LANE_HEIGHT);
        g.setColor(colour("Separator.foreground", Color.LIGHT_GRAY));
        g.drawLine(0, top + LANE_HEIGHT - 1, width, top + LANE_HEIGHT - 1);
        g.drawLine(LABEL_WIDTH - 1, top, LABEL_WIDTH - 1, top + LANE_HEIGHT);

        Font base = view.getFont() == null ? g.getFont() : view.getFont();
        g.setFont(base.deriveFont(Font.BOLD, 12.5f));
        g.setColor(lane.missing() ? MomentStyle.HINDERING.darker() : text);
        g.drawString(clip(g, lane.label(), LABEL_WIDTH - 14), 8, top + 18);
        g.setFont(base.deriveFont(11f));
        g.setColor(colour("Label.disabledForeground", Color.GRAY));
        g.drawString(clip(g, lane.detail(), LABEL_WIDTH - 14), 8, top + 34);

        if (lane.missing()) {
            paintMissing(g, lane, top, width);
            return;
        }
        int markerY = view.laneMarkerY(index);
        int barTop = markerY + 9;
        int trackWidth = s.width();
        List<Moment> visible = new ArrayList<>();
        lane.moments().forEachTouching(s.startTime(), s.endTime(), visible::add);
        if (visible.size() > trackWidth / DENSITY_PIXELS_PER_MOMENT) {
            paintDensity(g, s, visible, top);
            for (Moment m : visible) {
                if (m.id().equals(view.selectedOrNull())) {
                    MomentStyle.paintMarker(g, m, s.x(m.anchor().millis()), markerY, true);
                }
            }
            return;
        }
        g.setStroke(MomentStyle.THIN);
        Shape trackClip = g.getClip();
        g.clipRect(s.left(), top, trackWidth + 8, LANE_HEIGHT); // long spans are cut at the lane's edge, not drawn off screen
        for (Moment m : visible) {
            if (m.span() != null) {
                int x0 = (int) Math.max(s.left() - 2, Math.round(s.x(m.span().start().millis())));
                int x1 = (int) Math.min(s.left() + trackWidth + 2, Math.round(s.x(m.span().end().millis())));
                g.setPaint(MomentStyle.spanPaint(m.valence()));
                g.fillRect(x0, barTop, Math.max(2, x1 - x0), 7);
                g.setColor(MomentStyle.colour(m.valence()));
                g.drawRect(x0, barTop, Math.max(2, x1 - x0), 7);
            }
        }
        g.setClip(trackClip);
        for (Moment m : visible) {
            MomentStyle.paintMarker(g, m, s.x(m.anchor().millis()), markerY, m.id().equals(view.selectedOrNull()));
        }
    }

    /** More moments than pixels: one column per pixel, its height the count, split by valence. */
    private void paintDensity(Graphics2D g, TimeScale s, List<Moment> visible, int top) {
        int width = s.width();
        int[][] counts = new int[4][width];
        for (Moment m : visible) {
            int column = (int) (s.x(m.anchor().millis()) - s.left());
            if (column >= 0 && column < width) {
                counts[m.valence().map(Valence::ordinal).orElse(3)][column]++;
            }
        }
        int max = 1;
        for (int c = 0; c < width; c++) {
            max = Math.max(max, counts[0][c] + counts[1][c] + counts[2][c] + counts[3][c]);
        }
        int usable = LANE_HEIGHT - 10;
        Color[] colours = {MomentStyle.HINDERING, MomentStyle.NEUTRAL, MomentStyle.HELPFUL, MomentStyle.UNRATED};
        for (int c = 0; c < width; c++) {
            int y = top + LANE_HEIGHT - 4;
            for (int v = 0; v < 4; v++) {
                if (counts[v][c] > 0) {
                    int h = Math.max(1, counts[v][c] * usable / max);
                    g.setColor(colours[v]);
                    g.fillRect(s.left() + c, y - h, 1, h);
                    y -= h;
                }
            }
        }
    }

    private void paintMissing(Graphics2D g, TimelineLane lane, int top, int width) {
        g.setColor(new Color(MomentStyle.HINDERING.getRed(), MomentStyle.HINDERING.getGreen(), MomentStyle.HINDERING.getBlue(), 40));
        for (int x = LABEL_WIDTH - LANE_HEIGHT; x < width; x += 10) {
            g.drawLine(x, top + LANE_HEIGHT - 2, x + LANE_HEIGHT - 2, top);
        }
        g.setColor(MomentStyle.HINDERING.darker());
        g.setFont(g.getFont().deriveFont(Font.ITALIC, 12f));
        g.drawString(Texts.get("timeline.missing", lane.detail()), LABEL_WIDTH + 12, top + LANE_HEIGHT / 2 + 4);
    }

    /** Pair links from the lower edge of the upper marker to the upper edge of the lower one. */
    private void paintLinks(Graphics2D g, TimeScale s, List<TimelineLane> lanes) {
        List<PairLink> links = view.links();
        if (links.isEmpty()) {
            return;
        }
        java.util.Map<UUID, long[]> where = new java.util.HashMap<>(); // moment -> {lane, anchor}
        for (int i = 0; i < lanes.size(); i++) {
            int lane = i;
            lanes.get(i).moments().forEachTouching(s.startTime().millis() > 60_000 ? MediaTime.ofMillis(s.startTime().millis() - 60_000) : MediaTime.ZERO,
                    MediaTime.ofMillis(s.endTime().millis() + 60_000), m -> where.put(m.id(), new long[] {lane, m.anchor().millis()}));
        }
        Shape before = g.getClip();
        g.clipRect(s.left(), RULER_HEIGHT, s.width() + 8, lanes.size() * LANE_HEIGHT);
        for (PairLink link : links) {
            long[] a = where.get(link.first());
            long[] b = where.get(link.second());
            if (a == null || b == null || a[0] == b[0]) {
                continue;
            }
            long[] upper = a[0] < b[0] ? a : b;
            long[] lower = a[0] < b[0] ? b : a;
            int x1 = (int) Math.round(s.x(upper[1]));
            int x2 = (int) Math.round(s.x(lower[1]));
            g.setColor(MomentStyle.linkColour(link.kind()));
            g.setStroke(MomentStyle.linkStroke(link.kind()));
            g.drawLine(x1, view.laneMarkerY((int) upper[0]) + 8, x2, view.laneMarkerY((int) lower[0]) - 8);
        }
        g.setClip(before);
        g.setStroke(MomentStyle.THIN);
    }

    /** Search hits as small sky-blue flags along the ruler's foot, beneath the playhead's triangle. */
    private void paintSearchMarks(Graphics2D g, TimeScale s) {
        g.setColor(new Color(0x56, 0xB4, 0xE9));
        for (long time : view.searchMarkMillis()) {
            if (time >= s.start() && time <= s.end()) {
                int x = (int) Math.round(s.x(time));
                g.fillRect(x - 1, RULER_HEIGHT - 8, 3, 8);
            }
        }
    }

    private void paintPlayhead(Graphics2D g, TimeScale s, int height) {
        long playhead = view.playheadMillis();
        if (playhead < s.start() || playhead > s.end()) {
            return;
        }
        int x = (int) Math.round(s.x(playhead));
        g.setColor(new Color(0xCC, 0x00, 0x33));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, 4, x, height);
        g.fillPolygon(new int[] {x - 6, x + 6, x}, new int[] {RULER_HEIGHT - 12, RULER_HEIGHT - 12, RULER_HEIGHT - 3}, 3);
    }

    private static String clip(Graphics2D g, String text, int width) {
        if (text == null) {
            return "";
        }
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && fm.stringWidth(shorter + "...") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "...";
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    private static Color blend(Color a, Color b, double amount) {
        return new Color((int) (a.getRed() * (1 - amount) + b.getRed() * amount), (int) (a.getGreen() * (1 - amount) + b.getGreen() * amount),
                (int) (a.getBlue() * (1 - amount) + b.getBlue() * amount));
    }
}
