package org.iprstudio.ui.setup;

import java.awt.Color;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.setup.StandardProtocol;
import org.iprstudio.app.setup.StudyCreation;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;
import org.iprstudio.ui.common.FirstFocus;

/**
 * File > New study...: a short form (title, approval, period, where to save, the protocol) that
 * writes an empty study file. A refusal (an existing file, a folder that cannot be written) is
 * shown in the form, which stays open with everything typed.
 */
public final class NewStudyDialog extends JDialog {
    private final StudyFiles files;
    private final JTextField title = field("newStudy.title", 30);
    private final JTextField approval = field("newStudy.approval", 16);
    private final JTextField start = field("newStudy.start", 10);
    private final JTextField end = field("newStudy.end", 10);
    private final JTextField location = field("newStudy.location", 30);
    private final JTextField sessions = field("newStudy.sessions", 10);
    private final JTextArea prompts = new JTextArea(5, 30);
    private final JSpinner before = new JSpinner(new SpinnerNumberModel(10.0, 0.0, 3600.0, 1.0));
    private final JSpinner after = new JSpinner(new SpinnerNumberModel(30.0, 0.0, 3600.0, 1.0));
    private final JTextField quickTags = field("newStudy.quickTags", 30);
    private final JLabel problem = new JLabel(" ");
    /** A new study's language: its standard prompts and scale labels are written into it in this language. */
    private final ProtocolLanguageBox protocolLanguage = new ProtocolLanguageBox();
    private Protocol shownStandard;
    /** The protocol's switch for the transcript on the recall screen (off unless a study turns it on). */
    private final javax.swing.JCheckBox transcriptInRecall = new javax.swing.JCheckBox(Texts.get("settings.transcriptInRecall"));
    /** The protocol's rating scales as chosen in this form (changed with "Change scales..."). */
    private org.iprstudio.domain.RatingScale helpfulnessScale;
    private org.iprstudio.domain.RatingScale intensityScale;
    private final JLabel helpfulnessSummary = new JLabel();
    private final JLabel intensitySummary = new JLabel();
    private Path created;
    private boolean locationEdited;
    /** Study > Settings: the header being changed and how to store the change; null for a new study. */
    private final StudyHeader existing;
    private final java.util.function.Consumer<StudyHeader> save;

    private NewStudyDialog(Window owner, StudyFiles files, Path folder) {
        this(owner, files, folder, null, null);
    }

