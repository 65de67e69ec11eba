package org.iprstudio.ui.supervision;

import java.awt.Dimension;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.supervision.SupervisionSetup;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.SupervisionLog;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * A trainee's supervision log across their meetings: the learning points with the date noted,
 * the session and time they came from and their status (changed here), and the supervisor's
 * summary of each meeting; the portfolio summary is saved from here as printable HTML.
 */
final class SupervisionLogDialog extends JDialog {
    private final SupervisionSetup setup;
    private final JComboBox<String> trainee = new JComboBox<>();
    private final DefaultTableModel rows = new DefaultTableModel(new Object[] {Texts.get("supervision.col.noted"), Texts.get("supervision.col.status"),
            Texts.get("supervision.col.session"), Texts.get("supervision.col.at"), Texts.get("supervision.col.point")}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 1;
        }
    };
    private final JTable table = new JTable(rows);
    private final JTextArea summaries = new JTextArea(6, 40);
    private final List<SupervisionLog.Point> shown = new ArrayList<>();
    private boolean filling;

    SupervisionLogDialog(Window owner, SupervisionSetup setup) {
        super(owner, Texts.get("supervision.log.title"), ModalityType.APPLICATION_MODAL);
        this.setup = setup;
        setName("supervisionLog");
        JPanel panel = new JPanel(new MigLayout("wrap 1, fill", "[grow, fill]", "[][grow, fill][][][]"));
        JPanel top = new JPanel(new MigLayout("insets 0", "[][160!]"));
        top.add(new JLabel(Texts.get("supervision.log.trainee")));
        trainee.setName("trainee");
        setup.trainees().stream().map(Participant::code).forEach(trainee::addItem);
        trainee.addActionListener(e -> refresh());
        top.add(trainee);
        panel.add(top);
        table.setName("learningPointTable");
        table.setRowHeight(24);
        JComboBox<String> statuses = new JComboBox<>(new String[] {status(LearningStatus.WORKING_ON), status(LearningStatus.ACHIEVED)});
        table.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(statuses));
        int[] widths = {100, 110, 70, 70};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setMinWidth(widths[i]);
            table.getColumnModel().getColumn(i).setMaxWidth(widths[i] + 20);
        }
        rows.addTableModelListener(e -> {
            if (!filling && e.getColumn() == 1 && e.getFirstRow() >= 0 && e.getFirstRow() < shown.size()) {
                String text = (String) rows.getValueAt(e.getFirstRow(), 1);
                LearningStatus status = text.equals(status(LearningStatus.ACHIEVED)) ? LearningStatus.ACHIEVED : LearningStatus.WORKING_ON;
                try {
                    setup.setStatus(shown.get(e.getFirstRow()).point().id(), status);
                } catch (RuntimeException ex) {
                    JOptionPane.showMessageDialog(this, Texts.get("supervision.notSaved", ErrorText.of(ex)), getTitle(), JOptionPane.ERROR_MESSAGE);
                }
                javax.swing.SwingUtilities.invokeLater(this::refresh);
            }
        });
        panel.add(new JScrollPane(table));
        panel.add(new JLabel(Texts.get("supervision.log.summaries")));
        summaries.setName("meetingSummaries");
        summaries.setEditable(false);
        summaries.setLineWrap(true);
        summaries.setWrapStyleWord(true);
        panel.add(new JScrollPane(summaries), "h 120!");
        JButton save = new JButton(Texts.get("supervision.log.saveSummary"));
        save.setName("saveSummary");
        save.addActionListener(e -> saveSummary());
        JButton close = new JButton(Texts.get("supervision.log.close"));
        close.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new MigLayout("insets 0", "push[][]"));
        buttons.add(save);
        buttons.add(close);
        panel.add(buttons);
        setContentPane(panel);
        setSize(new Dimension(1000, 600));
        setLocationRelativeTo(owner);
        refresh();
    }

    static String status(LearningStatus status) {
        return Texts.get("supervision.status." + status.name());
    }

    private void refresh() {
        filling = true;
        try {
            rows.setRowCount(0);
            shown.clear();
            summaries.setText("");
            Object code = trainee.getSelectedItem();
            if (code == null) {
                summaries.setText(Texts.get("supervision.log.empty"));
                return;
            }
            SupervisionLog log = setup.log(code.toString());
            StringBuilder text = new StringBuilder();
            for (SupervisionLog.Meeting m : log.meetings()) {
                text.append(Texts.get("supervision.log.meetingLine", org.iprstudio.ui.common.LocalFormats.date(m.meeting().date()), m.session(), m.supervisor().code(),
                        m.meeting().summary().isBlank() ? "\u2014" : m.meeting().summary())).append('\n');
                for (SupervisionLog.Point p : m.points()) {
                    shown.add(p);
                    rows.addRow(new Object[] {p.point().noted().toString(), status(p.point().status()), m.session(),
                            SupervisionLog.clock(p.moment().anchor()), p.point().text()});
                }
            }
            summaries.setText(text.toString().strip());
        } finally {
            filling = false;
        }
    }

    private void saveSummary() {
        Object code = trainee.getSelectedItem();
        if (code == null) {
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File(code + "-supervision-summary.html"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path out = chooser.getSelectedFile().toPath();
        boolean force = false;
        if (java.nio.file.Files.exists(out)) {
            if (JOptionPane.showConfirmDialog(this, Texts.get("supervision.log.replace", out.getFileName().toString()), getTitle(),
                    JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
                return;
            }
            force = true;
        }
        try {
            setup.writeSummary(code.toString(), out, force);
            JOptionPane.showMessageDialog(this, Texts.get("supervision.log.saved", out.toString()), getTitle(), JOptionPane.INFORMATION_MESSAGE);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(this, Texts.get("supervision.notSaved", ErrorText.of(e)), getTitle(), JOptionPane.ERROR_MESSAGE);
        }
    }
}
