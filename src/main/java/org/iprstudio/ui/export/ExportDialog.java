package org.iprstudio.ui.export;

import java.awt.Color;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.analysis.ThemeFrequency;
import java.util.function.Supplier;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.export.ExportHistory;
import org.iprstudio.media.FrameGrabber;
import org.iprstudio.store.ExportRecord;
import org.iprstudio.app.export.Cancellation;
import org.iprstudio.app.export.ExportException;
import org.iprstudio.app.export.ExportFormat;
import org.iprstudio.app.export.StudyExport;
import org.iprstudio.app.export.StudyReport;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * File > Export...: a format, a scope (the study, a dyad or a session), a destination, and an
 * export that runs off the Swing thread with a progress bar and Cancel. It runs the same use
 * cases as the export and report commands, so the file rules are the same: never over an
 * existing file unless "Replace" is ticked, never over a study, nothing half-written.
 */
public final class ExportDialog extends JDialog {
    /** What can be chosen: the exchange formats and the report. */
    enum Choice {
        JSON(ExportFormat.JSON), CSV(ExportFormat.CSV), EAF(ExportFormat.EAF), QDPX(ExportFormat.QDPX), QDC(ExportFormat.QDC), REPORT(null);

        final ExportFormat format;

        Choice(ExportFormat format) {
            this.format = format;
        }

