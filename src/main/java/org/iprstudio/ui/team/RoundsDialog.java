package org.iprstudio.ui.team;

import org.iprstudio.ui.common.ErrorText;
import java.awt.CardLayout;
import java.awt.Window;
import java.util.List;
import java.util.UUID;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.team.RoundComparison;
import org.iprstudio.app.team.RoundStatistics;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/**
 * Study > Coding rounds: the rounds, starting and closing one, and for a closed round its comparison
 * (per session, side by side, disagreements first, each decided by the team) and its statistics.
 * An open round shows nothing of its codings: that is the point of coding blind.
 */
final class RoundsDialog extends JDialog {
    private final StudyService service;
    private final TeamActions team;
    private final DefaultListModel<CodingRound> rounds = new DefaultListModel<>();
    private final JList<CodingRound> list = new JList<>(rounds);
    private final JLabel info = new JLabel();
    private final JComboBox<Object> session = new JComboBox<>();
    private final ComparisonTable comparison;
    private final JTable comparisonTable;
    private final StatisticsTable statistics = new StatisticsTable();
    private final JButton close = new JButton(Texts.get("rounds.close"));
    private final JButton decide = new JButton(Texts.get("rounds.decide"));
    private final CardLayout cards = new CardLayout();
    private final JPanel detail = new JPanel(cards);
    private boolean filling;

