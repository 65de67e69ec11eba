package org.iprstudio.ui.importing;

import java.awt.Color;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.coding.EditKind;
import org.iprstudio.app.importing.EafImport;
import org.iprstudio.app.importing.ImportException;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.ExchangeFormatException;
import org.iprstudio.exchange.eaf.EafReader;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * File > Import > ELAN file...: the file is read whole first (a foreign or damaged file is refused
 * with the reader's words, nothing imported); then, for a session of the study, each top-level tier is shown
 * with what ELAN says about it and the researcher says whose recall it is (which participant, and so
 * which perspective) or skips it. The import is one step to undo (the same use case as the import
 * command's --tier mapping).
 */
public final class EafImportDialog extends JDialog {
    /** One answer for a tier: skip, or a participant who recalled (their role is the perspective). */
    record As(Participant participant) {
        @Override
        public String toString() {
            return participant == null ? Texts.get("eafImport.skip")
                    : Texts.get("eafImport.as", Texts.get("role." + participant.role().name().toLowerCase(Locale.ROOT)), participant.code(),
                    participant.pseudonym() == null || participant.pseudonym().isBlank() ? "" : " (" + participant.pseudonym() + ")");
        }
    }

    private record SessionChoice(Session session, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final StudyService service;
    private final EditHistory history;
    private final Path file;
    private final EafReader.Document document;
    private final JComboBox<SessionChoice> session = new JComboBox<>();
    /** The tiers asked about: the top-level ones (a tier under another is read with it, as the export's fields are). */
    private final List<EafReader.Tier> rows;
    private final List<JComboBox<As>> answers = new ArrayList<>();
    private final JLabel problem = new JLabel(" ");
    private EafImport.Result result;

    private EafImportDialog(Window owner, StudyService service, EditHistory history, Session preselected, Path file, EafReader.Document document) {
        super(owner, Texts.get("eafImport.title"), ModalityType.APPLICATION_MODAL);
        setName("eafImportDialog");
        this.service = service;
        this.history = history;
        this.file = file;
        this.document = document;
        this.rows = document.tiers().stream().filter(t -> t.parent() == null).toList();
        Study study = service.study();
        // the session the file names (IPR Studio's own export does), else the one on show
        String named = document.properties().getOrDefault("ipr.session", "");
        Session fromFile = study.sessionByLabel(named).orElse(null);
        if (fromFile != null) {
            preselected = fromFile;
        }
        session.setName("eafImport.session");
        DefaultComboBoxModel<SessionChoice> sessions = new DefaultComboBoxModel<>();
        for (Session s : study.sessions()) {
            SessionChoice choice = new SessionChoice(s, label(study, s));
            sessions.addElement(choice);
            if (preselected != null && s.id().equals(preselected.id())) {
                sessions.setSelectedItem(choice);
            }
        }
        session.setModel(sessions);
        JPanel tiers = new JPanel(new MigLayout("wrap 3, insets 0, gapy 4", "[][][grow, fill, 220]"));
        tiers.add(bold("eafImport.tier"));
        tiers.add(bold("eafImport.elanSays"));
        tiers.add(bold("eafImport.whose"));
        for (int i = 0; i < rows.size(); i++) {
            EafReader.Tier tier = rows.get(i);
            tiers.add(new JLabel(tier.id()));
            tiers.add(new JLabel(Texts.get("eafImport.about", tier.annotations().size(), describe(tier))
                    + under(document.childrenOf(tier.id()).size())));
            JComboBox<As> answer = new JComboBox<>();
            answer.setName("eafImport.tier" + i);
            answers.add(answer);
            tiers.add(answer);
        }
        session.addActionListener(e -> propose());
        propose();
        problem.setName("eafImport.problem");
        problem.setForeground(new Color(0xB00020));
        JButton importButton = new JButton(Texts.get("eafImport.run"));
        importButton.setName("eafImport.run");
        importButton.addActionListener(e -> runImport());
        JButton cancel = new JButton(Texts.get("setup.cancel"));
        cancel.setName("eafImport.cancel");
        cancel.addActionListener(e -> dispose());
        JPanel panel = new JPanel(new MigLayout("wrap 2, insets 12, gapy 8", "[right][grow, fill]"));
        panel.add(new JLabel(Texts.get("eafImport.file")));
        panel.add(new JLabel(file.getFileName().toString() + (document.format().isBlank() ? "" : "  (ELAN " + document.format() + ")")));
        panel.add(new JLabel(Texts.get("eafImport.sessionLabel")));
        panel.add(session, "growx 0");
        panel.add(new JLabel(Texts.wrapped(620, "eafImport.explain")), "span 2, left");
        JScrollPane scroll = new JScrollPane(tiers);
        scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        panel.add(scroll, "span 2, grow, hmax 420");
        panel.add(problem, "span 2, left, wmin 600");
        panel.add(cancel, "span 2, split 2, right, tag cancel");
        panel.add(importButton, "tag ok");
        getRootPane().setDefaultButton(importButton);
        setContentPane(panel);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Asks for an ELAN file; empty when the researcher cancels. */
    public static Optional<Path> chooseFile(Component parent) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Texts.get("eafImport.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("eafImport.filter"), "eaf"));
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    /** Reads the file, asks whose each tier is, imports: what was imported, or empty when cancelled or refused. */
    public static Optional<EafImport.Result> importFile(Window owner, StudyService service, EditHistory history, Session preselected, Path file) {
        if (service.study().sessions().isEmpty()) {
            JOptionPane.showMessageDialog(owner, Texts.get("eafImport.noSessions"), Texts.get("eafImport.title"), JOptionPane.INFORMATION_MESSAGE);
            return Optional.empty();
        }
        EafReader.Document document;
        try {
            document = EafReader.read(file);
        } catch (ExchangeFormatException e) {
            JOptionPane.showMessageDialog(owner, Texts.wrapped(480, "eafImport.unreadable", ErrorText.of(e)), Texts.get("eafImport.title"),
                    JOptionPane.ERROR_MESSAGE);
            return Optional.empty();
        }
        if (document.tiers().isEmpty()) {
            JOptionPane.showMessageDialog(owner, Texts.get("eafImport.noTiers", file.getFileName()), Texts.get("eafImport.title"),
                    JOptionPane.WARNING_MESSAGE);
            return Optional.empty();
        }
        EafImportDialog dialog = new EafImportDialog(owner, service, history, preselected, file, document);
        dialog.setVisible(true);
        if (dialog.result != null) {
            JOptionPane.showMessageDialog(owner, summary(dialog.result), Texts.get("eafImport.title"), JOptionPane.INFORMATION_MESSAGE);
        }
        return Optional.ofNullable(dialog.result);
    }

    private static String summary(EafImport.Result result) {
        StringBuilder text = new StringBuilder(Texts.get("eafImport.done", result.moments(), result.momentsByTier().size()));
        if (result.estimated() > 0) {
            text.append("\n").append(Texts.get("eafImport.estimated", result.estimated()));
        }
        result.notes().stream().limit(8).forEach(n -> text.append("\n").append(n.localized()));
        if (result.notes().size() > 8) {
            text.append("\n").append(Texts.get("eafImport.moreNotes", result.notes().size() - 8));
        }
        return text.toString();
    }

    private static JLabel bold(String key) {
        JLabel label = new JLabel(Texts.get(key));
        label.setFont(label.getFont().deriveFont(java.awt.Font.BOLD));
        return label;
    }

    private static String label(Study study, Session s) {
        return study.dyad(s.dyadId()).code() + "/" + s.number() + (s.date() == null ? "" : "  " + s.date());
    }

    private static String under(int children) {
        return children == 0 ? "" : Texts.get("eafImport.children", children);
    }

    private static String describe(EafReader.Tier tier) {
        List<String> parts = new ArrayList<>();
        if (!tier.participant().isBlank()) {
            parts.add(Texts.get("eafImport.participant", tier.participant()));
        }
        if (!tier.annotator().isBlank()) {
            parts.add(Texts.get("eafImport.annotator", tier.annotator()));
        }
        return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
    }

    /**
     * Fills each tier's choices for the chosen session (skip, the dyad's client and therapist, and
     * anyone else who may recall: observers, supervisors, trainees) and proposes an answer where the
     * file says whose a tier is: its PARTICIPANT is a participant's code, or, as IPR Studio's own
     * export writes it, its ANNOTATOR is the perspective. Child tiers (the export's comment,
     * helpfulness and other fields) are read with their parent and proposed as skipped.
     */
    private void propose() {
        SessionChoice chosen = (SessionChoice) session.getSelectedItem();
        Study study = service.study();
        Dyad dyad = study.dyad(chosen.session().dyadId());
        List<As> choices = new ArrayList<>();
        choices.add(new As(null));
        choices.add(new As(study.participant(dyad.clientId())));
        choices.add(new As(study.participant(dyad.therapistId())));
        for (Participant p : study.participants()) {
            if (p.role() != Role.CLIENT && p.role() != Role.THERAPIST && p.role().canRecall()) {
                choices.add(new As(p));
            }
        }
        Set<Participant> proposed = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            EafReader.Tier tier = rows.get(i);
            JComboBox<As> answer = answers.get(i);
            answer.setModel(new DefaultComboBoxModel<>(choices.toArray(new As[0])));
            As pick = choices.get(0);
            // IPR Studio's own export also writes the transcript and the pairs as tiers: they are no recall
            boolean ownNonRecall = tier.id().equals("pairs") || tier.id().startsWith("transcript");
            if (!ownNonRecall) {
                for (As c : choices.subList(1, choices.size())) {
                    Participant p = c.participant();
                    boolean named = p.code().equalsIgnoreCase(tier.participant().strip()) || p.code().equalsIgnoreCase(tier.id().strip());
                    boolean perspective = tier.participant().isBlank() && p.role().name().equalsIgnoreCase(tier.annotator().strip())
                            && (p.role() == Role.CLIENT || p.role() == Role.THERAPIST);
                    if ((named || perspective) && !proposed.contains(p)) {
                        pick = c;
                        break;
                    }
                }
            }
            if (pick.participant() != null) {
                proposed.add(pick.participant());
            }
            answer.setSelectedItem(pick);
        }
    }

    private void runImport() {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            As as = (As) answers.get(i).getSelectedItem();
            if (as != null && as.participant() != null) {
                mapping.put(rows.get(i).id(), as.participant().code());
            }
        }
        if (mapping.isEmpty()) {
            showProblem(Texts.get("eafImport.nothingChosen"), false);
            return;
        }
        SessionChoice chosen = (SessionChoice) session.getSelectedItem();
        String sessionLabel = service.study().dyad(chosen.session().dyadId()).code() + "/" + chosen.session().number();
        try {
            result = new EafImport(service, Clock.systemUTC()).apply(document, sessionLabel, mapping,
                    changes -> history.perform(EditKind.IMPORT_EAF, file.getFileName() + " \u2192 " + sessionLabel, changes));
            dispose();
        } catch (ImportException | DomainException | org.iprstudio.store.StoreException e) { // refused: nothing was imported
            showProblem(ErrorText.of(e), e.getMessage().contains("Nothing was imported"));
        }
    }

    /** @param saysNothingImported the import's own refusals already say that nothing was imported (its English text tells) */
    private void showProblem(String message, boolean saysNothingImported) {
        problem.setText(saysNothingImported ? Texts.wrapped(580, "eafImport.refused", message) : Texts.wrapped(580, "eafImport.problem", message));
        pack();
    }
}
