package org.iprstudio.ui.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import org.iprstudio.ui.Texts;

/** A read-only table of records, one per row; edits go through the forms, so the table only shows. */
final class RowTable<T> extends JTable {
    private final Model<T> model;

    record Column<T>(String headerKey, Function<T, Object> value) {
    }

    @SafeVarargs
    RowTable(String name, Function<T, UUID> idOf, Column<T>... columns) {
        this(name, idOf, List.of(columns));
    }

    RowTable(String name, Function<T, UUID> idOf, List<Column<T>> columns) {
        this.model = new Model<>(columns, idOf);
        setModel(model);
        setName(name);
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setAutoCreateRowSorter(false);
        setFillsViewportHeight(true);
        setRowHeight(Math.max(getRowHeight(), 24));
    }

    /** Shows new rows, keeping the selected record selected if it is still there. */
    void setRows(List<T> rows) {
        UUID selected = selected().map(model.idOf).orElse(null);
        model.rows = new ArrayList<>(rows);
        model.fireTableDataChanged();
        if (selected != null) {
            select(selected);
        }
    }

    void select(UUID id) {
        for (int i = 0; i < model.rows.size(); i++) {
            if (model.idOf.apply(model.rows.get(i)).equals(id)) {
                setRowSelectionInterval(i, i);
                scrollRectToVisible(getCellRect(i, 0, true));
                return;
            }
        }
    }

    Optional<T> selected() {
        int row = getSelectedRow();
        return row < 0 || row >= model.rows.size() ? Optional.empty() : Optional.of(model.rows.get(row));
    }

    T rowAt(int row) {
        return model.rows.get(row);
    }

    List<T> rows() {
        return List.copyOf(model.rows);
    }

    private static final class Model<T> extends AbstractTableModel {
        private final List<Column<T>> columns;
        private final Function<T, UUID> idOf;
        private List<T> rows = new ArrayList<>();

        Model(List<Column<T>> columns, Function<T, UUID> idOf) {
            this.columns = columns;
            this.idOf = idOf;
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int column) {
            return Texts.get(columns.get(column).headerKey());
        }

        @Override
        public Object getValueAt(int row, int column) {
            Object v = columns.get(column).value().apply(rows.get(row));
            return v == null ? "" : v;
        }
    }
}
