package org.iprstudio.ui;

import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.Session;
import org.iprstudio.ui.coding.CodingInspector;
import org.iprstudio.ui.coding.CodingModel;

/**
 * What the main window has open, shared by the parts of the window: the study, its coding state
 * and the session on show. Each is null while there is none. Only used on the Swing thread.
 */
final class WindowState {
    private StudyService service;
    private CodingModel coding;
    private CodingInspector inspector;
    private Session currentSession;

    StudyService service() {
        return service;
    }

    void setService(StudyService service) {
        this.service = service;
    }

    CodingModel coding() {
        return coding;
    }

    CodingInspector inspector() {
        return inspector;
    }

    void setCoding(CodingModel coding, CodingInspector inspector) {
        this.coding = coding;
        this.inspector = inspector;
    }

    /** The open study's undo history; null while none is open. */
    EditHistory history() {
        return coding == null ? null : coding.actions().history();
    }

    Session currentSession() {
        return currentSession;
    }

    void setCurrentSession(Session session) {
        this.currentSession = session;
    }

    /** True when the given session is the one on show. */
    boolean isOnShow(Session session) {
        return currentSession != null && currentSession.id().equals(session.id());
    }

    /**
     * What the status line says when it has nothing newer to say: the study's file, or while a large
     * study's first look is shown, which session that is and that the rest is being read (decision 0026).
     */
    String studyStatus() {
        String key = service.takesChangesToTheLook() ? "status.readingWholeStudyChangesSaved" : "status.readingWholeStudy"; // decision 0027
        return service.firstLook().map(look -> Texts.get(key, labelOf(look.study().session(look.sessionId()))))
                .orElseGet(() -> Texts.get("status.study", service.file()));
    }

    /** The label "D02/3" by which the tree finds a session. */
    String labelOf(Session session) {
        return service.shown().dyad(session.dyadId()).code() + "/" + session.number(); // the structure is in a first look too
    }
}
