package org.iprstudio.ui.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.setup.VideoLinks;
import org.iprstudio.domain.Site;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * Add videos from a folder: the folder's recordings with the dyad and session their names
 * propose, for the researcher to check and correct; on confirm they are checksummed in the
 * background and linked as one undoable step (missing dyads and sessions created).
 */
final class FolderImportDialog extends JDialog {
    static final int INCLUDE = 0;
    static final int FILE = 1;
    static final int DYAD = 2;
    static final int SESSION = 3;
    static final int NOTE = 4;

    private final SetupContext c;
    private final List<VideoLinks.Proposal> proposals;
    private final DefaultTableModel model;
    private final JComboBox<Site> site;

    private FolderImportDialog(SetupContext context, Path folder, List<VideoLinks.Proposal> proposals) {
        super(context.owner(), Texts.get("folder.title", folder.getFileName() == null ? folder : folder.getFileName()), ModalityType.MODELESS);
        this.c = context;
        this.proposals = proposals;
        setName("folderImportDialog");
        model = new DefaultTableModel(new Object[] {Texts.get("folder.col.include"), Texts.get("folder.col.file"), Texts.get("folder.col.dyad"),
                Texts.get("folder.col.session"), Texts.get("folder.col.note")}, 0) {
            @Override
            public Class<?> getColumnClass(int column) {
                return column == INCLUDE ? Boolean.class : column == SESSION ? Integer.class : String.class;
            }

            @Override
            public boolean isCellEditable(int row, int column) {
                return column == INCLUDE || column == DYAD || column == SESSION;
            }
        };
        for (VideoLinks.Proposal p : proposals) {
            model.addRow(new Object[] {p.matched(), p.file().getFileName().toString(), p.dyadCode(), p.sessionNumber(),
                    p.matched() ? note(p.dyadCode(), p.sessionNumber()) : Texts.get("folder.note.unmatched")});
        }
        model.addTableModelListener(e -> {
            if (e.getColumn() == DYAD || e.getColumn() == SESSION) {
                for (int row = e.getFirstRow(); row <= Math.min(e.getLastRow(), model.getRowCount() - 1); row++) {
                    String dyad = (String) model.getValueAt(row, DYAD);
                    Integer number = (Integer) model.getValueAt(row, SESSION);
                    model.setValueAt(dyad != null && !dyad.isBlank() && number != null, row, INCLUDE);
                    model.setValueAt(dyad == null || dyad.isBlank() || number == null ? Texts.get("folder.note.unmatched") : note(dyad, number), row, NOTE);
                }
            }
        });
        JTable table = new JTable(model);
        table.setName("folderTable");
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.getColumnModel().getColumn(INCLUDE).setMaxWidth(70);
        table.getColumnModel().getColumn(FILE).setPreferredWidth(260);
        table.getColumnModel().getColumn(NOTE).setPreferredWidth(260);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);

