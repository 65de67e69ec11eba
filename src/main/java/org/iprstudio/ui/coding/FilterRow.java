package org.iprstudio.ui.coding;

import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The moment table's filters, the search field and the count, in as many rows as it takes for every
 * filter to show its choice whole ("All dyads", "All perspectives"): one row on a wide screen, two
 * beside the inspector on a laptop's 1280 px, where one row cut all eight to "…" that said nothing
 * until opened.
 */
final class FilterRow extends JPanel {
    private static final int GAP = 4;
    private static final int INSETS = 12;
    /** Room left over in every row: the layout rounds, and a row that fits to the last pixel had its filters cut by one. */
    private static final int SLACK = 10;
    private static final int WIDEST_FILTER = 170;
    private static final int TEXT_WIDTH = 140;
    private final MigLayout layout = new MigLayout("insets 4 6 4 6, gap " + GAP + ", nogrid, fillx");
    private final List<JComponent> parts = new ArrayList<>();
    private final JComponent text;
    private List<Integer> breaks = List.of();

    FilterRow(List<JComboBox<?>> filters, JComponent text, JComponent count) {
        this.text = text;
        setLayout(layout);
        parts.addAll(filters);
        parts.add(text);
        parts.add(count);
        for (JComponent part : parts) {
            add(part, constraint(part, false));
        }
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fit();
            }
        });
    }

    /** After the filters' choices changed (their widths with them), or the tab's width: the rows that show them whole. */
    void fit() {
        int available = getWidth() - INSETS - SLACK;
        if (available <= 0) {
            return;
        }
        List<Integer> wanted = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < parts.size(); i++) {
            int width = width(parts.get(i));
            if (used > 0 && used + GAP + width > available) {
                wanted.add(i - 1); // the row ends before this part
                used = 0;
            }
            used += (used > 0 ? GAP : 0) + width;
        }
        if (wanted.equals(breaks)) {
            return;
        }
        breaks = wanted;
        for (int i = 0; i < parts.size(); i++) {
            layout.setComponentConstraints(parts.get(i), constraint(parts.get(i), wanted.contains(i)));
        }
        revalidate();
        repaint();
    }

    /**
     * As high as the rows are now, but never asking for a width: the rows follow the width they are
     * given. Asking for the widest row made the work tabs' preferred size change with each rearrangement,
     * and the panes around them moved (a button on the Themes tab was cut after the Moments tab was shown).
     */
    @Override
    public java.awt.Dimension getPreferredSize() {
        return new java.awt.Dimension(WIDEST_FILTER + INSETS, super.getPreferredSize().height);
    }

    /** How many rows the filters take now. */
    int rows() {
        return breaks.size() + 1;
    }

    private int width(JComponent part) {
        return part == text ? TEXT_WIDTH : Math.min(WIDEST_FILTER, part.getPreferredSize().width);
    }

    private String constraint(JComponent part, boolean endsRow) {
        String wrap = endsRow ? ", wrap" : "";
        if (part == text) {
            return "growx, pushx, wmin 60" + wrap;
        }
        if (part instanceof JComboBox<?>) {
            return "wmin 40, wmax " + WIDEST_FILTER + wrap;
        }
        return "shrink 0" + wrap; // the count stays whole
    }
}
