package org.iprstudio.ui.agreement;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.iprstudio.ui.Texts;

/** The Agreement tab's table: one row per session, per dyad and for the study; a session not compared says why in words. */
final class AgreementTableModel extends AbstractTableModel {
    static final String[] COLUMNS = {"unit", "client", "therapist", "matches", "agreement", "median", "first", "quartiles", "range"};
    private List<AgreementRow> rows = List.of();

    void setRows(List<AgreementRow> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    List<AgreementRow> rows() {
        return rows;
    }

    AgreementRow row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return Texts.get("agreement.column." + COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        AgreementRow row = rows.get(rowIndex);
        if (column == 0) {
            return row.label();
        }
        if (!row.compared()) {
            return column == 4 ? Texts.get("agreement.notCompared", row.notCompared()) : "\u2013";
        }
        var a = row.agreement();
        return switch (column) {
            case 1 -> String.valueOf(a.firstMarks());
            case 2 -> String.valueOf(a.secondMarks());
            case 3 -> String.valueOf(a.matches());
            case 4 -> AgreementWords.proportion(a.proportion());
            case 5 -> AgreementWords.median(a);
            case 6 -> AgreementWords.whoFirst(a);
            case 7 -> AgreementWords.quartiles(a);
            default -> AgreementWords.range(a);
        };
    }
}
