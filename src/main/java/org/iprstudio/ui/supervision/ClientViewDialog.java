package org.iprstudio.ui.supervision;

import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.supervision.ClientViewLine;
import org.iprstudio.app.supervision.SupervisionInfo;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.ui.Texts;

/** "Compare with the client's view": the client's own stops beside the trainee's, opened only after the supervisor said yes. */
final class ClientViewDialog {
    private ClientViewDialog() {
    }

    static void show(Component owner, SupervisionInfo info, List<ClientViewLine> client, List<SupervisionMoment> trainee) {
        JDialog dialog = new JDialog(javax.swing.SwingUtilities.getWindowAncestor(owner), Texts.get("supervision.clientView.title", info.dyadCode(),
                info.sessionNumber()), java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("clientView");
        JPanel panel = new JPanel(new MigLayout("wrap 1, fill", "[grow, fill]", "[][grow, fill][][grow, fill]"));
        panel.add(new JLabel(Texts.get(client.isEmpty() ? "supervision.clientView.none" : "supervision.clientView.recorded")));
        DefaultTableModel clientRows = new DefaultTableModel(new Object[] {Texts.get("supervision.col.at"), Texts.get("supervision.col.helpfulness"),
                Texts.get("supervision.col.frame"), Texts.get("supervision.col.clientWords")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (ClientViewLine line : client) {
            clientRows.addRow(new Object[] {line.anchor().toShortClock(), line.helpfulness() == null ? "" : org.iprstudio.ui.common.LocalFormats.decimal(line.helpfulness().value(), 1),
                    line.timeFrame() == null ? "" : Texts.get("supervision.frame." + line.timeFrame().name()), line.comment()});
        }
        JTable clientTable = new JTable(clientRows);
        clientTable.setName("clientMoments");
        panel.add(new JScrollPane(clientTable));
        panel.add(new JLabel(Texts.get("supervision.clientView.trainee")));
        DefaultTableModel traineeRows = new DefaultTableModel(new Object[] {Texts.get("supervision.col.at"), Texts.get("supervision.col.helpfulness"),
                Texts.get("supervision.col.frame"), Texts.get("supervision.col.traineeWords")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (SupervisionMoment m : trainee) {
            traineeRows.addRow(new Object[] {m.anchor().toShortClock(), m.helpfulness() == null ? "" : org.iprstudio.ui.common.LocalFormats.decimal(m.helpfulness().value(), 1),
                    m.timeFrame() == null ? "" : Texts.get("supervision.frame." + m.timeFrame().name()), m.recall()});
        }
        JTable traineeTable = new JTable(traineeRows);
        traineeTable.setName("traineeStopTable");
        panel.add(new JScrollPane(traineeTable));
        for (JTable t : List.of(clientTable, traineeTable)) {
            t.getColumnModel().getColumn(0).setMaxWidth(80);
            t.getColumnModel().getColumn(1).setMaxWidth(110);
            t.getColumnModel().getColumn(1).setPreferredWidth(110);
            t.getColumnModel().getColumn(2).setMaxWidth(90);
            t.getColumnModel().getColumn(2).setPreferredWidth(90);
        }
        dialog.setContentPane(panel);
        dialog.setSize(new Dimension(900, 560));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
