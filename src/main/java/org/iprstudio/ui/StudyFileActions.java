package org.iprstudio.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import org.iprstudio.domain.Session;
import org.iprstudio.media.FrameGrabber;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.ui.transcript.TranscriptPanel;

/** File > Import (a transcript, an ELAN file) and File > Export, and Study > Export history, for the open study. */
final class StudyFileActions {
    private final JFrame owner;
    private final StudyFiles files;
    private final WindowState state;
    private final TranscriptPanel transcript;
    /** Where the report's stills come from (libVLC's frame grabber), set by the composition root; null: the report says there are none. */
    private volatile Supplier<FrameGrabber> frameGrabbers;
    final Action importTranscript = MainMenus.action("menu.file.importTranscript", null, this::importTranscript);
    final Action importEaf = MainMenus.action("menu.file.importEaf", null, this::importEaf);
    final Action export = MainMenus.action("menu.file.export", null, this::exportStudy);
    final Action exportHistory = MainMenus.action("menu.study.exportHistory", null, this::showExportHistory);

    StudyFileActions(JFrame owner, StudyFiles files, WindowState state, TranscriptPanel transcript) {
        this.owner = owner;
        this.files = files;
        this.state = state;
        this.transcript = transcript;
    }

    void setFrameGrabbers(Supplier<FrameGrabber> grabbers) {
        this.frameGrabbers = grabbers;
    }

    /** Imports a transcript for the session on show and shows it at once. */
    private void importTranscript() {
        if (state.service() == null || state.currentSession() == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("transcript.import.chooseSession"), Texts.get("transcript.import.title"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.transcript.TranscriptImportDialog.chooseFile(owner).ifPresent(this::importTranscript);
    }

    /** The same with the file chosen: read and checked, the speakers asked, saved, shown. */
    void importTranscript(Path file) {
        Session session = state.currentSession();
        org.iprstudio.ui.transcript.TranscriptImportDialog.importFile(owner, state.service(), session, file).ifPresent(imported -> {
            if (state.isOnShow(session)) {
                transcript.setTranscript(imported);
            }
        });
    }

    /** File > Import > ELAN file...: tiers of an ELAN file as recall passes of a session (the one on show proposed). */
    private void importEaf() {
        if (state.service() == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("eafImport.noStudy"), Texts.get("eafImport.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.importing.EafImportDialog.chooseFile(owner).ifPresent(this::importEaf);
    }

    /** The same with the file chosen; one step to undo. */
    void importEaf(Path file) {
        org.iprstudio.ui.importing.EafImportDialog.importFile(owner, state.service(), state.history(), state.currentSession(), file);
    }

    /** File > Export...: the open study, in any format, or its report. */
    private void exportStudy() {
        if (state.service() == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("export.noStudy"), Texts.get("export.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.export.ExportDialog.show(owner, files, state.service(), frameGrabbers);
    }

    /** Study > Export history...: what was exported from this study file, and where to. */
    private void showExportHistory() {
        if (state.service() == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("exportHistory.noStudy"), Texts.get("exportHistory.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        org.iprstudio.ui.export.ExportHistoryDialog.show(owner, state.service().exports());
    }
}
