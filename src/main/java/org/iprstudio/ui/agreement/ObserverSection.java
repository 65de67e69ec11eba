package org.iprstudio.ui.agreement;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import org.iprstudio.analysis.agreement.PerspectiveAgreement;
import org.iprstudio.ui.Texts;

/**
 * Two recalls of one perspective of a session (two observers, say) against each other, within
 * a symmetric window; or, where the study has none, a sentence that says so.
 */
final class ObserverSection extends JPanel {
    private final JLabel heading = new JLabel();
    private final JLabel none = new JLabel();
    private final LinesModel lines = new LinesModel();
    private final JTable table = new JTable(lines);
    private final JScrollPane scroll = new JScrollPane(table);

    ObserverSection() {
        super(new BorderLayout(0, 4));
        heading.setName("observersHeading");
        heading.putClientProperty("FlatLaf.styleClass", "h4");
        none.setName("observersNone");
        table.setName("observersTable");
        table.getTableHeader().setReorderingAllowed(false);
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(300, 72));
        int[] widths = {120, 110, 28, 72, 60};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.setToolTipText(Texts.get("agreement.observers.tooltip"));
        add(heading, BorderLayout.NORTH);
    }

    void show(PerspectiveAgreement result) {
        remove(none);
        remove(scroll);
        // wraps at the section's narrow width (it was cut at 1280x800)
        heading.setText(Texts.wrapped(300, "agreement.observers.title", AgreementWords.length(result.sameRoleWindow().after().millis())));
        if (result.sameRole().isEmpty()) {
            none.setText(Texts.wrapped(300, "agreement.observers.none"));
            add(none, BorderLayout.CENTER);
        } else {
            lines.lines = result.sameRole();
            lines.fireTableDataChanged();
            add(scroll, BorderLayout.CENTER);
        }
        revalidate();
        repaint();
    }

    private static final class LinesModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"session", "marks", "matches", "agreement", "median"};
        List<PerspectiveAgreement.SameRoleLine> lines = List.of();

        @Override
        public int getRowCount() {
            return lines.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return Texts.get("agreement.observers.column." + COLUMNS[column]);
        }

        @Override
        public Object getValueAt(int row, int column) {
            PerspectiveAgreement.SameRoleLine line = lines.get(row);
            return switch (column) {
                case 0 -> Texts.get("agreement.observers.session", line.dyadCode() + "/" + line.session().number(),
                        AgreementWords.role(line.perspective()).toLowerCase(java.util.Locale.ROOT));
                case 1 -> Texts.get("agreement.observers.marks", line.firstCode(), line.agreement().firstMarks(), line.secondCode(),
                        line.agreement().secondMarks());
                case 2 -> String.valueOf(line.agreement().matches());
                case 3 -> AgreementWords.proportion(line.agreement().proportion());
                default -> AgreementWords.median(line.agreement());
            };
        }
    }
}