        site = Forms.choice("folder.site", c.study().sites(), c.study().sites().isEmpty() ? null : c.study().sites().get(0),
                s -> s.code() + "  " + s.name());
        JPanel content = new JPanel(new MigLayout("wrap 1, insets 10, fill", "[grow, fill]", "[][grow, fill][][]"));
        content.add(new JLabel(Texts.wrapped(640, "folder.explain", proposals.size())));
        content.add(new JScrollPane(table), "h 200:320:");
        JPanel sitePanel = new JPanel(new MigLayout("insets 0"));
        sitePanel.add(new JLabel(Texts.get("folder.siteLabel")));
        if (c.study().sites().isEmpty()) {
            sitePanel.add(new JLabel(Texts.get("folder.firstSite"))); // the use case makes it with the dyads
        } else {
            sitePanel.add(site, "w 240!");
        }
        content.add(sitePanel);
        JButton confirm = new JButton(Texts.get("folder.confirm"));
        confirm.setName("folder.confirm");
        confirm.addActionListener(e -> {
            if (table.isEditing()) {
                table.getCellEditor().stopCellEditing();
            }
            confirm();
        });
        JButton cancel = new JButton(Texts.get("setup.cancel"));
        cancel.addActionListener(e -> dispose());
        content.add(cancel, "split 2, right, tag cancel");
        content.add(confirm, "tag ok");
        setContentPane(content);
        pack();
        setSize(Math.max(getWidth(), 760), Math.min(Math.max(getHeight(), 420), 700));
        setLocationRelativeTo(c.owner());
    }

    /** Asks for the folder, then shows its proposal. */
    static void start(SetupContext c) {
        JFileChooser chooser = new JFileChooser(c.service().folder().toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(Texts.get("folder.choose"));
        if (chooser.showOpenDialog(c.owner()) == JFileChooser.APPROVE_OPTION) {
            show(c, chooser.getSelectedFile().toPath());
        }
    }

    /** Shows the proposal for a folder (tests call this directly instead of going through the file chooser). */
    static FolderImportDialog show(SetupContext c, Path folder) {
        List<VideoLinks.Proposal> proposals;
        try {
            proposals = VideoLinks.propose(folder);
        } catch (IOException e) {
            Forms.refused(c.owner(), Texts.get("folder.unreadable", folder, ErrorText.of(e)));
            return null;
        }
        if (proposals.isEmpty()) {
            Forms.refused(c.owner(), Texts.get("folder.empty", folder));
            return null;
        }
        FolderImportDialog dialog = new FolderImportDialog(c, folder, proposals);
        dialog.setVisible(true);
        return dialog;
    }

    private String note(String dyadCode, int number) {
        var dyad = c.study().dyads().stream().filter(d -> d.code().equalsIgnoreCase(dyadCode.strip())).findFirst();
        if (dyad.isEmpty()) {
            return Texts.get("folder.note.newDyad", dyadCode.strip().toUpperCase(Locale.ROOT));
        }
        var session = c.study().sessionsOf(dyad.get().id()).stream().filter(s -> s.number() == number).findFirst();
        String protocol = c.study().header().protocol().sessionNumbers().contains(number) ? "" : " " + Texts.get("folder.note.notInProtocol");
        if (session.isEmpty()) {
            return Texts.get("folder.note.newSession") + protocol;
        }
        return (session.get().media() == null ? Texts.get("folder.note.existing") : Texts.get("folder.note.replaces")) + protocol;
    }

    private void confirm() {
        List<Path> files = new ArrayList<>();
        List<String[]> chosen = new ArrayList<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            if (Boolean.TRUE.equals(model.getValueAt(row, INCLUDE))) {
                String dyad = (String) model.getValueAt(row, DYAD);
                Integer number = (Integer) model.getValueAt(row, SESSION);
                if (dyad == null || dyad.isBlank() || number == null) {
                    Forms.refused(this, Texts.get("folder.incomplete", model.getValueAt(row, FILE)));
                    return;
                }
                files.add(proposals.get(row).file());
                chosen.add(new String[] {dyad.strip().toUpperCase(Locale.ROOT), String.valueOf(number)});
            }
        }
        if (files.isEmpty()) {
            Forms.refused(this, Texts.get("folder.nothingChosen"));
            return;
        }
        Site forNewDyads = (Site) site.getSelectedItem();
        setVisible(false);
        PrepareProgress.run(c.owner(), c.links(), files, outcome -> {
            List<VideoLinks.Assignment> assignments = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                VideoLinks.Prepared p = outcome.prepared().get(files.get(i));
                if (p != null) {
                    assignments.add(new VideoLinks.Assignment(p, chosen.get(i)[0], Integer.parseInt(chosen.get(i)[1])));
                }
            }
            if (outcome.cancelled()) {
                setVisible(true); // nothing was linked: the proposal is still there to confirm again
                return;
            }
            List<org.iprstudio.domain.UserMessage> caveats = assignments.stream().map(a -> a.prepared().caveat()).filter(java.util.Objects::nonNull).toList();
            if (!Forms.acceptCaveats(c.owner(), caveats)) {
                setVisible(true); // nothing was linked: the proposal is still there (after converting, or without those files)
                return;
            }
            try {
                c.links().addFromFolder(assignments, forNewDyads);
                dispose();
            } catch (IllegalArgumentException e) {
                Forms.refused(c.owner(), ErrorText.of(e));
                setVisible(true);
                return;
            }
            if (!outcome.refused().isEmpty()) {
                Forms.refused(c.owner(), Texts.get("folder.someRefused", assignments.size(), String.join("\n", outcome.refused())));
            }
        });
    }
}
