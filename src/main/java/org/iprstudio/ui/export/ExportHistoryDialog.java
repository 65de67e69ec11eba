package org.iprstudio.ui.export;

import java.awt.Desktop;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.store.ExportRecord;
import org.iprstudio.ui.Texts;

/**
 * Study > Export history...: every export of this study file, newest first (what, with which
 * options, when, where to, by whom, from where), and the folder of one opened in the file manager.
 */
public final class ExportHistoryDialog extends JDialog {

    private final List<ExportRecord> newestFirst;
    private final JTable table;
    private final Consumer<Path> opener;

    ExportHistoryDialog(Window owner, List<ExportRecord> history, Consumer<Path> opener) {
        super(owner, Texts.get("exportHistory.title"), ModalityType.APPLICATION_MODAL);
        setName("exportHistoryDialog");
        List<ExportRecord> reversed = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(reversed);
        this.newestFirst = List.copyOf(reversed);
        this.opener = opener;
        table = new JTable(new Model()) {
            @Override
            public String getToolTipText(MouseEvent e) { // the whole options and path where the column cuts them
                int row = rowAtPoint(e.getPoint());
                int column = columnAtPoint(e.getPoint());
                return row < 0 || column < 0 ? null : String.valueOf(getValueAt(row, column));
            }
        };
        table.setName("exportHistoryTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(false);
        int[] widths = {130, 60, 220, 420, 90, 100};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openChosen();
                }
            }
        });
        JButton open = new JButton(Texts.get("exportHistory.open"));
        open.setName("exportHistoryOpen");
        open.addActionListener(e -> openChosen());
        open.setEnabled(false);
        table.getSelectionModel().addListSelectionListener(e -> open.setEnabled(table.getSelectedRow() >= 0));
        JButton close = new JButton(Texts.get("export.close"));
        close.setName("exportHistoryClose");
        close.addActionListener(e -> dispose());
        JPanel panel = new JPanel(new MigLayout("wrap 1, insets 12, fill", "[grow, fill]", "[][grow, fill][]"));
        panel.add(new JLabel(Texts.wrapped(900, newestFirst.isEmpty() ? "exportHistory.none" : "exportHistory.explain", newestFirst.size())));
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(1040, 320));
        panel.add(scroll, "wmin 400, hmin 120");
        panel.add(open, "split 2, right, tag other");
        panel.add(close, "tag cancel");
        setContentPane(panel);
        getRootPane().setDefaultButton(close);
        if (!newestFirst.isEmpty()) {
            table.setRowSelectionInterval(0, 0);
        }
        pack();
        setLocationRelativeTo(owner);
    }

    /** Opens a folder in the file manager; the desktop's unless a test gives its own. */
    private static volatile java.util.function.BiConsumer<Window, Path> folderOpener = ExportHistoryDialog::openWithDesktop;

    /** For tests: what Open folder does instead of starting the file manager. */
    public static void setFolderOpener(java.util.function.BiConsumer<Window, Path> opener) {
        folderOpener = opener == null ? ExportHistoryDialog::openWithDesktop : opener;
    }

    /** Shows the history of the study open in the window. */
    public static void show(Window owner, List<ExportRecord> history) {
        java.util.function.BiConsumer<Window, Path> open = folderOpener;
        new ExportHistoryDialog(owner, history, folder -> open.accept(owner, folder)).setVisible(true);
    }

    /** The folder an export went to: the folder itself for csv and eaf folders, else the file's folder. */
    static Path folderOf(ExportRecord record) {
        Path destination = Path.of(record.destination());
        return Files.isDirectory(destination) ? destination : destination.getParent();
    }

    private void openChosen() {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        Path folder = folderOf(newestFirst.get(table.convertRowIndexToModel(row)));
        if (folder == null || !Files.isDirectory(folder)) {
            JOptionPane.showMessageDialog(this, Texts.get("exportHistory.gone", folder), Texts.get("exportHistory.title"), JOptionPane.WARNING_MESSAGE);
            return;
        }
        opener.accept(folder);
    }

    /** The system's file manager, off the Swing thread (it may take a moment); where there is none, the path to copy. */
    private static void openWithDesktop(Window owner, Path folder) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            showPath(owner, folder);
            return;
        }
        Thread opening = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                javax.swing.SwingUtilities.invokeLater(() -> showPath(owner, folder));
            }
        }, "open export folder");
        opening.setDaemon(true);
        opening.start();
    }

    private static void showPath(Window owner, Path folder) {
        javax.swing.JTextField path = new javax.swing.JTextField(folder.toString(), 40);
        path.setEditable(false);
        JOptionPane.showMessageDialog(owner, new Object[] {Texts.get("exportHistory.noFileManager"), path}, Texts.get("exportHistory.title"),
                JOptionPane.INFORMATION_MESSAGE);
    }

    private final class Model extends AbstractTableModel {
        private final String[] columns = {"exportHistory.when", "exportHistory.format", "exportHistory.options", "exportHistory.destination",
                "exportHistory.by", "exportHistory.via"};

        @Override
        public int getRowCount() {
            return newestFirst.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int column) {
            return Texts.get(columns[column]);
        }

        @Override
        public Object getValueAt(int row, int column) {
            ExportRecord r = newestFirst.get(row);
            return switch (column) {
                case 0 -> org.iprstudio.ui.common.LocalFormats.dateTime(r.at());
                case 1 -> r.format();
                case 2 -> r.options().isEmpty() ? Texts.get("exportHistory.noOptions") : r.options();
                case 3 -> r.destination();
                case 4 -> r.researcher() == null ? Texts.get("exportHistory.unknown") : r.researcher();
                default -> Texts.get("exportHistory.via." + r.via().name().toLowerCase(Locale.ROOT));
            };
        }
    }
}
