package org.iprstudio.ui.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Valence;
import org.iprstudio.ui.Texts;

/**
 * The session timeline: a time ruler, one lane per recall pass, moments as markers (and bars for
 * their spans), and the playhead. It paints only the visible window, found through each lane's
 * time index, and summarises into per-pixel columns when more moments are visible than pixels.
 * It knows nothing of the study: it shows the lanes it is given.
 */
public final class TimelineView extends JComponent {
    static final int LABEL_WIDTH = 150;
    static final int RULER_HEIGHT = 26;
    static final int LANE_HEIGHT = 46;
    static final long MIN_SPAN_MS = 5_000;
    private static final int HIT_RADIUS = 7;
    /** Below this many pixels per visible moment, markers would overlap into a smear: show density columns instead. */
    private static final int DENSITY_PIXELS_PER_MOMENT = 4;

    /** What the timeline asks of its owner. */
    public interface Listener {
        default void seekRequested(MediaTime time) {
        }

        default void momentSelected(Moment moment) {
        }

        default void momentOpened(Moment moment) {
        }

        default void viewChanged() {
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private List<TimelineLane> lanes = List.of();
    /** What an empty lane area says: no session chosen yet, or a session nobody has recalled. */
    private String emptyText = Texts.get("timeline.noSession");
    private long duration = 60_000;
    private long viewStart;
    private long viewSpan = 60_000;
    private long playhead;
    private boolean follow = true;
    private UUID selected;
    private List<PairLink> links = List.of();
    private long[] searchMarks = new long[0];

    public TimelineView() {
        setName("timeline");
        setOpaque(true);
        setFocusable(true);
        setToolTipText("");
        ToolTipManager.sharedInstance().registerComponent(this);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                if (e.getButton() == MouseEvent.BUTTON1) {
                    clicked(e.getX(), e.getY(), e.getClickCount());
                }
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                wheel(e);
            }
        };
        addMouseListener(mouse);
        addMouseWheelListener(mouse);
    }

    // ---- what the owner sets ---------------------------------------------------------------

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Shows these lanes for a session of this length; the view shows the whole session. */
    public void setSession(List<TimelineLane> newLanes, MediaTime length) {
        emptyText = Texts.get("timeline.noLanes");
        lanes = List.copyOf(newLanes);
        duration = Math.max(1, length.millis());
        viewStart = 0;
        viewSpan = duration;
        selected = null;
        revalidate();
        repaint();
        fireViewChanged();
    }

    /** No session on show (no study open): the lane area says to choose one, not that a session has no passes. */
    public void showNoSession() {
        setSession(List.of(), MediaTime.ofMillis(60_000));
        emptyText = Texts.get("timeline.noSession");
        repaint();
    }

    /** The text shown when there are no lanes, for tests. */
    public String emptyText() {
        return emptyText;
    }

    /** Replaces the lanes and keeps the view (a lane hidden or shown, a moment added). */
    public void setLanes(List<TimelineLane> newLanes) {
        lanes = List.copyOf(newLanes);
        revalidate();
        repaint();
    }

    /** The pairs to draw between the lanes (the merged view of a session's perspectives). */
    public void setLinks(List<PairLink> newLinks) {
        links = List.copyOf(newLinks);
        repaint();
    }

    /** Times to mark on the ruler: the transcript lines a search found. An empty list clears them. */
    public void setSearchMarks(List<MediaTime> times) {
        searchMarks = times.stream().mapToLong(MediaTime::millis).toArray();
        repaint(0, 0, getWidth(), RULER_HEIGHT);
    }

    public List<MediaTime> searchMarks() {
        return java.util.Arrays.stream(searchMarks).mapToObj(MediaTime::ofMillis).toList();
    }

    public List<PairLink> links() {
        return links;
    }

    public List<TimelineLane> lanes() {
        return lanes;
    }

    public void setPlayhead(MediaTime time) {
        long before = playhead;
        playhead = time.millis();
        if (follow && (playhead < viewStart || playhead > viewStart + viewSpan) && viewSpan < duration) {
            setView(playhead - viewSpan / 10, viewSpan);
            return;
        }
        if (before != playhead) {
            repaintPlayhead(before);
            repaintPlayhead(playhead);
        }
    }

    public MediaTime playhead() {
        return MediaTime.ofMillis(playhead);
    }

    public void setFollow(boolean on) {
        follow = on;
        if (on) {
            setPlayhead(MediaTime.ofMillis(playhead));
        }
    }

    public boolean follows() {
        return follow;
    }

