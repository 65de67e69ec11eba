package org.iprstudio.ui.setup;

import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.setup.SessionSetup;
import org.iprstudio.app.setup.StudySetup;
import org.iprstudio.app.setup.VideoLinks;
import org.iprstudio.domain.Session;
import org.iprstudio.media.MediaProbe;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.ui.Texts;

/**
 * The main window's way into study setup: File > New study... and Study > Study setup...
 * The window supplies the open study and its edit history and opens new study files.
 */
public final class SetupActions {
    /** What the main window lends: the study on show (or null) and how to open a file in it. */
    public interface Host {
        StudyService service();

        EditHistory history();

        boolean open(Path file);

        /** Sites, people, dyads, sessions, videos or recall statuses changed: the study tree must show them. */
        void structureChanged();
    }

    private final Window owner;
    private final StudyFiles files;
    private final Host host;
    private volatile Supplier<MediaProbe> probes = () -> null;
    private SetupView view;
    private EditHistory watched;
    /** Set when a change committed since the last edit put or removed a record the study tree shows. */
    private boolean structureTouched;

    public final Action newStudy;
    public final Action studySetup;
    public final Action studySettings;

    public SetupActions(Window owner, StudyFiles files, Host host) {
        this.owner = owner;
        this.files = files;
        this.host = host;
        newStudy = action("menu.file.new", KeyStroke.getKeyStroke(KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK), this::newStudy);
        studySetup = action("menu.study.setup", null, () -> showSetup(null));
        studySettings = action("menu.study.settings", null, this::showSettings);
    }

    /** libVLC's probe, when there is one: without it checksums are stored but durations are not. */
    public void setProbes(Supplier<MediaProbe> probes) {
        this.probes = probes == null ? () -> null : probes;
    }

    /** A probe for a quick look at a video (the player's notice), or null without libVLC. */
    public MediaProbe probe() {
        return probes.get();
    }

    private static Action action(String key, KeyStroke key2, Runnable run) {
        AbstractAction a = new AbstractAction(Texts.get(key)) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.ACCELERATOR_KEY, key2);
        return a;
    }

    /** The form, then the new study opens with its setup view on the first step. */
    public void newStudy() {
        NewStudyDialog.ask(owner, files, NewStudyDialog.defaultFolder()).ifPresent(file -> {
            if (host.open(file)) {
                showSetup(null).showNextStep();
            }
        });
    }

    /**
     * Tells the window when an edit (or its undo) changed what the study tree shows, so a code
     * applied to a moment does not rebuild the tree. Called once for each study opened. Whether an
     * edit touched the structure is heard from the changes themselves: comparing the whole structure
     * after every edit took a tenth of a second and more of each click on a study of thousands of
     * sessions.
     */
    public void watch(StudyService service, EditHistory history) {
        if (history == watched) {
            return;
        }
        watched = history;
        structureTouched = false;
        service.addListener(changes -> {
            if (changes.stream().anyMatch(SetupActions::touchesStructure)) {
                structureTouched = true;
            }
        });
        history.addListener(() -> {
            if (history != watched) {
                return; // a study closed since
            }
            if (structureTouched) {
                structureTouched = false;
                host.structureChanged();
            }
        });
    }

    /** Whether a change puts or removes a site, participant, dyad, session or recall pass: what the study tree shows. */
    static boolean touchesStructure(org.iprstudio.store.StudyChange change) {
        org.iprstudio.domain.Entity entity = change instanceof org.iprstudio.store.StudyChange.Put put ? put.entity()
                : change instanceof org.iprstudio.store.StudyChange.Delete delete ? delete.entity() : null;
        return entity instanceof org.iprstudio.domain.Site || entity instanceof org.iprstudio.domain.Participant
                || entity instanceof org.iprstudio.domain.Dyad || entity instanceof org.iprstudio.domain.Session
                || entity instanceof org.iprstudio.domain.RecallPass;
    }

    /** Shows the setup view of the open study (one per study), on a session if one is given. */
    public SetupView showSetup(Session session) {
        StudyService service = host.service();
        if (service == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("setup.noStudy"), Texts.get("menu.study.setup"), JOptionPane.INFORMATION_MESSAGE);
            return null;
        }
        if (view == null || !view.isDisplayable()) {
            EditHistory history = host.history();
            SetupContext context = new SetupContext(owner, service, new StudySetup(service, history), new SessionSetup(service, history),
                    new VideoLinks(service, history, probes.get()));
            SetupView created = new SetupView(context);
            history.addListener(() -> {
                if (created.isDisplayable()) {
                    created.refresh();
                }
            });
            view = created;
        }
        view.setVisible(true);
        view.toFront();
        if (session != null) {
            view.showSession(session);
        }
        return view;
    }

    /** Study > Settings...: title, approval, period and protocol of the open study, with undo. */
    public void showSettings() {
        StudyService service = host.service();
        if (service == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("setup.noStudy"), Texts.get("menu.study.settings"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        SessionSetup sessions = new SessionSetup(service, host.history());
        NewStudyDialog.settings(owner, service.study().header(), sessions::changeSettings);
    }

    /** Closes the setup view; called when the study closes or a recall starts. */
    public void closeSetup() {
        watched = null;
        if (view != null) {
            view.dispose();
            view = null;
        }
    }
}
