package org.iprstudio.ui.setup;

import java.awt.BorderLayout;
import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.TransferHandler;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.setup.FileNameMatcher;
import org.iprstudio.app.setup.NotInProtocol;
import org.iprstudio.app.setup.SessionSetup.ExpectedPass;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Session;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/** The sessions tab: sessions per dyad with their video, and below, the recalls the protocol expects of the selected one. */
final class SessionsPanel extends JPanel {
    private final SetupContext c;
    final RowTable<Session> sessions;
    final RowTable<ExpectedPass> passes;

    SessionsPanel(SetupContext context) {
        super(new BorderLayout(0, 6));
        this.c = context;
        sessions = new RowTable<>("sessionsTable", Session::id,
                new RowTable.Column<>("setup.col.dyad", s -> c.study().dyad(s.dyadId()).code()),
                new RowTable.Column<>("setup.col.number", Session::number),
                new RowTable.Column<>("setup.col.date", (Session s) -> org.iprstudio.ui.common.LocalFormats.date(s.date())),
                new RowTable.Column<>("setup.col.video", s -> s.media() == null ? Texts.get("setup.noVideo") : Path.of(s.media().path()).getFileName()),
                new RowTable.Column<>("setup.col.recalls", this::recallSummary));
        passes = new RowTable<>("passesTable", e -> e.pass() == null ? e.participant().id() : e.pass().id(),
                new RowTable.Column<>("setup.col.perspective", e -> SetupContext.role(e.perspective())),
                new RowTable.Column<>("setup.col.participant", e -> e.participant().label()),
                new RowTable.Column<>("setup.col.status", e -> Texts.get("setup.status." + e.status().name())),
                new RowTable.Column<>("setup.col.moments", ExpectedPass::moments),
                new RowTable.Column<>("setup.col.reason", ExpectedPass::missingReason));
        sessions.getSelectionModel().addListSelectionListener(e -> showPasses());
        sessions.setDropMode(javax.swing.DropMode.ON);
        sessions.setTransferHandler(new VideoDrop());

        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.add(new JLabel(Texts.wrapped(700, "setup.sessions.explain")), BorderLayout.NORTH);
        top.add(new JScrollPane(sessions), BorderLayout.CENTER);
        JPanel sessionButtons = new JPanel(new MigLayout("insets 0"));
        sessionButtons.add(PeoplePanels.button("setup.session.add", this::addSession));
        sessionButtons.add(PeoplePanels.button("setup.session.edit", () -> sessions.selected().ifPresent(this::editSession)));
        sessionButtons.add(PeoplePanels.button("setup.session.remove", () -> sessions.selected().ifPresent(s -> SetupView.confirmRemoval(c, s))));
        sessionButtons.add(PeoplePanels.button("setup.session.link", () -> sessions.selected().ifPresent(this::chooseVideo)), "gapleft 16");
        sessionButtons.add(PeoplePanels.button("setup.session.folder", () -> FolderImportDialog.start(c)));
        top.add(sessionButtons, BorderLayout.SOUTH);

        JPanel bottom = new JPanel(new BorderLayout(0, 6));
        bottom.add(new JLabel(Texts.wrapped(700, "setup.passes.explain")), BorderLayout.NORTH);
        bottom.add(new JScrollPane(passes), BorderLayout.CENTER);
        JPanel passButtons = new JPanel(new MigLayout("insets 0"));
        passButtons.add(PeoplePanels.button("setup.pass.missing", () -> passes.selected().ifPresent(this::markMissing)));
        passButtons.add(PeoplePanels.button("setup.pass.planned", () -> passes.selected().ifPresent(this::backToPlanned)));
        passButtons.add(PeoplePanels.button("setup.pass.reopen", () -> passes.selected().ifPresent(this::reopen)));
        bottom.add(passButtons, BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
        split.setResizeWeight(0.6);
        add(split, BorderLayout.CENTER);
    }

    void refresh() {
        sessions.setRows(c.study().sessions());
        showPasses();
    }

    private void showPasses() {
        passes.setRows(sessions.selected().map(s -> c.sessions().expectedPasses(c.study().session(s.id()))).orElse(List.of()));
    }

    private String recallSummary(Session s) {
        return String.join(", ", c.sessions().expectedPasses(s).stream()
                .map(e -> e.participant().code() + " " + Texts.get("setup.status." + e.status().name()).toLowerCase(java.util.Locale.ROOT)).toList());
    }

    void selectSession(Session s) {
        sessions.select(s.id());
    }

    // ---- sessions -------------------------------------------------------------------------------

    private void addSession() {
        if (c.study().dyads().isEmpty()) {
            Forms.refused(c.owner(), Texts.get("setup.session.needsDyad"));
            return;
        }
        sessionForm(null);
    }

    private void editSession(Session s) {
        sessionForm(s);
    }

    private void sessionForm(Session before) {
        Forms.Form form = new Forms.Form();
        Dyad preset = before != null ? c.study().dyad(before.dyadId())
                : sessions.selected().map(s -> c.study().dyad(s.dyadId())).orElse(c.study().dyads().get(0));
        JComboBox<Dyad> dyad = form.add("setup.field.dyad", Forms.choice("session.dyad", c.study().dyads(), preset, Dyad::code));
        dyad.setEnabled(before == null);
        List<Integer> protocol = c.study().header().protocol().sessionNumbers();
        JTextField number = form.add("setup.field.number", Forms.text("session.number", before == null ? String.valueOf(freeNumber(preset, protocol))
                : String.valueOf(before.number())));
        JTextField date = form.add("setup.field.date", Forms.text("session.date", before == null || before.date() == null ? "" : before.date().toString()));
        form.note("setup.session.protocolHint");
        Forms.show(c.owner(), before == null ? "setup.session.addTitle" : "setup.session.editTitle", form, number, () -> {
            int n = Forms.number(number);
            try {
                return save(before, (Dyad) dyad.getSelectedItem(), n, date, false);
            } catch (NotInProtocol e) {
                int answer = JOptionPane.showConfirmDialog(c.owner(), Texts.wrapped(420, "setup.session.addToProtocol", ErrorText.of(e), n),
                        Texts.get("setup.session.addToProtocolTitle"), JOptionPane.YES_NO_OPTION);
                if (answer != JOptionPane.YES_OPTION) {
                    throw e;
                }
                return save(before, (Dyad) dyad.getSelectedItem(), n, date, true);
            }
        }).ifPresent(s -> sessions.select(s.id()));
    }

    private Session save(Session before, Dyad dyad, int number, JTextField date, boolean addToProtocol) {
        return before == null ? c.sessions().addSession(dyad, number, Forms.date(date), addToProtocol)
                : c.sessions().editSession(before, number, Forms.date(date), addToProtocol);
    }

    private int freeNumber(Dyad dyad, List<Integer> protocol) {
        for (int n : protocol) {
            if (c.study().sessionsOf(dyad.id()).stream().noneMatch(s -> s.number() == n)) {
                return n;
            }
        }
        return protocol.get(0);
    }

    // ---- videos ------------------------------------------------------------------------------------

    private void chooseVideo(Session s) {
        JFileChooser chooser = new JFileChooser(c.service().folder().toFile());
        chooser.setDialogTitle(Texts.get("setup.session.linkTitle", c.people().subject(s)));
        if (chooser.showOpenDialog(c.owner()) == JFileChooser.APPROVE_OPTION) {
            link(s, chooser.getSelectedFile().toPath());
        }
    }

    /** Checksums and probes in the background, then links (or says why not). */
    void link(Session s, Path file) {
        PrepareProgress.run(c.owner(), c.links(), List.of(file), outcome -> {
            if (!outcome.refused().isEmpty()) {
                Forms.refused(c.owner(), outcome.refused().get(0));
                return;
            }
            Optional.ofNullable(outcome.prepared().get(file)).ifPresent(prepared -> {
                if (!Forms.acceptCaveats(c.owner(), prepared.caveat() == null ? List.of() : List.of(prepared.caveat()))) {
                    return; // the user would rather convert it first: nothing is linked
                }
                try {
                    c.links().link(c.study().session(s.id()), prepared);
                } catch (IllegalArgumentException e) {
                    Forms.refused(c.owner(), ErrorText.of(e));
                }
            });
        });
    }

    /**
     * A video dropped on a session row is linked to that session; one pasted (a file copied in the
     * file manager, then Ctrl+V on the table) goes to the chosen session. A paste has no drop
     * location: asking it for one throws, which once made every paste of a file fail.
     */
    private final class VideoDrop extends TransferHandler {
        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor) && targetRow(support) >= 0;
        }

