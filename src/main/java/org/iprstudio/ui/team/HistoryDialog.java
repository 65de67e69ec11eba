package org.iprstudio.ui.team;

import org.iprstudio.ui.common.ErrorText;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.team.HistoryCsv;
import org.iprstudio.app.team.HistoryFilter;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.OnTextChange;

/** Study > History: the audit trail, newest first, filtered by person, dates and kind, and exported as CSV. */
final class HistoryDialog extends JDialog {
    private final Study study;
    private final JComboBox<String> who = new JComboBox<>();
    private final JComboBox<Object> kind = new JComboBox<>();
    private final JTextField from = new JTextField(9);
    private final JTextField to = new JTextField(9);
    private final JLabel count = new JLabel();
    private final Events events = new Events();
    private List<AuditEvent> shown = List.of();

    private final java.util.function.Supplier<List<AuditEvent>> trail;

    private HistoryDialog(Window owner, Study study, java.util.function.Supplier<List<AuditEvent>> trail) {
        super(owner, Texts.get("history.title", study.header().title()), ModalityType.APPLICATION_MODAL);
        this.study = study;
        this.trail = trail;
        setName("historyDialog");
        who.setName("historyWho");
        kind.setName("historyKind");
        from.setName("historyFrom");
        to.setName("historyTo");
        count.setName("historyCount");
        who.addItem(Texts.get("history.everyone"));
        Set<String> people = new LinkedHashSet<>();
        study.team().researchers().forEach(r -> people.add(r.initials()));
        trail.get().forEach(e -> people.add(e.who()));
        people.forEach(who::addItem);
        kind.addItem(Texts.get("history.allKinds"));
        for (AuditKind k : AuditKind.values()) {
            kind.addItem(k);
        }
        kind.setRenderer(StartRoundDialog.renderer(v -> v instanceof AuditKind k ? kindName(k) : String.valueOf(v)));
        JTable table = new JTable(events);
        table.setName("historyTable");
        table.setAutoCreateRowSorter(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(140);
        table.getColumnModel().getColumn(1).setPreferredWidth(60);
        table.getColumnModel().getColumn(2).setPreferredWidth(90);
        table.getColumnModel().getColumn(3).setPreferredWidth(520);
        JButton export = new JButton(Texts.get("history.export"));
        export.setName("historyExport");
        export.addActionListener(e -> export());
        JButton close = new JButton(Texts.get("history.close"));
        close.addActionListener(e -> dispose());
        JPanel panel = new JPanel(new MigLayout("insets dialog, fill", "[][][][][][][][][grow]", "[][grow,fill][]"));
        panel.add(new JLabel(Texts.get("history.who")));
        panel.add(who);
        panel.add(new JLabel(Texts.get("history.kind")), "gapleft 12");
        panel.add(kind);
        panel.add(new JLabel(Texts.get("history.from")), "gapleft 12");
        panel.add(from);
        panel.add(new JLabel(Texts.get("history.to")));
        panel.add(to);
        panel.add(count, "right, wrap");
        panel.add(new JScrollPane(table), "span, grow, w 900:1000, h 300:460, wrap");
        panel.add(export, "span, split 2, right");
        panel.add(close);
        who.addActionListener(e -> refilter());
        kind.addActionListener(e -> refilter());
        OnTextChange.listen(from.getDocument(), this::refilter);
        OnTextChange.listen(to.getDocument(), this::refilter);
        setContentPane(panel);
        refilter();
        pack();
        setLocationRelativeTo(owner);
    }

    /** @param trail the audit lines the person at the screen may see (CodingLens.history) */
    static void show(Window owner, Study study, java.util.function.Supplier<List<AuditEvent>> trail) {
        new HistoryDialog(owner, study, trail).setVisible(true);
    }

    private void refilter() {
        HistoryFilter filter;
        try {
            Set<String> people = who.getSelectedIndex() <= 0 ? Set.of() : Set.of((String) who.getSelectedItem());
            Set<AuditKind> kinds = kind.getSelectedItem() instanceof AuditKind k ? Set.of(k) : Set.of();
            filter = new HistoryFilter(people, date(from), date(to), kinds, ZoneId.systemDefault());
        } catch (RuntimeException e) {
            count.setText(ErrorText.of(e));
            return;
        }
        shown = filter.apply(trail.get());
        events.fireTableDataChanged();
        count.setText(Texts.get("history.count", shown.size()));
    }

    private static LocalDate date(JTextField field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Texts.get("history.badDate", text));
        }
    }

    private void export() {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("history.csv"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        boolean replace = false;
        if (Files.exists(target)) {
            if (JOptionPane.showConfirmDialog(this, Texts.get("history.replace", target), Texts.get("history.export"),
                    JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
                return;
            }
            replace = true;
        }
        try {
            HistoryCsv.write(study, shown, target, replace);
            JOptionPane.showMessageDialog(this, Texts.get("history.exported", shown.size(), target), Texts.get("history.export"),
                    JOptionPane.INFORMATION_MESSAGE);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(this, ErrorText.of(e), Texts.get("history.export"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private final class Events extends AbstractTableModel {
        private final String[] columns = {Texts.get("history.column.when"), Texts.get("history.column.who"), Texts.get("history.column.kind"),
                Texts.get("history.column.what")};

        @Override
        public int getRowCount() {
            return shown.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int column) {
            return columns[column];
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? When.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            AuditEvent e = shown.get(row);
            return switch (column) {
                case 0 -> new When(e.at());
                case 1 -> e.who();
                case 2 -> kindName(e.kind());
                default -> e.what();
            };
        }
    }

    /** When a change was made: shown in the window's date format (01.12.2026 19:54:07), sorted by time, not by that text. */
    record When(java.time.Instant at) implements Comparable<When> {
        @Override
        public int compareTo(When other) {
            return at.compareTo(other.at);
        }

        @Override
        public String toString() {
            return org.iprstudio.ui.common.LocalFormats.dateTimeSeconds(at);
        }
    }

    /** A kind of change in the window's language ("coding", "koding"). */
    static String kindName(AuditKind kind) {
        return Texts.get("history.kind." + kind.name());
    }
}
