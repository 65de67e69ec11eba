package org.iprstudio.ui.team;

import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.iprstudio.app.team.RoundComparison;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.ConsensusDecision;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/** A closed round side by side: one row per moment or pair, one column per coder, disagreements first. */
final class ComparisonTable extends AbstractTableModel {
    private static final Color UNDECIDED = new Color(0xfde2e1);
    private static final Color DECIDED = new Color(0xfff4cc);
    private final Study study;
    private CodingRound round;
    private List<RoundComparison.Unit> units = List.of();

    ComparisonTable(Study study) {
        this.study = study;
    }

    void show(CodingRound shown, List<RoundComparison.Unit> rows) {
        boolean columnsChange = round == null || shown == null || !round.coders().equals(shown.coders());
        round = shown;
        units = rows;
        if (columnsChange) {
            fireTableStructureChanged();
        } else {
            fireTableDataChanged();
        }
    }

    RoundComparison.Unit unit(int row) {
        return units.get(row);
    }

    @Override
    public int getRowCount() {
        return units.size();
    }

    @Override
    public int getColumnCount() {
        return round == null ? 0 : 4 + round.coders().size();
    }

    @Override
    public String getColumnName(int column) {
        if (column == 0) {
            return Texts.get("rounds.column.session");
        } else if (column == 1) {
            return Texts.get("rounds.column.time");
        } else if (column == 2) {
            return Texts.get("rounds.column.unit");
        } else if (column == getColumnCount() - 1) {
            return Texts.get("rounds.column.decision");
        }
        return round.coders().get(column - 3);
    }

    @Override
    public Object getValueAt(int row, int column) {
        RoundComparison.Unit u = units.get(row);
        if (column == 0) {
            return StartRoundDialog.sessionLabel(study, u.session());
        } else if (column == 1) {
            return u.moment().anchor().toShortClock();
        } else if (column == 2) {
            if (u.isPair()) {
                return Texts.get("rounds.unit.pair", study.moment(u.pair().firstMomentId()).anchor().toShortClock(),
                        study.moment(u.pair().secondMomentId()).anchor().toShortClock());
            }
            return Texts.get("rounds.unit.moment", Texts.get("role." + study.pass(u.moment().passId()).perspective().name().toLowerCase(java.util.Locale.ROOT)).toLowerCase(java.util.Locale.getDefault()));
        } else if (column == getColumnCount() - 1) {
            ConsensusDecision d = u.decision();
            if (d != null) {
                return d.note().isEmpty() ? Texts.get("rounds.decided", names(Set.copyOf(d.codeIds())))
                        : Texts.get("rounds.decidedWithNote", names(Set.copyOf(d.codeIds())), d.note());
            }
            return u.disagreement() ? Texts.get("rounds.undecided") : Texts.get("rounds.agreed");
        }
        return names(u.codesOf(round.coders().get(column - 3)));
    }

    String names(Set<UUID> codes) {
        if (codes.isEmpty()) {
            return Texts.get("rounds.noCode");
        }
        return String.join(", ", round.codeIds().stream().filter(codes::contains)
                .map(id -> study.find(id).filter(Code.class::isInstance).map(c -> ((Code) c).name()).orElse("?")).toList());
    }

    /** Undecided disagreements in red, decided ones in yellow, agreement plain. */
    DefaultTableCellRenderer renderer() {
        return new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
                Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
                if (!selected) {
                    RoundComparison.Unit u = units.get(table.convertRowIndexToModel(row));
                    c.setBackground(!u.disagreement() ? table.getBackground() : u.decision() == null ? UNDECIDED : DECIDED);
                }
                return c;
            }
        };
    }
}
