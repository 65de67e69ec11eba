package org.iprstudio.ui.supervision;

import java.awt.event.ActionEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.iprstudio.app.supervision.SupervisionRecall;
import org.iprstudio.app.supervision.SupervisionSetup;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Session;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * The Supervision menu of the main window: start or resume a supervision recall of the session on
 * show, the trainee's log, and the study's lead questions. It gets the supervision use cases and
 * the session, never the study itself.
 */
public final class SupervisionMenu {
    private final JFrame owner;
    private final Supplier<SupervisionSetup> setup;
    private final Supplier<Session> session;
    private final Supplier<MediaPlayer> players;
    private final Consumer<SupervisionScreen> opened;
    private final Runnable left;

    /**
     * @param setup the open study's supervision (null when no study is open)
     * @param players a fresh player for each screen (null without libVLC)
     * @param opened told when a screen is on show (the main window hides behind it)
     * @param left told when the screen was left
     */
    public SupervisionMenu(JFrame owner, Supplier<SupervisionSetup> setup, Supplier<Session> session, Supplier<MediaPlayer> players,
                           Consumer<SupervisionScreen> opened, Runnable left) {
        this.owner = owner;
        this.setup = setup;
        this.session = session;
        this.players = players;
        this.opened = opened;
        this.left = left;
    }

    public JMenu menu() {
        JMenu menu = new JMenu(Texts.get("menu.supervision"));
        menu.setName("supervisionMenu");
        menu.add(item("menu.supervision.start", this::start));
        menu.add(item("menu.supervision.log", this::log));
        menu.add(item("menu.supervision.questions", this::questions));
        return menu;
    }

    /** The same lead-questions item for the Study menu, next to the study's settings (the questions are part of its protocol). */
    public JMenuItem questionsItem() {
        JMenuItem item = item("menu.supervision.questions", this::questions);
        item.setName("study.supervisionQuestions");
        return item;
    }

    private static JMenuItem item(String key, Runnable run) {
        JMenuItem item = new JMenuItem(new AbstractAction(Texts.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        });
        item.setName(key);
        return item;
    }

    /** Asks who supervises and when; opens the screen over the session on show. */
    void start() {
        SupervisionSetup s = setup.get();
        Session current = session.get();
        if (s == null || current == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("supervision.chooseSession"), Texts.get("supervision.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        if (players == null) {
            JOptionPane.showMessageDialog(owner, Texts.get("supervision.needsVideo"), Texts.get("supervision.title"), JOptionPane.WARNING_MESSAGE);
            return;
        }
        Participant trainee = s.traineeOf(current);
        JComboBox<String> supervisor = new JComboBox<>(s.supervisors().stream().map(Participant::code).toArray(String[]::new));
        supervisor.setEditable(true);
        supervisor.setName("supervisorCode");
        JTextField date = new JTextField(LocalDate.now().toString(), 10);
        date.setName("meetingDate");
        Object[] form = {new JLabel(Texts.get("supervision.start.trainee", trainee.label())), Texts.get("supervision.start.supervisor"), supervisor,
                Texts.get("supervision.start.date"), date, new JLabel(Texts.get("supervision.start.blinding"))};
        while (true) {
            int answer = JOptionPane.showConfirmDialog(owner, form, Texts.get("supervision.start.title"), JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.QUESTION_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            Object code = supervisor.getEditor().getItem();
            try {
                LocalDate day = LocalDate.parse(date.getText().strip());
                if (code == null || code.toString().isBlank()) {
                    throw new IllegalArgumentException(Texts.get("supervision.start.noSupervisor"));
                }
                open(s.start(current, code.toString().strip(), day));
                return;
            } catch (DateTimeParseException e) {
                JOptionPane.showMessageDialog(owner, Texts.get("supervision.start.badDate", date.getText()), Texts.get("supervision.title"),
                        JOptionPane.WARNING_MESSAGE);
            } catch (RuntimeException e) {
                JOptionPane.showMessageDialog(owner, ErrorText.of(e), Texts.get("supervision.title"), JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    /** Shows the screen for a meeting (also for tests and the composition root). */
    public SupervisionScreen open(SupervisionRecall recall) {
        SupervisionScreen screen = new SupervisionScreen(recall, players.get(), left);
        opened.accept(screen);
        screen.setVisible(true);
        return screen;
    }

    void log() {
        SupervisionSetup s = setup.get();
        if (s == null) {
            return;
        }
        new SupervisionLogDialog(owner, s).setVisible(true);
    }

    /** The study's lead questions, one a line. */
    void questions() {
        SupervisionSetup s = setup.get();
        if (s == null) {
            return;
        }
        JTextArea text = new JTextArea(String.join("\n", s.questions()), 8, 50);
        text.setName("questionsText");
        int answer = JOptionPane.showConfirmDialog(owner, new Object[] {Texts.get("supervision.questions.hint"), new JScrollPane(text)},
                Texts.get("supervision.questions.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer == JOptionPane.OK_OPTION) {
            try {
                s.setQuestions(List.of(text.getText().split("\n")));
            } catch (RuntimeException e) {
                JOptionPane.showMessageDialog(owner, Texts.get("supervision.notSaved", ErrorText.of(e)), Texts.get("supervision.questions.title"),
                        JOptionPane.WARNING_MESSAGE);
            }
        }
    }
}
