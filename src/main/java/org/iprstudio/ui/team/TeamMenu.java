package org.iprstudio.ui.team;

import org.iprstudio.ui.common.ErrorText;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.team.ResearcherMemory;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.Researcher;
import org.iprstudio.ui.Texts;

/**
 * The main window's team coding: who is working (asked when a study opens, unless known on this
 * computer), Study > Who is working, History and Coding rounds. The window tells it when a study
 * opens and hears back when the person at the screen changes.
 */
public final class TeamMenu {
    private final Window owner;
    private final Supplier<StudyService> service;
    private final Supplier<CodingActions> actions;
    private final Consumer<String> whoChanged;
    private ResearcherMemory memory = ResearcherMemory.forThisRunOnly();
    private boolean ask;

    /** @param whoChanged hears the new person's label (for the title) after the study service works as them */
    public TeamMenu(Window owner, Supplier<StudyService> service, Supplier<CodingActions> actions, Consumer<String> whoChanged) {
        this.owner = owner;
        this.service = service;
        this.actions = actions;
        this.whoChanged = whoChanged;
    }

    /**
     * The program as the user starts it (DesktopApp): remember who works on this computer and ask
     * when a study opens if nobody is known. A window made otherwise (a test) asks only through
     * Study > Who is working and remembers nothing between runs.
     */
    public void askAndRemember(ResearcherMemory onThisComputer) {
        this.memory = onThisComputer;
        this.ask = true;
    }

    public List<JMenuItem> items() {
        return List.of(item("menu.study.who", "menuWho", this::chooseWho), item("menu.study.history", "menuHistory", this::showHistory),
                item("menu.study.rounds", "menuRounds", this::showRounds));
    }

    private JMenuItem item(String key, String name, Runnable run) {
        JMenuItem item = new JMenuItem(new AbstractAction(Texts.get(key)) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        });
        item.setName(name);
        return item;
    }

    /** A study has just opened: work as the person known on this computer, or ask who it is. */
    public void studyOpened() {
        StudyService open = service.get();
        if (open == null) {
            return;
        }
        Optional<Researcher> known = memory.known();
        if (known.isEmpty() && ask) {
            known = WhoIsWorkingDialog.ask(owner, null, open.shown().team().researchers()); // a first look holds the team (decision 0026)
            known.ifPresent(memory::remember);
        }
        known.ifPresentOrElse(this::workAs, () -> whoChanged.accept(open.actor()));
    }

    private void chooseWho() {
        StudyService open = service.get();
        Optional<Researcher> chosen = WhoIsWorkingDialog.ask(owner, memory.known().orElse(null),
                open == null ? List.of() : open.shown().team().researchers()); // a first look holds the team (decision 0026)
        chosen.ifPresent(r -> {
            memory.remember(r);
            workAs(r);
        });
    }

    private void workAs(Researcher researcher) {
        StudyService open = service.get();
        if (open == null) {
            return;
        }
        open.setActor(researcher.initials());
        if (open.isWhole()) {
            join(open, researcher);
        } else { // a large study's first look is on show: the team is joined in the whole study, once it is read (decision 0026)
            open.whenWhole((read, failure) -> javax.swing.SwingUtilities.invokeLater(() -> {
                if (read && service.get() == open && open.actor().equals(researcher.initials())) {
                    join(open, researcher);
                }
            }));
        }
        // another person's undo list is not theirs to undo
        if (actions.get() != null) {
            actions.get().history().clear();
        }
        whoChanged.accept(researcher.initials());
    }

    private void join(StudyService open, Researcher researcher) {
        if (open.writable()) {
            try {
                new TeamActions(open, actions.get()).join(researcher);
            } catch (RuntimeException e) {
                JOptionPane.showMessageDialog(owner, ErrorText.of(e), Texts.get("team.error"), JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    private void showHistory() {
        StudyService open = service.get();
        if (open != null) {
            HistoryDialog.show(owner, open.study(), () -> org.iprstudio.app.team.CodingLens.historyAsSeenIn(open));
        }
    }

    private void showRounds() {
        StudyService open = service.get();
        if (open != null && actions.get() != null) {
            RoundsDialog.show(owner, open, new TeamActions(open, actions.get()));
        }
    }
}
