package org.iprstudio.ui.timeline;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.ui.Texts;

/**
 * The session timeline: a time ruler, one lane per recall pass, moments as markers (and bars for
 * their spans), and the playhead. It paints only the visible window, found through each lane's
 * time index, and summarises into per-pixel columns when more moments are visible than pixels.
 * It knows nothing of the study: it shows the lanes it is given.
 *
 * <p>This class keeps what is shown (lanes, links, marks, the window of time, the playhead, the
 * selection) and answers the mouse; {@link TimelinePainter} paints it.
 */
public final class TimelineView extends JComponent {
    static final int LABEL_WIDTH = 150;
    static final int RULER_HEIGHT = 26;
    static final int LANE_HEIGHT = 46;
    static final long MIN_SPAN_MS = 5_000;
    private static final int HIT_RADIUS = 7;

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
    private final TimelinePainter painter = new TimelinePainter(this);

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

    // ---- for the painter: the raw values, nothing made per paint -------------------------------

    UUID selectedOrNull() {
        return selected;
    }

    long playheadMillis() {
        return playhead;
    }

    long[] searchMarkMillis() {
        return searchMarks;
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
        painter.paint(g, width, height, clip, new TimeScale(viewStart, viewSpan, LABEL_WIDTH, Math.max(1, width - LABEL_WIDTH - 8)));
    }

    private void repaintPlayhead(long time) {
        if (time >= viewStart && time <= viewStart + viewSpan) {
            int x = xOf(MediaTime.ofMillis(time));
            repaint(x - 8, 0, 16, getHeight());
        }
    }

    private void fireViewChanged() {
        listeners.forEach(Listener::viewChanged);
    }
}