    private RoundsDialog(Window owner, StudyService service, TeamActions team) {
        super(owner, Texts.get("rounds.title"), ModalityType.APPLICATION_MODAL);
        this.service = service;
        this.team = team;
        setName("roundsDialog");
        Study study = service.study();
        comparison = new ComparisonTable(study);
        comparisonTable = new JTable(comparison);
        comparisonTable.setName("comparisonTable");
        comparisonTable.setDefaultRenderer(Object.class, comparison.renderer());
        comparisonTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        comparisonTable.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        comparison.addTableModelListener(e -> {
            if (e.getFirstRow() == javax.swing.event.TableModelEvent.HEADER_ROW) {
                // after the table has made its new columns (it hears the change after this listener)
                javax.swing.SwingUtilities.invokeLater(() -> {
                    int[] widths = {60, 50, 130};
                    for (int c = 0; c < widths.length && c < comparisonTable.getColumnCount(); c++) {
                        comparisonTable.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
                    }
                });
            }
        });
        JTable statisticsTable = new JTable(statistics);
        statisticsTable.setName("statisticsTable");
        list.setName("roundsList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(StartRoundDialog.renderer(v -> Texts.get("rounds.item", ((CodingRound) v).name(),
                Texts.get(((CodingRound) v).isOpen() ? "rounds.open" : "rounds.closed"))));
        info.setName("roundInfo");
        session.setName("roundSession");
        close.setName("roundClose");
        decide.setName("roundDecide");
        JButton start = new JButton(Texts.get("rounds.start"));
        start.setName("roundStartNew");

        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[grow,fill][]"));
        left.add(new JScrollPane(list), "w 180:200");
        left.add(start);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("roundTabs");
        JPanel compare = new JPanel(new MigLayout("insets 4, fill, wrap 1", "[grow,fill]", "[][grow,fill]"));
        compare.add(new JLabel(Texts.get("rounds.session")), "split 2, growx 0");
        compare.add(session, "growx 0");
        compare.add(new JScrollPane(comparisonTable));
        tabs.addTab(Texts.get("rounds.tab.compare"), compare);
        JPanel stats = new JPanel(new MigLayout("insets 4, fill, wrap 1", "[grow,fill]", "[grow,fill][]"));
        stats.add(new JScrollPane(statisticsTable));
        stats.add(new JLabel(Texts.wrapped(760, "rounds.stat.note")));
        tabs.addTab(Texts.get("rounds.tab.statistics"), stats);
        detail.add(new JPanel(), "empty");
        detail.add(tabs, "closed");
        JPanel right = new JPanel(new MigLayout("insets 0 8 0 0, fill, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        right.add(info, "w 600:900");
        right.add(detail, "h 360:460");
        JButton done = new JButton(Texts.get("rounds.dismiss"));
        done.setName("roundsDone");
        done.addActionListener(e -> dispose());
        right.add(close, "split 3, right, growx 0");
        right.add(decide, "growx 0");
        right.add(done, "growx 0, gapleft 16");
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[grow,fill]"));
        content.add(split);
        setContentPane(content);

        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showRound();
            }
        });
        session.addActionListener(e -> {
            if (!filling) {
                showComparison();
            }
        });
        start.addActionListener(e -> StartRoundDialog.ask(this, service, team).ifPresent(this::reload));
        close.addActionListener(e -> closeRound());
        decide.addActionListener(e -> decideSelected());
        reload(null);
        pack();
        setLocationRelativeTo(owner);
    }

    static void show(Window owner, StudyService service, TeamActions team) {
        new RoundsDialog(owner, service, team).setVisible(true);
    }

    private Study study() {
        return service.study();
    }

    /** Lists the rounds afresh and selects the given one (or the first). */
    private void reload(CodingRound select) {
        rounds.clear();
        study().team().rounds().forEach(rounds::addElement);
        if (rounds.isEmpty()) {
            showRound();
            return;
        }
        int index = 0;
        for (int i = 0; i < rounds.size(); i++) {
            if (select != null && rounds.get(i).id().equals(select.id())) {
                index = i;
            }
        }
        list.setSelectedIndex(-1);
        list.setSelectedIndex(index);
    }

    private CodingRound current() {
        CodingRound selected = list.getSelectedValue();
        return selected == null ? null : study().team().round(selected.id()).orElse(null);
    }

    private void showRound() {
        CodingRound round = current();
        if (round == null) {
            info.setText(Texts.wrapped(600, "rounds.none"));
            cards.show(detail, "empty");
            close.setEnabled(false);
            decide.setEnabled(false);
            return;
        }
        close.setEnabled(round.isOpen() && round.lead().equals(service.actor()));
        decide.setEnabled(!round.isOpen());
        if (round.isOpen()) {
            info.setText(Texts.wrapped(600, "rounds.openInfo", round.name(), round.lead(), String.join(", ", round.coders())));
            cards.show(detail, "empty");
            return;
        }
        filling = true;
        try {
            session.removeAllItems();
            session.addItem(Texts.get("rounds.allSessions"));
            round.sessionIds().forEach(id -> study().sessions().stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(session::addItem));
            session.setRenderer(StartRoundDialog.renderer(v -> v instanceof Session s ? StartRoundDialog.sessionLabel(study(), s) : String.valueOf(v)));
        } finally {
            filling = false;
        }
        showComparison();
        try {
            statistics.show(RoundStatistics.of(study(), round));
        } catch (RuntimeException e) {
            statistics.show(null);
        }
        cards.show(detail, "closed");
    }

    private void showComparison() {
        CodingRound round = current();
        if (round == null || round.isOpen()) {
            return;
        }
        RoundComparison compared = RoundComparison.of(study(), round);
        List<RoundComparison.Unit> units = session.getSelectedItem() instanceof Session s ? compared.unitsOf(s.id()) : compared.units();
        comparison.show(round, units);
        info.setText(Texts.wrapped(600, "rounds.closedInfo", round.name(), org.iprstudio.ui.common.LocalFormats.dateTime(round.closedAt()), round.lead(),
                String.join(", ", round.coders()), compared.disagreements().size(), compared.undecided().size(), compared.units().size()));
    }

    private void closeRound() {
        CodingRound round = current();
        if (round == null || JOptionPane.showConfirmDialog(this, Texts.wrapped(420, "rounds.closeConfirm", round.name()), Texts.get("rounds.close"),
                JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        try {
            reload(team.close(round).round());
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(this, ErrorText.of(e), Texts.get("rounds.close"), JOptionPane.WARNING_MESSAGE);
        }
    }

    private void decideSelected() {
        CodingRound round = current();
        int row = comparisonTable.getSelectedRow();
        if (round == null || row < 0) {
            JOptionPane.showMessageDialog(this, Texts.get("rounds.selectDisagreement"), Texts.get("rounds.decide"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        RoundComparison.Unit unit = comparison.unit(comparisonTable.convertRowIndexToModel(row));
        String label = comparison.getValueAt(row, 0) + " " + comparison.getValueAt(row, 1) + " " + comparison.getValueAt(row, 2);
        UUID unitId = unit.unitId();
        if (DecideDialog.ask(this, study(), team, round, unit, label)) {
            showComparison();
            statistics.show(RoundStatistics.of(study(), round));
            for (int i = 0; i < comparison.getRowCount(); i++) {
                if (comparison.unit(i).unitId().equals(unitId)) {
                    comparisonTable.setRowSelectionInterval(i, i);
                }
            }
        }
    }
}
