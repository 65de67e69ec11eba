package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * The session's two perspectives row by row: kept and suggested pairs, then the one-sided
 * moments, in time order. Choosing a row selects it for coding and plays it; K keeps the
 * selected pair, X rejects it.
 */
public final class PairsPanel extends JPanel {
    private final CodingModel model;
    private final RowsModel rows = new RowsModel();
    private final JTable table = new JTable(rows);
    private final JLabel missing = new JLabel();
    private boolean updating;

    /** One row: a pair (client and therapist set) or a one-sided moment (one of them null). */
    record Row(Moment client, Moment therapist, SessionPairing.Line line) {
        long time() {
            return (client != null ? client : therapist).anchor().millis();
        }
    }

    public PairsPanel(CodingModel model) {
        super(new BorderLayout());
        this.model = model;
        table.setName("pairsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(24);
        table.getTableHeader().setReorderingAllowed(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(60);
        table.getColumnModel().getColumn(1).setPreferredWidth(60);
        table.getColumnModel().getColumn(2).setPreferredWidth(50);
        table.getColumnModel().getColumn(3).setPreferredWidth(130);
        table.getColumnModel().getColumn(4).setPreferredWidth(110);
        table.getColumnModel().getColumn(5).setPreferredWidth(320);
        table.getColumnModel().getColumn(6).setPreferredWidth(320);
        // times, the offset, the class and the decision stay readable in a narrow window; the words give way
        int[] least = {48, 48, 58, 96, 60};
        for (int c = 0; c < least.length; c++) {
            table.getColumnModel().getColumn(c).setMinWidth(least[c]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating) {
                chosen();
            }
        });
        bind("K", () -> selectedLine().ifPresent(l -> model.actions().confirm(l)));
        bind("X", () -> selectedLine().ifPresent(l -> model.actions().reject(l)));
        missing.setName("missingPerspectives");
        missing.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        missing.setForeground(new java.awt.Color(0xA0, 0x40, 0x00));
        add(missing, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        ShownReload.attach(this, model, true, this::reload);
    }

    JTable table() {
        return table;
    }

    private java.util.Optional<SessionPairing.Line> selectedLine() {
        int row = table.getSelectedRow();
        return row < 0 ? java.util.Optional.empty() : java.util.Optional.ofNullable(rows.rows.get(row).line());
    }

    private void bind(String key, Runnable run) {
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), key);
        table.getActionMap().put(key, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                try {
                    run.run();
                } catch (RuntimeException ex) {
                    javax.swing.JOptionPane.showMessageDialog(PairsPanel.this, ErrorText.of(ex), Texts.get("coding.title"), javax.swing.JOptionPane.WARNING_MESSAGE);
                }
            }
        });
    }

    private void chosen() {
        int index = table.getSelectedRow();
        if (index < 0) {
            return;
        }
        Row row = rows.rows.get(index);
        if (row.line() != null) {
            model.select(row.line());
            Moment first = row.client().playFrom().compareTo(row.therapist().playFrom()) <= 0 ? row.client() : row.therapist();
            model.play(first);
        } else {
            Moment m = row.client() != null ? row.client() : row.therapist();
            model.select(m);
            model.play(m);
        }
    }

    private void reload() {
        int selected = table.getSelectedRow();
        Moment keepClient = selected >= 0 ? rows.rows.get(selected).client() : null;
        Moment keepTherapist = selected >= 0 ? rows.rows.get(selected).therapist() : null;
        List<Row> list = new ArrayList<>();
        model.pairing().ifPresent(p -> {
            p.kept().forEach(l -> list.add(new Row(l.client(), l.therapist(), l)));
            p.suggested().forEach(l -> list.add(new Row(l.client(), l.therapist(), l)));
            p.clientOnly().forEach(m -> list.add(new Row(m, null, null)));
            p.therapistOnly().forEach(m -> list.add(new Row(null, m, null)));
            List<String> gaps = p.missing().stream().map(g -> g.reason().isBlank() && g.participantCode().isBlank()
                    ? Texts.get("coding.noRecall", Describe.perspective(g.perspective()).toLowerCase(java.util.Locale.ROOT))
                    : Texts.get("coding.missingPerspective", Describe.perspective(g.perspective()), g.participantCode(), g.reason())).toList();
            missing.setText(String.join("   ", gaps));
            missing.setVisible(!gaps.isEmpty());
        });
        list.sort(Comparator.comparingLong(Row::time));
        updating = true;
        try {
            rows.rows = list;
            rows.fireTableDataChanged();
            for (int i = 0; i < list.size(); i++) {
                Row r = list.get(i);
                if (keepClient != null && r.client() != null && r.client().id().equals(keepClient.id())
                        || keepClient == null && keepTherapist != null && r.therapist() != null && r.therapist().id().equals(keepTherapist.id())) {
                    table.setRowSelectionInterval(i, i);
                }
            }
        } finally {
            updating = false;
        }
    }

    private static final class RowsModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"client", "therapist", "delta", "class", "decision", "clientSays", "therapistSays"};
        List<Row> rows = List.of();

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
            return Texts.get("coding.pairs.column." + COLUMNS[column]);
        }

        @Override
        public Object getValueAt(int rowIndex, int column) {
            Row row = rows.get(rowIndex);
            SessionPairing.Line line = row.line();
            return switch (column) {
                case 0 -> row.client() == null ? "" : row.client().anchor().toShortClock();
                case 1 -> row.therapist() == null ? "" : row.therapist().anchor().toShortClock();
                case 2 -> line == null ? "" : Describe.seconds(line.deltaMillis());
                case 3 -> line == null ? Texts.get(row.client() != null ? "coding.class.clientOnly" : "coding.class.therapistOnly")
                        : Describe.pairClass(line);
                case 4 -> line == null ? "" : line.stored() == null ? Texts.get("coding.decision.suggested")
                        : line.stored().method() == PairMethod.MANUAL ? Texts.get("coding.decision.manual") : Texts.get("coding.decision.kept");
                case 5 -> row.client() == null ? "" : row.client().comment();
                default -> row.therapist() == null ? "" : row.therapist().comment();
            };
        }
    }
}
