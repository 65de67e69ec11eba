package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.analysis.AttributeGrouping;
import org.iprstudio.analysis.ThemeMatrix;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/**
 * Themes by perspective and session, counting moments, for one dyad or all. Clicking a cell
 * lists its moments with their quotes; choosing one plays it.
 */
public final class MatrixPanel extends JPanel {
    private final CodingModel model;
    private final JComboBox<Object> dyad = new JComboBox<>();
    /** "by session", or a case attribute the columns are grouped by. */
    private final JComboBox<Object> groupBy = new JComboBox<>();
    private final CellsModel cells = new CellsModel();
    private final JTable table = new JTable(cells);
    private final DefaultListModel<Moment> quotes = new DefaultListModel<>();
    private final JList<Moment> quoteList = new JList<>(quotes);
    /** Wraps: the list beside the matrix is narrow on a laptop, and a cell's title names a theme and a column. */
    private final org.iprstudio.ui.common.WrappingLabel cellTitle = new org.iprstudio.ui.common.WrappingLabel(Texts.get("coding.matrix.clickCell"));
    private boolean updating;

    public MatrixPanel(CodingModel model) {
        super(new BorderLayout());
        this.model = model;
        dyad.setName("matrixDyad");
        dyad.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, value instanceof Dyad d ? d.code() : Texts.get("coding.matrix.allDyads"), index, s, f);
            }
        });
        dyad.addActionListener(e -> {
            if (!updating) {
                recompute();
            }
        });
        groupBy.setName("matrixGroupBy");
        groupBy.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, groupLabel(value), index, s, f);
            }
        });
        groupBy.addActionListener(e -> {
            if (!updating) {
                recompute();
            }
        });
        table.setName("themeMatrix");
        table.setCellSelectionEnabled(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(24);
        table.getTableHeader().setReorderingAllowed(false);
        table.getColumnModel().getSelectionModel().addListSelectionListener(e -> cellChosen());
        table.getSelectionModel().addListSelectionListener(e -> cellChosen());
        DefaultTableCellRenderer numbers = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                setForeground(selected ? t.getSelectionForeground() : t.getForeground());
                setHorizontalAlignment(column == 0 ? SwingConstants.LEFT : SwingConstants.CENTER);
                ThemeMatrix.Row r = cells.matrix == null ? null : cells.matrix.rows().get(row);
                if (column == 0 && r != null) {
                    setText("    ".repeat(r.depth()) + r.theme().name());
                    setFont(getFont().deriveFont(r.depth() == 0 ? Font.BOLD : Font.PLAIN));
                } else if (cells.grouped == null && column > 0 && column <= cells.matrix.columns().size()
                        && cells.matrix.missing().contains(cells.matrix.columns().get(column - 1))) {
                    setText(Texts.get("coding.matrix.missing"));
                    setForeground(java.awt.Color.GRAY);
                } else if (value instanceof Integer n && n == 0) {
                    setText("\u00b7");
                }
                return this;
            }
        };
        table.setDefaultRenderer(Object.class, numbers);
        table.setDefaultRenderer(Integer.class, numbers);
        quoteList.setName("cellMoments");
        quoteList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        quoteList.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                String text = "";
                if (value instanceof Moment m) {
                    Study study = model.study();
                    text = "<html><b>" + CodeRenderer.escape(Describe.session(study, model.sessionOf(m)) + " \u00b7 " + Describe.who(study, m) + " \u00b7 "
                            + m.anchor().toShortClock()) + "</b> &nbsp;" + CodeRenderer.escape(Describe.quote(m.comment())) + "</html>";
                }
                return super.getListCellRendererComponent(list, text, index, s, f);
            }
        });
        quoteList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && quoteList.getSelectedValue() != null) {
                Moment m = quoteList.getSelectedValue();
                model.play(m);
                model.select(m);
            }
        });
        JPanel top = new JPanel(new MigLayout("insets 4 6 4 6", "[][grow]"));
        top.add(new JLabel(Texts.get("coding.matrix.dyad")));
        top.add(dyad);
        top.add(new JLabel(Texts.get("coding.matrix.groupBy")), "gapleft 12");
        top.add(groupBy);
        JPanel below = new JPanel(new BorderLayout());
        cellTitle.setName("cellTitle");
        cellTitle.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        below.add(cellTitle, BorderLayout.NORTH);
        below.add(new JScrollPane(quoteList), BorderLayout.CENTER);
        JScrollPane tableScroll = new JScrollPane(table);
        // the matrix starts with most of the width: sized by the cell list's long text, it was squeezed to a sliver at 1280 px
        tableScroll.setPreferredSize(new java.awt.Dimension(520, 200));
        below.setPreferredSize(new java.awt.Dimension(240, 200));
        below.setMinimumSize(new java.awt.Dimension(160, 100));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, tableScroll, below);
        split.setResizeWeight(0.6);
        split.addHierarchyListener(new java.awt.event.HierarchyListener() {
            @Override
            public void hierarchyChanged(java.awt.event.HierarchyEvent e) {
                if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && split.isShowing() && split.getWidth() > 0) {
                    split.removeHierarchyListener(this);
                    javax.swing.SwingUtilities.invokeLater(() -> split.setDividerLocation(0.68)); // first shown: most of it for the matrix
                }
            }
        });
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        ShownReload.attach(this, model, false, this::reload);
    }

    JTable table() {
        return table;
    }

    private void reload() {
        updating = true;
        try {
            Object before = dyad.getSelectedItem();
            dyad.removeAllItems();
            dyad.addItem(Texts.get("coding.matrix.allDyads"));
            for (Dyad d : model.study().dyads()) {
                dyad.addItem(d);
                if (before instanceof Dyad b && b.id().equals(d.id())) {
                    dyad.setSelectedItem(d);
                }
            }
            Object grouping = groupBy.getSelectedItem();
            groupBy.removeAllItems();
            groupBy.addItem(Texts.get("coding.matrix.bySession"));
            for (AttributeGrouping.Key key : AttributeGrouping.keys(model.study())) {
                groupBy.addItem(key);
                if (grouping instanceof AttributeGrouping.Key k && k.attribute().id().equals(key.attribute().id()) && k.whose() == key.whose()) {
                    groupBy.setSelectedItem(key);
                }
            }
        } finally {
            updating = false;
        }
        recompute();
    }

    private void recompute() {
        UUID dyadId = dyad.getSelectedItem() instanceof Dyad d ? d.id() : null;
        int keepRow = table.getSelectedRow();
        int keepColumn = table.getSelectedColumn();
        cells.matrix = ThemeMatrix.of(model.shownStudy(), dyadId);
        cells.grouped = groupBy.getSelectedItem() instanceof AttributeGrouping.Key key ? AttributeGrouping.of(cells.matrix, model.study(), key) : null;
        cells.fireTableStructureChanged();
        table.getColumnModel().getColumn(0).setPreferredWidth(300);
        // a count column keeps room for its header ("Therapist", "S5"): squeezed, the header was cut
        int headerWidth = table.getFontMetrics(table.getTableHeader().getFont()).stringWidth("Therapist") + 14;
        for (int c = 1; c < table.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setMinWidth(headerWidth);
        }
        table.getColumnModel().getColumn(0).setMinWidth(140);
        table.getTableHeader().setPreferredSize(new java.awt.Dimension(10, 40));
        quotes.clear();
        cellTitle.setText(Texts.get("coding.matrix.clickCell"));
        if (keepRow >= 0 && keepRow < table.getRowCount() && keepColumn > 0 && keepColumn < table.getColumnCount()) {
            table.changeSelection(keepRow, keepColumn, false, false); // the same cell, its list rebuilt
        }
    }

    private void cellChosen() {
        int row = table.getSelectedRow();
        int column = table.getSelectedColumn();
        if (cells.matrix == null || row < 0 || column < 1) {
            return;
        }
        ThemeMatrix.Row r = cells.matrix.rows().get(row);
        List<List<UUID>> rowCells = cells.grouped == null ? r.cells() : cells.grouped.rows().get(row).cells();
        List<Moment> moments = new ArrayList<>();
        List<List<UUID>> chosen = column - 1 < rowCells.size() ? List.of(rowCells.get(column - 1)) : rowCells; // the total column: all
        chosen.forEach(cell -> cell.forEach(id -> moments.add(model.study().moment(id))));
        moments.sort(java.util.Comparator.comparing((Moment m) -> Describe.session(model.study(), model.sessionOf(m))).thenComparing(Moment::anchor));
        quotes.clear();
        moments.forEach(quotes::addElement);
        String columnName = cells.grouped != null ? (column - 1 < cells.grouped.columns().size()
                ? groupColumn(cells.grouped.columns().get(column - 1), "coding.matrix.groupColumnPlain") : Texts.get("coding.matrix.total"))
                : column - 1 < cells.matrix.columns().size() ? Texts.get("coding.matrix.columnPlain",
                Describe.perspective(cells.matrix.columns().get(column - 1).perspective()), cells.matrix.columns().get(column - 1).sessionNumber())
                : Texts.get("coding.matrix.total");
        cellTitle.setText(Texts.get("coding.matrix.cell", r.theme().name(), columnName, moments.size()));
    }

    private static String groupLabel(Object value) {
        if (value instanceof AttributeGrouping.Key key) {
            // "by outcome", "by therapist experience": the name inside a phrase, its capital kept only for an acronym
            return key.whose() == null ? Texts.get("coding.matrix.groupByDyad", Describe.lowerFirst(key.attribute().name()))
                    : Describe.namesRole(key.whose(), key.attribute().name())
                    ? Texts.get("coding.matrix.groupByDyad", Describe.lowerFirst(key.attribute().name()))
                    : Texts.get("coding.matrix.groupByWhose", Describe.attributeOf(key.whose(), key.attribute().name()));
        }
        return value == null ? "" : value.toString();
    }

    private static String groupColumn(AttributeGrouping.Column c, String key) {
        return Texts.get(key, Describe.perspective(c.perspective()), c.group().isEmpty() ? Texts.get("coding.matrix.noValue") : c.group());
    }

    private static final class CellsModel extends AbstractTableModel {
        ThemeMatrix matrix;
        /** The same rows with the columns grouped by a case attribute, or null for perspective by session. */
        AttributeGrouping grouped;

        @Override
        public int getRowCount() {
            return matrix == null ? 0 : matrix.rows().size();
        }

        @Override
        public int getColumnCount() {
            return matrix == null ? 1 : (grouped == null ? matrix.columns().size() : grouped.columns().size()) + 2;
        }

        @Override
        public String getColumnName(int column) {
            if (column == 0) {
                return Texts.get("coding.matrix.theme");
            }
            if (column == getColumnCount() - 1) {
                return Texts.get("coding.matrix.total");
            }
            if (grouped != null) {
                return groupColumn(grouped.columns().get(column - 1), "coding.matrix.groupColumn");
            }
            ThemeMatrix.Column c = matrix.columns().get(column - 1);
            return Texts.get("coding.matrix.column", Describe.perspective(c.perspective()), c.sessionNumber());
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? String.class : Integer.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            ThemeMatrix.Row r = matrix.rows().get(row);
            if (column == 0) {
                return r.theme().name();
            }
            if (grouped != null) {
                AttributeGrouping.Row g = grouped.rows().get(row);
                return column == getColumnCount() - 1 ? g.total() : g.count(column - 1);
            }
            return column == getColumnCount() - 1 ? r.total() : r.count(column - 1);
        }
    }
}