    public void select(Moment moment) {
        selected = moment == null ? null : moment.id();
        repaint();
    }

    public Optional<UUID> selectedId() {
        return Optional.ofNullable(selected);
    }

    // ---- view ---------------------------------------------------------------------------------

    public MediaTime viewStart() {
        return MediaTime.ofMillis(viewStart);
    }

    public MediaTime viewSpan() {
        return MediaTime.ofMillis(viewSpan);
    }

    public MediaTime duration() {
        return MediaTime.ofMillis(duration);
    }

    /** Shows [start, start + span], kept inside the session and no narrower than 5 s. */
    public void setView(long start, long span) {
        long newSpan = Math.max(Math.min(MIN_SPAN_MS, duration), Math.min(duration, span));
        long newStart = Math.max(0, Math.min(duration - newSpan, start));
        if (newSpan != viewSpan || newStart != viewStart) {
            viewSpan = newSpan;
            viewStart = newStart;
            repaint();
            fireViewChanged();
        }
    }

    /** Zooms by a factor (below 1 zooms in) keeping the given time where it is on screen. */
    public void zoom(double factor, long aroundTime) {
        double fraction = (aroundTime - viewStart) / (double) viewSpan;
        long newSpan = Math.round(viewSpan * factor);
        newSpan = Math.max(Math.min(MIN_SPAN_MS, duration), Math.min(duration, newSpan));
        setView(Math.round(aroundTime - fraction * newSpan), newSpan);
    }

    public void zoomAroundPlayhead(double factor) {
        long anchor = playhead >= viewStart && playhead <= viewStart + viewSpan ? playhead : viewStart + viewSpan / 2;
        zoom(factor, anchor);
    }

    public void showWholeSession() {
        setView(0, duration);
    }

    TimeScale scale() {
        return new TimeScale(viewStart, viewSpan, LABEL_WIDTH, Math.max(1, getWidth() - LABEL_WIDTH - 8));
    }

    /** The x coordinate of a time in the current view (tests click there). */
    public int xOf(MediaTime time) {
        return (int) Math.round(scale().x(time.millis()));
    }

    /** The y coordinate of the middle of lane i (tests click there). */
    public int laneMarkerY(int laneIndex) {
        return RULER_HEIGHT + laneIndex * LANE_HEIGHT + LANE_HEIGHT / 2 - 4;
    }

    public int rulerY() {
        return RULER_HEIGHT / 2;
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(LABEL_WIDTH + 200, RULER_HEIGHT + 2 * LANE_HEIGHT + 6); // two perspectives stay visible
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(600, RULER_HEIGHT + Math.max(1, lanes.size()) * LANE_HEIGHT + 6);
    }

    // ---- mouse --------------------------------------------------------------------------------

    private void clicked(int x, int y, int clicks) {
        if (x < LABEL_WIDTH) {
            return;
        }
        Optional<Moment> hit = momentAt(x, y);
        if (hit.isPresent()) {
            Moment m = hit.get();
            selected = m.id();
            repaint();
            if (clicks >= 2) {
                listeners.forEach(l -> l.momentOpened(m));
            } else {
                listeners.forEach(l -> l.momentSelected(m));
                listeners.forEach(l -> l.seekRequested(m.playFrom()));
            }
            return;
        }
        long time = Math.max(0, Math.min(duration, scale().time(x)));
        listeners.forEach(l -> l.seekRequested(MediaTime.ofMillis(time)));
    }

    private void wheel(MouseWheelEvent e) {
        if (e.isControlDown()) {
            long around = Math.max(0, Math.min(duration, scale().time(e.getX())));
            zoom(Math.pow(1.25, e.getPreciseWheelRotation()), around);
        } else {
            setView(viewStart + Math.round(viewSpan * 0.1 * e.getPreciseWheelRotation()), viewSpan);
        }
    }