    private NewStudyDialog(Window owner, StudyFiles files, Path folder, StudyHeader existing, java.util.function.Consumer<StudyHeader> save) {
        super(owner, Texts.get(existing == null ? "newStudy.title.window" : "settings.title"), ModalityType.APPLICATION_MODAL);
        this.files = files;
        this.existing = existing;
        this.save = save;
        setName(existing == null ? "newStudyDialog" : "settingsDialog");
        Protocol standard = existing == null ? StandardProtocol.in(protocolLanguage.chosen()) : existing.protocol();
        shownStandard = standard;
        helpfulnessScale = standard.helpfulness();
        intensityScale = standard.intensity();
        helpfulnessSummary.setName("newStudy.helpfulnessSummary");
        intensitySummary.setName("newStudy.intensitySummary");
        showScales();
        sessions.setText(String.join(", ", standard.sessionNumbers().stream().map(String::valueOf).toList()));
        prompts.setName("newStudy.prompts");
        prompts.setText(String.join("\n", standard.prompts()));
        prompts.setLineWrap(true);
        prompts.setWrapStyleWord(true);
        before.setName("newStudy.before");
        after.setName("newStudy.after");
        if (existing == null) {
            location.setText(folder.resolve(Texts.get("newStudy.defaultName")).toString());
            org.iprstudio.ui.common.OnTextChange.listen(location.getDocument(), () -> locationEdited = true);
            org.iprstudio.ui.common.OnTextChange.listen(title.getDocument(), () -> suggestFileName(folder));
        }
        problem.setName("newStudy.problem");
        problem.setForeground(new Color(0xb00020));

        JPanel form = new JPanel(new MigLayout("wrap 2, insets 12, gapy 6", "[right][grow, fill, 380]"));
        form.add(new JLabel(Texts.get("newStudy.titleLabel")));
        form.add(FirstFocus.whenShown(title));
        form.add(new JLabel(Texts.get("newStudy.approvalLabel")));
        form.add(approval, "growx 0, w 200!");
        form.add(new JLabel(Texts.get("newStudy.periodLabel")));
        JPanel period = new JPanel(new MigLayout("insets 0", "[100!][][100!][]"));
        period.add(start);
        period.add(new JLabel(Texts.get("newStudy.periodTo")));
        period.add(end);
        period.add(new JLabel(Texts.get("newStudy.dateHint")));
        form.add(period);
        if (existing == null) {
            form.add(new JLabel(Texts.get("newStudy.locationLabel")));
            JPanel where = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill][]"));
            where.add(location);
            JButton browse = new JButton(Texts.get("newStudy.browse"));
            browse.setName("newStudy.browse");
            browse.addActionListener(e -> browse());
            where.add(browse);
            form.add(where);
        } else {
            title.setText(existing.title());
            approval.setText(existing.approval());
            start.setText(existing.periodStart() == null ? "" : existing.periodStart().toString());
            end.setText(existing.periodEnd() == null ? "" : existing.periodEnd().toString());
            before.setValue(existing.protocol().pairingWindow().before().millis() / 1000.0);
            after.setValue(existing.protocol().pairingWindow().after().millis() / 1000.0);
            quickTags.setText(String.join(", ", existing.protocol().quickTags()));
        }
        form.add(new JLabel(Texts.get("newStudy.protocolHeading")), "span 2, left, gaptop 10");
        if (existing == null) {
            form.add(new JLabel(Texts.get("newStudy.languageLabel")));
            protocolLanguage.setToolTipText(Texts.get("newStudy.languageHint"));
            form.add(protocolLanguage, "growx 0");
            protocolLanguage.addActionListener(e -> showStandard(StandardProtocol.in(protocolLanguage.chosen())));
        }
        form.add(new JLabel(Texts.get("newStudy.sessionsLabel")));
        form.add(sessions, "growx 0, w 200!");
        form.add(new JLabel(Texts.get("newStudy.promptsLabel")), "top");
        form.add(new JScrollPane(prompts));
        form.add(new JLabel(Texts.get("newStudy.helpfulnessLabel")));
        form.add(helpfulnessSummary, "wmin 0");
        form.add(new JLabel(Texts.get("newStudy.intensityLabel")));
        JButton changeScales = new JButton(Texts.get("newStudy.changeScales"));
        changeScales.setName("newStudy.scales");
        changeScales.addActionListener(e -> ScalesEditor.ask(this, helpfulnessScale, intensityScale).ifPresent(chosen -> {
            helpfulnessScale = chosen.helpfulness();
            intensityScale = chosen.intensity();
            showScales();
        }));
        JPanel intensityRow = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill][]"));
        intensityRow.add(intensitySummary, "wmin 0");
        intensityRow.add(changeScales);
        form.add(intensityRow);
        form.add(new JLabel(Texts.get("newStudy.windowLabel")));
        JPanel window = new JPanel(new MigLayout("insets 0", "[]4[]16[]4[]"));
        window.add(before, "wmin 90"); // the spinner keeps its own width, so its unit label is never drawn under it
        window.add(new JLabel(Texts.get("newStudy.windowBefore")));
        window.add(after, "wmin 90");
        window.add(new JLabel(Texts.get("newStudy.windowAfter")));
        form.add(window);
        form.add(new JLabel(Texts.get("newStudy.quickTagsLabel")));
        form.add(quickTags);
        // transcripts on the recall screen: a block of its own
        transcriptInRecall.setName("transcriptInRecall");
        transcriptInRecall.setSelected(existing != null && existing.protocol().transcriptInRecall());
        form.add(new JLabel(Texts.get("settings.transcriptLabel")));
        form.add(transcriptInRecall);
        form.add(new JLabel(Texts.wrapped(440, "settings.transcriptInRecallHint")), "skip 1, left");
        form.add(new JLabel(Texts.get(existing == null ? "newStudy.laterHint" : "settings.hint")), "span 2, left, gaptop 6");
        form.add(problem, "span 2, left, wmax 560");
        JButton create = new JButton(Texts.get(existing == null ? "newStudy.create" : "settings.save"));
        create.setName("newStudy.create");
        create.addActionListener(e -> create());
        JButton cancel = new JButton(Texts.get("setup.cancel"));
        cancel.setName("newStudy.cancel");
        cancel.addActionListener(e -> dispose());
        form.add(cancel, "span 2, split 2, right, tag cancel");
        form.add(create, "tag ok");
        getRootPane().setDefaultButton(create);
        setContentPane(form);
        pack();
        setLocationRelativeTo(owner);
    }

    /** A new language's standard words replace the prompts and scales, unless the researcher changed them. */
    private void showStandard(Protocol standard) {
        if (prompts.getText().strip().equals(String.join("\n", shownStandard.prompts()))) {
            prompts.setText(String.join("\n", standard.prompts()));
        }
        if (helpfulnessScale.equals(shownStandard.helpfulness())) {
            helpfulnessScale = standard.helpfulness();
        }
        if (intensityScale.equals(shownStandard.intensity())) {
            intensityScale = standard.intensity();
        }
        shownStandard = standard;
        showScales();
    }

    private void showScales() {
        helpfulnessSummary.setText(ScalesEditor.summary(helpfulnessScale));
        intensitySummary.setText(ScalesEditor.summary(intensityScale));
    }

    /** Shows the form; the new study file, or empty if the researcher cancelled. */
    public static Optional<Path> ask(Window owner, StudyFiles files, Path folder) {
        NewStudyDialog dialog = new NewStudyDialog(owner, files, folder);
        dialog.setVisible(true);
        return Optional.ofNullable(dialog.created);
    }

    /** Study > Settings...: the same form on the open study; the change is one undoable edit. */
    public static void settings(Window owner, StudyHeader header, java.util.function.Consumer<StudyHeader> save) {
        new NewStudyDialog(owner, null, null, header, save).setVisible(true);
    }

    /** The folder proposed for a new study: Documents if there is one, else the home folder. */
    public static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }

    private void suggestFileName(Path folder) {
        if (locationEdited) {
            return;
        }
        String stem = title.getText().strip().replaceAll("[\\\\/:*?\"<>|]", "").replaceAll("\\s+", " ");
        Path parent = Optional.ofNullable(Path.of(location.getText().strip()).getParent()).orElse(folder);
        location.setText(parent.resolve((stem.isEmpty() ? Texts.get("newStudy.defaultStem") : stem) + StudyFiles.EXTENSION).toString());
        locationEdited = false;
    }

    private void browse() {
        JFileChooser chooser = new JFileChooser(Path.of(location.getText().strip()).getParent() == null ? null
                : Path.of(location.getText().strip()).getParent().toFile());
        chooser.setSelectedFile(Path.of(location.getText().strip()).toFile());
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("chooser.studyFiles"), "iprs"));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path chosen = chooser.getSelectedFile().toPath();
            if (!chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(StudyFiles.EXTENSION)) {
                chosen = chosen.resolveSibling(chosen.getFileName() + StudyFiles.EXTENSION);
            }
            location.setText(chosen.toString());
            locationEdited = true;
        }
    }

    private void create() {
        try {
            StudyHeader header = StudyCreation.header(title.getText(), approval.getText(), date(start, "newStudy.startName"),
                    date(end, "newStudy.endName"), protocol().withTranscriptInRecall(transcriptInRecall.isSelected()));
            if (existing != null) {
                save.accept(header);
                dispose();
                return;
            }
            created = new StudyCreation(files).createEmpty(Path.of(location.getText().strip()), header).file();
            dispose();
        } catch (RuntimeException e) { // domain and store refusals carry a message for the user; nothing was written
            problem.setText(Texts.wrapped(540, existing == null ? "newStudy.problem" : "settings.problem", ErrorText.of(e)));
            pack();
        }
    }

    private Protocol protocol() {
        List<Integer> numbers = new ArrayList<>();
        for (String part : sessions.getText().split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                numbers.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Texts.get("newStudy.badSessions", part));
            }
        }
        List<String> promptList = Arrays.stream(prompts.getText().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> tags = Arrays.stream(quickTags.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        PairingWindow window = new PairingWindow(MediaTime.ofMillis(Math.round(((Number) before.getValue()).doubleValue() * 1000)),
                MediaTime.ofMillis(Math.round(((Number) after.getValue()).doubleValue() * 1000)));
        return new Protocol(numbers, promptList, helpfulnessScale, intensityScale, window, tags);
    }

    private static LocalDate date(JTextField field, String nameKey) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Texts.get("newStudy.badDate", Texts.get(nameKey), text));
        }
    }
}
