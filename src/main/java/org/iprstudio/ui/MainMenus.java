package org.iprstudio.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import org.iprstudio.ui.setup.SetupActions;
import org.iprstudio.ui.supervision.SupervisionMenu;
import org.iprstudio.ui.team.TeamMenu;
import org.iprstudio.ui.timeline.TimelineView;
import org.iprstudio.ui.transcript.TranscriptPanel;

/**
 * The main window's menu bar: File, Edit, Study, Playback, View, Coding, Recall, Supervision and
 * Help, built from the actions of the window's parts; and the list of shortcuts Help shows.
 */
final class MainMenus {
    /** The parts of the window whose actions the menus offer. */
    record Parts(SetupActions setup, StudyLifecycle lifecycle, StudyFileActions fileActions, EditSteps steps, PlayerActions player,
                 TimelineView timeline, TranscriptPanel transcript, CodingWorkspace workspace, RecallLauncher recall,
                 SupervisionMenu supervision, TeamMenu team, Runnable quit) {
    }

    private final JFrame owner;
    private final Parts parts;
    private final List<ShortcutAction> viewActions = new ArrayList<>();
    private final List<ShortcutAction> codingActions = new ArrayList<>();

    MainMenus(JFrame owner, Parts parts) {
        this.owner = owner;
        this.parts = parts;
    }

    /** An action with a text from the bundle that runs the given code. */
    static Action action(String key, KeyStroke shortcut, Runnable run) {
        AbstractAction action = new AbstractAction(Texts.get(key)) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, shortcut);
        return action;
    }

    /** The About text with the version from the jar's manifest, so a bug report can say which build it was. */
    static String aboutText() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        return Texts.get("about.version", version == null ? Texts.get("about.developmentVersion") : version) + "\n" + Texts.get("about.text");
    }

    JMenuBar bar() {
        JMenuBar bar = new JMenuBar();
        bar.add(file());
        bar.add(edit());
        bar.add(study());
        bar.add(playback());
        bar.add(view());
        bar.add(coding());
        bar.add(recall());
        bar.add(org.iprstudio.ui.keys.MenuMnemonics.titled(parts.supervision().menu(), "menu.supervision")); // its Alt letter, as the others'
        bar.add(help());
        return bar;
    }

    /** Every shortcut the window has, for Help > Keyboard shortcuts. */
    List<ShortcutAction> allShortcuts() {
        List<ShortcutAction> all = new ArrayList<>(parts.player().all());
        all.addAll(viewActions);
        all.addAll(codingActions);
        return all;
    }

    private JMenu file() {
        JMenu file = menu("menu.file", "fileMenu");
        file.add(new JMenuItem(parts.setup().newStudy));
        file.add(new JMenuItem(parts.lifecycle().open));
        file.add(new JMenuItem(parts.lifecycle().demo));
        JMenu imports = new JMenu(Texts.get("menu.file.import"));
        imports.setName("importMenu");
        imports.add(new JMenuItem(parts.fileActions().importTranscript));
        imports.add(new JMenuItem(parts.fileActions().importEaf));
        file.add(imports);
        file.add(new JMenuItem(parts.fileActions().export));
        file.addSeparator();
        // settings of the program itself (not of a study: those are under Study), between the study files and Quit
        file.add(org.iprstudio.ui.settings.SettingsDialog.menuItem(owner));
        file.add(new JMenuItem(action("menu.file.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK), parts.quit())));
        return file;
    }

    private JMenu edit() {
        JMenu edit = menu("menu.edit", "editMenu");
        EditSteps steps = parts.steps();
        edit.add(new JMenuItem(steps.undo));
        edit.add(new JMenuItem(steps.redo));
        // a second key for redo, as many programs have it (Ctrl+Y)
        owner.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK), "redo");
        owner.getRootPane().getActionMap().put("redo", steps.redo);
        return edit;
    }

    private JMenu study() {
        JMenu study = menu("menu.study", "studyMenu");
        study.add(new JMenuItem(parts.setup().studySetup));
        study.add(new JMenuItem(parts.setup().studySettings));
        study.add(parts.supervision().questionsItem());
        study.add(new JMenuItem(parts.fileActions().exportHistory));
        study.addSeparator();
        parts.team().items().forEach(study::add);
        return study;
    }

    private JMenu playback() {
        PlayerActions p = parts.player();
        JMenu playback = menu("menu.playback", "playbackMenu");
        for (ShortcutAction a : List.of(p.playPause, p.frameBack, p.frameForward, p.back2, p.forward2, p.back10, p.forward10)) {
            playback.add(new JMenuItem(a));
        }
        playback.addSeparator();
        for (ShortcutAction a : List.of(p.slower, p.faster, p.normalRate)) {
            playback.add(new JMenuItem(a));
        }
        playback.addSeparator();
        playback.add(new JMenuItem(p.goToTime));
        playback.addSeparator();
        for (ShortcutAction a : List.of(p.mute, p.volumeUp, p.volumeDown)) {
            playback.add(new JMenuItem(a));
        }
        return playback;
    }

    private JMenu view() {
        JMenu view = menu("menu.view", "viewMenu");
        TimelineView tl = parts.timeline();
        ShortcutAction zoomIn = new ShortcutAction("zoomIn", () -> tl.zoomAroundPlayhead(0.5));
        ShortcutAction zoomOut = new ShortcutAction("zoomOut", () -> tl.zoomAroundPlayhead(2.0));
        ShortcutAction whole = new ShortcutAction("wholeSession", tl::showWholeSession);
        ShortcutAction follow = new ShortcutAction("follow", () -> tl.setFollow(!tl.follows()));
        viewActions.addAll(List.of(zoomIn, zoomOut, whole, follow, parts.transcript().findAction()));
        view.add(new JMenuItem(parts.transcript().findAction()));
        view.add(new JMenuItem(zoomIn));
        view.add(new JMenuItem(zoomOut));
        view.add(new JMenuItem(whole));
        JCheckBoxMenuItem followItem = new JCheckBoxMenuItem(follow);
        followItem.setSelected(true);
        followItem.addActionListener(e -> followItem.setSelected(tl.follows()));
        view.add(followItem);
        return view;
    }

    private JMenu coding() {
        JMenu code = menu("menu.coding", "codingMenu");
        CodingWorkspace workspace = parts.workspace();
        code.add(new JMenuItem(workspace.findCode));
        code.addSeparator();
        workspace.pinActions().forEach(a -> code.add(new JMenuItem(a)));
        codingActions.add(parts.steps().undo);
        codingActions.add(parts.steps().redo);
        codingActions.add(workspace.findCode);
        codingActions.addAll(workspace.pinActions());
        parts.steps().updateNames();
        return code;
    }

    private JMenu recall() {
        JMenu recall = menu("menu.recall", "recallMenu");
        recall.add(new JMenuItem(parts.recall().start));
        recall.add(new JMenuItem(parts.recall().passphrase));
        return recall;
    }

    private JMenu help() {
        JMenu help = menu("menu.help", "helpMenu");
        help.add(new JMenuItem(new ShortcutAction("shortcuts", () -> ShortcutsDialog.show(owner, allShortcuts()))));
        help.add(new JMenuItem(action("menu.help.about", null, () -> JOptionPane.showMessageDialog(owner, aboutText(),
                Texts.get("menu.help.about"), JOptionPane.INFORMATION_MESSAGE))));
        return help;
    }

    /** A menu with its title and its Alt letter in the window's language. */
    private static JMenu menu(String key, String name) {
        JMenu menu = org.iprstudio.ui.keys.MenuMnemonics.titled(new JMenu(), key);
        menu.setName(name);
        return menu;
    }
}
