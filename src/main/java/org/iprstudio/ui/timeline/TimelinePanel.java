package org.iprstudio.ui.timeline;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.time.Instant;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollBar;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Valence;
import org.iprstudio.ui.Texts;

/** The timeline with its toolbar (zoom, follow, lanes, legend) and a scroll bar for zoomed views. */
public final class TimelinePanel extends JPanel {
    private static final int SCROLL_UNITS = 10_000;

    private final TimelineView view = new TimelineView();
    private final JScrollBar scroll = new JScrollBar(JScrollBar.HORIZONTAL, 0, SCROLL_UNITS, 0, SCROLL_UNITS);
    private final JToggleButton follow = new JToggleButton(Texts.get("timeline.follow"), true);
    private final JButton lanesButton = new JButton(Texts.get("timeline.lanes"));
    private final Set<String> hidden = new LinkedHashSet<>();
    private List<TimelineLane> allLanes = List.of();
    private boolean adjusting;

    public TimelinePanel() {
        super(new BorderLayout());
        setName("timelinePanel");
        JPanel bar = new JPanel(new MigLayout("insets 4 6 2 6, gap 4", "[][][][]6[]8[]"));
        bar.add(button("timelineZoomIn", "timeline.zoomIn", () -> view.zoomAroundPlayhead(0.5)));
        bar.add(button("timelineZoomOut", "timeline.zoomOut", () -> view.zoomAroundPlayhead(2.0)));
        bar.add(button("timelineWhole", "timeline.whole", view::showWholeSession));
        follow.setName("timelineFollow");
        follow.setFocusable(false);
        follow.setToolTipText(Texts.get("timeline.followTip"));
        follow.addActionListener(e -> view.setFollow(follow.isSelected()));
        bar.add(follow);
        lanesButton.setName("timelineLanes");
        lanesButton.setFocusable(false);
        lanesButton.addActionListener(e -> showLaneMenu());
        bar.add(lanesButton);
        bar.add(legend());
        // narrow margins on the bar's buttons: with the usual ones the legend beside them was cut at 1280 px
        for (java.awt.Component c : bar.getComponents()) {
            if (c instanceof javax.swing.AbstractButton b) {
                b.setMargin(new java.awt.Insets(2, 6, 2, 6));
            }
        }
        add(bar, BorderLayout.NORTH);
        add(view, BorderLayout.CENTER);
        scroll.setName("timelineScroll");
        scroll.addAdjustmentListener(e -> {
            if (!adjusting) {
                long start = Math.round(view.duration().millis() * (scroll.getValue() / (double) SCROLL_UNITS));
                view.setView(start, view.viewSpan().millis());
            }
        });
        add(scroll, BorderLayout.SOUTH);
        view.addListener(new TimelineView.Listener() {
            @Override
            public void viewChanged() {
                syncScrollBar();
            }
        });
        syncScrollBar();
    }

    public TimelineView view() {
        return view;
    }

    /** Shows a session's lanes (all of them; the user may hide some). */
    public void setSession(List<TimelineLane> lanes, MediaTime length) {
        allLanes = List.copyOf(lanes);
        hidden.retainAll(allLanes.stream().map(TimelineLane::key).toList());
        view.setSession(visibleLanes(), length);
    }

    /** Shows that no session is chosen (no study open). */
    public void showNoSession() {
        allLanes = List.of();
        view.showNoSession();
    }

    /** Hides or shows a lane by its key. */
    public void setLaneVisible(String key, boolean visible) {
        if (visible) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
        view.setLanes(visibleLanes());
    }

    private List<TimelineLane> visibleLanes() {
        List<TimelineLane> shown = new ArrayList<>();
        for (TimelineLane lane : allLanes) {
            if (!hidden.contains(lane.key())) {
                shown.add(lane);
            }
        }
        return shown;
    }

    private void showLaneMenu() {
        JPopupMenu menu = new JPopupMenu();
        for (TimelineLane lane : allLanes) {
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(lane.label(), !hidden.contains(lane.key()));
            item.setName("lane:" + lane.key());
            item.addActionListener(e -> setLaneVisible(lane.key(), item.isSelected()));
            menu.add(item);
        }
        menu.show(lanesButton, 0, lanesButton.getHeight());
    }

    private JButton button(String name, String key, Runnable action) {
        JButton b = new JButton(Texts.get(key));
        b.setName(name);
        b.setFocusable(false);
        b.setToolTipText(Texts.get(key + "Tip"));
        b.addActionListener(e -> action.run());
        return b;
    }

    private void syncScrollBar() {
        adjusting = true;
        long duration = Math.max(1, view.duration().millis());
        int extent = (int) Math.max(1, Math.round(SCROLL_UNITS * view.viewSpan().millis() / (double) duration));
        int value = (int) Math.round(SCROLL_UNITS * view.viewStart().millis() / (double) duration);
        scroll.setValues(value, extent, 0, SCROLL_UNITS);
        scroll.setBlockIncrement(extent);
        scroll.setUnitIncrement(Math.max(1, extent / 10));
        scroll.setEnabled(extent < SCROLL_UNITS);
        adjusting = false;
    }

    private static JPanel legend() {
        // two rows (the moments' marks above, the pairs' lines below): in one row it was cut off at 1280 px
        JPanel legend = new JPanel(new MigLayout("insets 0, gap 3 0, wrap 4"));
        legend.setName("timelineLegend");
        legend.add(entry(Optional.of(Valence.HELPFUL), "legend.helpful"));
        legend.add(entry(Optional.of(Valence.NEUTRAL), "legend.neutral"));
        legend.add(entry(Optional.of(Valence.HINDERING), "legend.hindering"));
        legend.add(entry(Optional.empty(), "legend.unrated"));
        for (PairLink.Kind kind : PairLink.Kind.values()) {
            JLabel label = new JLabel(Texts.get("legend.link." + kind.name().toLowerCase(java.util.Locale.ROOT)), new LinkIcon(kind), JLabel.LEADING);
            label.setIconTextGap(2);
            label.setFont(label.getFont().deriveFont(label.getFont().getSize2D() - 1f));
            label.setToolTipText(Texts.get("legend.linkTip"));
            legend.add(label);
        }
        return legend;
    }

    private static JLabel entry(Optional<Valence> valence, String key) {
        JLabel label = new JLabel(Texts.get(key), new MarkerIcon(valence), JLabel.LEADING);
        label.setIconTextGap(2);
        label.setFont(label.getFont().deriveFont(label.getFont().getSize2D() - 1f));
        label.setBorder(BorderFactory.createEmptyBorder());
        return label;
    }

    /** The legend's pair link, drawn as on the timeline. */
    private record LinkIcon(PairLink.Kind kind) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(MomentStyle.linkColour(kind));
            g2.setStroke(MomentStyle.linkStroke(kind));
            g2.drawLine(x + 2, y + 1, x + 12, y + 13);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 14;
        }

        @Override
        public int getIconHeight() {
            return 14;
        }
    }

    /** The legend's marker, drawn exactly as on the timeline. */
    private record MarkerIcon(Optional<Valence> valence) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Moment sample = new Moment(UUID.randomUUID(), UUID.randomUUID(), MediaTime.ZERO, null, Initiator.PARTICIPANT, "", null,
                    valence.map(v -> new Helpfulness(v == Valence.HELPFUL ? 8 : v == Valence.HINDERING ? 2 : 5)).orElse(null), null, Instant.EPOCH);
            MomentStyle.paintMarker(g2, sample, x + 7, y + 7, false);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 14;
        }

        @Override
        public int getIconHeight() {
            return 14;
        }
    }
}