        @Override
        public String toString() {
            return Texts.get("export.format." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** Whole study, a dyad or a session. */
    private record Scope(String dyad, String session, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final StudyFiles files;
    private final Path studyFile;
    private final Study study;
    /** The window's open study: the export history is written through it (docs/decisions/0017). */
    private final StudyService service;
    /** Takes the report's stills (libVLC), or null where there is none: then the report says why. */
    private final Supplier<FrameGrabber> grabbers;
    private final JComboBox<Choice> format = new JComboBox<>(Choice.values());
    private final JComboBox<Scope> scope = new JComboBox<>();
    private final JTextField destination = new JTextField(36);
    private final JCheckBox replace = new JCheckBox(Texts.get("export.replace"));
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JLabel status = new JLabel(" ");
    private final JButton exportButton = new JButton(Texts.get("export.run"));
    private final JButton cancelButton = new JButton(Texts.get("export.cancel"));
    private SwingWorker<Finished, Integer> worker;

    /** What a finished export says, and its entry for the export history. */
    private record Finished(String message, ExportRecord entry) {
    }

    public ExportDialog(Window owner, StudyFiles files, StudyService service, Supplier<FrameGrabber> grabbers) {
        super(owner, Texts.get("export.title"), ModalityType.APPLICATION_MODAL);
        this.files = files;
        this.service = service;
        this.studyFile = service.file();
        this.study = service.study();
        this.grabbers = grabbers;
        setName("exportDialog");
        format.setName("exportFormat");
        scope.setName("exportScope");
        destination.setName("exportDestination");
        replace.setName("exportReplace");
        progress.setName("exportProgress");
        status.setName("exportStatus");
        exportButton.setName("exportRun");
        cancelButton.setName("exportCancel");
        fillScopes();
        JButton choose = new JButton(Texts.get("export.choose"));
        choose.setName("exportChoose");
        choose.addActionListener(e -> chooseDestination());
        format.addActionListener(e -> formatChanged());
        exportButton.addActionListener(e -> start());
        cancelButton.addActionListener(e -> cancelOrClose());
        JPanel panel = new JPanel(new MigLayout("wrap 3, insets 12, gapy 8", "[right][grow, fill, 320][]"));
        panel.add(new JLabel(Texts.get("export.formatLabel")));
        panel.add(format, "span 2, growx");
        panel.add(new JLabel(Texts.get("export.scopeLabel")));
        panel.add(scope, "span 2, growx");
        panel.add(new JLabel(Texts.get("export.destinationLabel")));
        panel.add(destination);
        panel.add(choose);
        panel.add(replace, "skip 1, span 2");
        panel.add(progress, "span 3, growx");
        panel.add(status, "span 3, growx, wmin 0");
        panel.add(exportButton, "span 3, split 2, tag ok");
        panel.add(cancelButton, "tag cancel");
        setContentPane(panel);
        getRootPane().setDefaultButton(exportButton);
        formatChanged();
        pack();
        setLocationRelativeTo(owner);
    }

    private void fillScopes() {
        DefaultComboBoxModel<Scope> model = new DefaultComboBoxModel<>();
        model.addElement(new Scope(null, null, Texts.get("export.scope.study")));
        for (Dyad dyad : study.dyads()) {
            model.addElement(new Scope(dyad.code(), null, Texts.get("export.scope.dyad", dyad.code())));
        }
        for (Session session : study.sessions()) {
            String label = study.dyad(session.dyadId()).code() + "/" + session.number();
            model.addElement(new Scope(null, label, Texts.get("export.scope.session", label)));
        }
        scope.setModel(model);
    }

    /** A name next to the study that says what it is; a folder for csv and eaf. */
    private void formatChanged() {
        Choice choice = (Choice) format.getSelectedItem();
        boolean report = choice == Choice.REPORT;
        scope.setEnabled(!report);
        if (report) {
            scope.setSelectedIndex(0);
        }
        String base = studyFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String name = switch (choice) {
            case JSON -> base + ".json";
            case CSV -> base + "-csv";
            case EAF -> base + "-elan";
            case QDPX -> base + ".qdpx";
            case QDC -> base + ".qdc";
            case REPORT -> base + "-report.html";
        };
        Path folder = destination.getText().isBlank() ? studyFile.toAbsolutePath().getParent() : folderOf(Path.of(destination.getText().strip()));
        destination.setText(folder.resolve(name).toString());
        status.setText(" ");
    }

    private static Path folderOf(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? path.toAbsolutePath() : parent;
    }

    private void chooseDestination() {
        JFileChooser chooser = new JFileChooser(folderOf(Path.of(destination.getText().strip())).toFile());
        chooser.setSelectedFile(Path.of(destination.getText().strip()).toFile());
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            destination.setText(chooser.getSelectedFile().toPath().toString());
        }
    }

    private void start() {
        if (destination.getText().isBlank()) {
            showError(Texts.get("export.noDestination"));
            return;
        }
        Choice choice = (Choice) format.getSelectedItem();
        Scope chosen = (Scope) scope.getSelectedItem();
        Path out = Path.of(destination.getText().strip());
        boolean force = replace.isSelected();
        setRunning(true);
        worker = new SwingWorker<>() {
            private final Cancellation cancellation = new Cancellation() {
                @Override
                public void progress(int done, int total, String what) {
                    publish(total == 0 ? 0 : done * 100 / total);
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            };

            @Override
            protected Finished doInBackground() {
                StudySources sources = new StudySources(files);
                if (choice == Choice.REPORT) {
                    StudyReport.Request request = new StudyReport.Request(out, force, ThemeFrequency.Thresholds.DEFAULT, true);
                    // the same stills as the report command's: libVLC's frame grabber, made and released for this report
                    FrameGrabber grabber = grabbers == null ? null : grabbers.get();
                    StudyReport.Result result;
                    try {
                        result = new StudyReport(sources, grabber, Texts.get("export.reportNoStills")).write(studyFile, request, cancellation);
                    } finally {
                        if (grabber != null) {
                            grabber.close();
                        }
                    }
                    return new Finished(Texts.get("export.reportDone", result.file(), result.exemplars(), result.stills()),
                            ExportHistory.entry("report", ExportHistory.options(request), out, null, ExportRecord.Via.WINDOW));
                }
                StudyExport.Request request = new StudyExport.Request(choice.format, out, chosen.dyad(), chosen.session(), force, false, false);
                StudyExport.Result result = new StudyExport(sources).export(studyFile, request, cancellation);
                return new Finished(Texts.get("export.done", choice.format.id(), result.moments(), result.files().size(), out.toAbsolutePath().normalize()),
                        ExportHistory.entry(choice.format.id(), ExportHistory.options(request), out, null, ExportRecord.Via.WINDOW));
            }

            @Override
            protected void process(List<Integer> chunks) {
                progress.setValue(chunks.get(chunks.size() - 1));
            }

            @Override
            protected void done() {
                setRunning(false);
                if (isCancelled()) {
                    progress.setValue(0);
                    status.setForeground(null);
                    status.setText(Texts.get("export.cancelled"));
                    return;
                }
                try {
                    Finished finished = get();
                    // recorded here, on the Swing thread, through the window's own connection to the study
                    ExportHistory.Outcome recorded = ExportHistory.recordIn(service, finished.entry());
                    progress.setValue(100);
                    status.setForeground(null);
                    status.setText(recorded.recorded() ? Texts.wrapped(560, "export.finished", finished.message())
                            : Texts.wrapped(560, "export.doneNotRecorded", finished.message(), recorded.whyNot()));
                    pack();
                    cancelButton.setText(Texts.get("export.close"));
                } catch (ExecutionException e) {
                    progress.setValue(0);
                    showError(explain(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
    }

    private static String explain(Throwable cause) {
        if (cause instanceof ExportException e) {
            return switch (e.reason()) {
                case EXISTS -> Texts.get(Files.isDirectory(e.path()) ? "export.existsFolder" : "export.exists", e.path());
                case CANCELLED -> Texts.get("export.cancelled");
                default -> ErrorText.of(e);
            };
        }
        // a study that cannot be read, a value it cannot hold: their messages are written for people
        return ErrorText.of(cause);
    }

    private void showError(String message) {
        status.setForeground(new Color(0xB00020));
        status.setText(Texts.wrapped(440, "export.error", message));
        pack();
    }

    private void setRunning(boolean running) {
        exportButton.setEnabled(!running);
        format.setEnabled(!running);
        scope.setEnabled(!running && format.getSelectedItem() != Choice.REPORT);
        destination.setEnabled(!running);
        replace.setEnabled(!running);
        progress.setIndeterminate(false);
        cancelButton.setText(Texts.get("export.cancel"));
        if (running) {
            progress.setValue(0);
            status.setForeground(null);
            status.setText(Texts.get("export.running"));
        }
    }

    private void cancelOrClose() {
        if (worker != null && !worker.isDone()) {
            worker.cancel(false); // the use case checks between steps and removes what it began
            return;
        }
        dispose();
    }

    /** Shows the dialog for the study open in the window; {@code grabbers} takes the report's stills (null without libVLC). */
    public static void show(Window owner, StudyFiles files, StudyService service, Supplier<FrameGrabber> grabbers) {
        new ExportDialog(owner, files, service, grabbers).setVisible(true);
    }

    /** The choices, for tests. */
    static List<String> choices() {
        List<String> names = new ArrayList<>();
        for (Choice c : Choice.values()) {
            names.add(c.toString());
        }
        return names;
    }
}