        private int targetRow(TransferSupport support) {
            return support.isDrop() ? ((JTable.DropLocation) support.getDropLocation()).getRow() : sessions.getSelectedRow();
        }

        @Override
        public boolean importData(TransferSupport support) {
            try {
                @SuppressWarnings("unchecked")
                List<File> dropped = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                int row = targetRow(support);
                if (dropped.size() != 1 || row < 0 || !FileNameMatcher.isRecording(dropped.get(0).getName())) {
                    Forms.refused(c.owner(), Texts.get("setup.session.dropOne"));
                    return false;
                }
                link(sessions.rowAt(row), dropped.get(0).toPath());
                return true;
            } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
                return false;
            }
        }
    }

    // ---- recall passes -----------------------------------------------------------------------------

    private void markMissing(ExpectedPass e) {
        String reason = (String) JOptionPane.showInputDialog(c.owner(), Texts.wrapped(380, "setup.pass.missingAsk", e.participant().code()),
                Texts.get("setup.pass.missingTitle"), JOptionPane.QUESTION_MESSAGE, null, null, e.missingReason());
        if (reason == null) {
            return;
        }
        act(() -> c.sessions().markMissing(e, reason));
    }

    private void backToPlanned(ExpectedPass e) {
        act(() -> c.sessions().backToPlanned(e));
    }

    private void reopen(ExpectedPass e) {
        if (e.status() != PassStatus.DONE) {
            act(() -> c.sessions().reopen(e));
            return;
        }
        int answer = JOptionPane.showConfirmDialog(c.owner(), Texts.wrapped(400, "setup.pass.reopenAsk", e.participant().code(), e.moments()),
                Texts.get("setup.pass.reopenTitle"), JOptionPane.OK_CANCEL_OPTION);
        if (answer == JOptionPane.OK_OPTION) {
            act(() -> c.sessions().reopen(e));
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException ex) {
            Forms.refused(c.owner(), ErrorText.of(ex));
        }
    }
}
