package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.util.List;
import java.util.OptionalDouble;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.analysis.DyadSummary;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.ui.Texts;

/**
 * How far therapist and client agree, per dyad and for the study: pairs by class, one-sided
 * moments, the helpfulness difference and the missing perspectives; with the dyad's memo
 * (for example its trajectory) and the study memo beside.
 */
public final class SummaryPanel extends JPanel {
    private final CodingModel model;
    private final LinesModel lines = new LinesModel();
    private final JTable table = new JTable(lines);
    private final MemoEditor dyadMemo;
    private final MemoEditor studyMemo;
    private boolean reloading;

    public SummaryPanel(CodingModel model) {
        super(new BorderLayout());
        this.model = model;
        table.setName("dyadSummary");
        table.setRowHeight(24);
        table.getTableHeader().setReorderingAllowed(false);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(9).setPreferredWidth(260);
        table.getTableHeader().setPreferredSize(new java.awt.Dimension(10, 40));
        dyadMemo = new MemoEditor(model, "dyadMemo");
        studyMemo = new MemoEditor(model, "studyMemo");
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !reloading) {
                showDyadMemo();
            }
        });
        JPanel memos = new JPanel(new MigLayout("insets 4, fill, wrap 2", "[grow,fill][grow,fill]", "[grow,fill]"));
        memos.add(dyadMemo);
        memos.add(studyMemo);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), memos);
        split.setResizeWeight(0.5);
        add(split, BorderLayout.CENTER);
        ShownReload.attach(this, model, false, this::reloadOrFollow);
        studyMemo.show(MemoTarget.STUDY, null, model.study().header().title());
    }

    private final SessionChanges.Follower follower = new SessionChanges.Follower();
    /** Each session's pairing as the lines were last made from (the study's pairing takes a fifth of a second on a million moments). */
    private java.util.Map<java.util.UUID, org.iprstudio.analysis.SessionPairing> pairings = java.util.Map.of();

    /**
     * After a change within sessions, only those sessions are paired again (a code applied changes no
     * pairing, so nothing is); anything else, or a change missed while the tab was not on show,
     * pairs the whole study again.
     */
    private void reloadOrFollow() {
        java.util.List<org.iprstudio.store.StudyChange> heard = follower.toFollow(model);
        org.iprstudio.domain.Study shown = model.shownStudy();
        java.util.Set<java.util.UUID> sessions = heard == null ? null : SessionChanges.sessionsOf(shown, heard, model::movedInChange);
        if (sessions == null) {
            pairings = StudyPairing.of(shown);
        } else if (!SessionChanges.onlyCodings(heard)) {
            java.util.Map<java.util.UUID, org.iprstudio.analysis.SessionPairing> renewed = new java.util.HashMap<>(pairings);
            sessions.forEach(id -> renewed.put(id, org.iprstudio.analysis.SessionPairing.of(shown, shown.session(id))));
            pairings = renewed;
        }
        if (sessions == null || !SessionChanges.onlyCodings(heard)) {
            reload(shown);
        }
        follower.caughtUp(model);
    }

    private void reload(org.iprstudio.domain.Study shown) {
        int selected = table.getSelectedRow();
        reloading = true; // the table drops its selection while rebuilt: that must not switch (and re-save) the memo
        try {
            lines.lines = DyadSummary.of(shown, pairings);
            lines.fireTableDataChanged();
            if (selected >= 0 && selected < lines.lines.size()) {
                table.setRowSelectionInterval(selected, selected);
            }
        } finally {
            reloading = false;
        }
        showDyadMemo();
        studyMemo.show(MemoTarget.STUDY, null, model.study().header().title());
    }

    private void showDyadMemo() {
        int row = table.getSelectedRow();
        DyadSummary line = row < 0 || row >= lines.lines.size() ? null : lines.lines.get(row);
        if (line == null || line.dyad() == null) {
            dyadMemo.show(null, null, null);
        } else {
            dyadMemo.show(MemoTarget.DYAD, line.dyad().id(), line.dyad().code());
        }
    }

    private static String percent(double share, int of) {
        return of == 0 ? "\u2013" : Math.round(share * 100) + " %";
    }

    private static String decimal(OptionalDouble value) {
        return value.isPresent() ? org.iprstudio.ui.common.LocalFormats.signed(value.getAsDouble(), 1) : "\u2013";
    }

    private static final class LinesModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"dyad", "pairs", "convergent", "divergentValence", "divergentMeaning", "clientOnly", "therapistOnly",
                "meanDifference", "meanAbsoluteDifference", "missing"};
        List<DyadSummary> lines = List.of();

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
            return Texts.get("coding.summary.column." + COLUMNS[column]);
        }

        @Override
        public Object getValueAt(int row, int column) {
            DyadSummary s = lines.get(row);
            return switch (column) {
                case 0 -> s.dyad() == null ? Texts.get("coding.summary.all") : s.dyad().code();
                case 1 -> s.suggested() == 0 ? Integer.toString(s.pairs()) : Texts.get("coding.summary.pairsWithSuggested", s.pairs(), s.suggested());
                case 2 -> s.convergent() + " (" + percent(s.shareConvergent(), s.pairs()) + ")";
                case 3 -> s.divergentValence() + " (" + percent(s.pairs() == 0 ? 0 : (double) s.divergentValence() / s.pairs(), s.pairs()) + ")";
                case 4 -> s.divergentMeaning() + " (" + percent(s.pairs() == 0 ? 0 : (double) s.divergentMeaning() / s.pairs(), s.pairs()) + ")";
                case 5 -> Texts.get("coding.summary.ofMoments", s.clientOnly(), s.clientMoments());
                case 6 -> Texts.get("coding.summary.ofMoments", s.therapistOnly(), s.therapistMoments());
                case 7 -> decimal(s.meanHelpfulnessDifference());
                case 8 -> s.meanAbsoluteHelpfulnessDifference().isPresent()
                        ? org.iprstudio.ui.common.LocalFormats.fixed(s.meanAbsoluteHelpfulnessDifference().getAsDouble(), 1) : "\u2013";
                default -> String.join("; ", s.missing().stream().map(m -> Texts.get("coding.summary.missing",
                        Describe.perspective(m.gap().perspective()), m.gap().participantCode(), m.session().number(), m.gap().reason())).toList());
            };
        }
    }
}