    /** The moment whose marker (or span bar) is under the point, the nearest marker first. */
    public Optional<Moment> momentAt(int x, int y) {
        int lane = (y - RULER_HEIGHT) / LANE_HEIGHT;
        if (y < RULER_HEIGHT || lane < 0 || lane >= lanes.size() || x < LABEL_WIDTH) {
            return Optional.empty();
        }
        TimeScale s = scale();
        long slack = Math.round(HIT_RADIUS * s.millisPerPixel());
        long t = s.time(x);
        Moment best = null;
        double bestDistance = Double.MAX_VALUE;
        Moment bar = null;
        int markerY = laneMarkerY(lane);
        int barTop = markerY + 9;
        for (Moment m : lanes.get(lane).moments().touching(MediaTime.ofMillis(Math.max(0, t - slack)), MediaTime.ofMillis(t + slack))) {
            double distance = Math.abs(s.x(m.anchor().millis()) - x);
            if (distance <= HIT_RADIUS && Math.abs(y - markerY) <= HIT_RADIUS + 2 && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
            if (m.span() != null && y >= barTop - 2 && y <= barTop + 10 && bar == null
                    && x >= s.x(m.span().start().millis()) - 2 && x <= s.x(m.span().end().millis()) + 2) {
                bar = m;
            }
        }
        return Optional.ofNullable(best != null ? best : bar);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        return momentAt(e.getX(), e.getY()).map(MomentTooltip::html).orElse(null);
    }

    // ---- painting ------------------------------------------------------------------------------

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            paintTimeline(g, getWidth(), getHeight(), g.getClipBounds());
        } finally {
            g.dispose();
        }
    }

    /** Paints everything into g; public so the benchmark can paint off screen. */
    public void paintTimeline(Graphics2D g, int width, int height, Rectangle clip) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color background = colour("Panel.background", Color.WHITE);
        Color text = colour("Label.foreground", Color.BLACK);
        g.setColor(colour("Table.background", Color.WHITE));
        g.fillRect(0, 0, width, height);
        TimeScale s = new TimeScale(viewStart, viewSpan, LABEL_WIDTH, Math.max(1, width - LABEL_WIDTH - 8));
        paintRuler(g, s, width, text, background);
        paintSearchMarks(g, s);
        for (int i = 0; i < lanes.size(); i++) {
            int top = RULER_HEIGHT + i * LANE_HEIGHT;
            if (clip != null && (top > clip.y + clip.height || top + LANE_HEIGHT < clip.y)) {
                continue;
            }
            paintLane(g, s, lanes.get(i), i, top, width, text, background);
        }
        paintLinks(g, s);
        if (lanes.isEmpty()) {
            g.setColor(colour("Label.disabledForeground", Color.GRAY));
            g.drawString(emptyText, LABEL_WIDTH + 8, RULER_HEIGHT + 28);
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
        Font small = getFont() == null ? g.getFont().deriveFont(11f) : getFont().deriveFont(11f);
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

        Font base = getFont() == null ? g.getFont() : getFont();
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
        int markerY = laneMarkerY(index);
        int barTop = markerY + 9;
        int trackWidth = s.width();
        List<Moment> visible = new ArrayList<>();
        lane.moments().forEachTouching(s.startTime(), s.endTime(), visible::add);
        if (visible.size() > trackWidth / DENSITY_PIXELS_PER_MOMENT) {
            paintDensity(g, s, visible, top);
            for (Moment m : visible) {
                if (m.id().equals(selected)) {
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
            MomentStyle.paintMarker(g, m, s.x(m.anchor().millis()), markerY, m.id().equals(selected));
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
    private void paintLinks(Graphics2D g, TimeScale s) {
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
            g.drawLine(x1, laneMarkerY((int) upper[0]) + 8, x2, laneMarkerY((int) lower[0]) - 8);
        }
        g.setClip(before);
        g.setStroke(MomentStyle.THIN);
    }

    /** Search hits as small sky-blue flags along the ruler's foot, beneath the playhead's triangle. */
    private void paintSearchMarks(Graphics2D g, TimeScale s) {
        g.setColor(new Color(0x56, 0xB4, 0xE9));
        for (long time : searchMarks) {
            if (time >= s.start() && time <= s.end()) {
                int x = (int) Math.round(s.x(time));
                g.fillRect(x - 1, RULER_HEIGHT - 8, 3, 8);
            }
        }
    }

    private void paintPlayhead(Graphics2D g, TimeScale s, int height) {
        if (playhead < s.start() || playhead > s.end()) {
            return;
        }
        int x = (int) Math.round(s.x(playhead));
        g.setColor(new Color(0xCC, 0x00, 0x33));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, 4, x, height);
        g.fillPolygon(new int[] {x - 6, x + 6, x}, new int[] {RULER_HEIGHT - 12, RULER_HEIGHT - 12, RULER_HEIGHT - 3}, 3);
    }

    private void repaintPlayhead(long time) {
        if (time >= viewStart && time <= viewStart + viewSpan) {
            int x = xOf(MediaTime.ofMillis(time));
            repaint(x - 8, 0, 16, getHeight());
        }
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

    private void fireViewChanged() {
        listeners.forEach(Listener::viewChanged);
    }
}
