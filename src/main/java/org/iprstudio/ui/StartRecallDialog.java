package org.iprstudio.ui;

import java.awt.Component;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.Passphrases;
import org.iprstudio.app.RecallRequest;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.RecallStart;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.ui.common.ErrorText;

/** The researcher starts or resumes a recall of a session: perspective, participant, interviewer, date. */
final class StartRecallDialog {
    private StartRecallDialog() {
    }

    /** Asks for everything and starts the pass; empty if the researcher cancelled or something was refused (already said). */
    static Optional<RecallSession> ask(Component parent, RecallSetup setup, Session session, String sessionLabel) {
        if (!setup.hasPassphrase() && !askPassphrase(parent, setup, true)) {
            return Optional.empty();
        }
        JComboBox<Role> perspective = new JComboBox<>(RecallSetup.PERSPECTIVES.toArray(new Role[0]));
        perspective.setName("recallPerspective");
        perspective.setRenderer((list, role, index, selected, focus) -> new JLabel(role == null ? "" : StudyTreeModel.perspective(role)));
        JComboBox<String> participant = new JComboBox<>();
        participant.setName("recallParticipant");
        Runnable fill = () -> fillParticipants(participant, setup, session, (Role) perspective.getSelectedItem());
        perspective.addActionListener(e -> fill.run());
        fill.run();
        List<Participant> interviewers = setup.interviewers();
        JComboBox<String> interviewer = new JComboBox<>();
        interviewer.setName("recallInterviewer");
        interviewer.addItem(Texts.get("recall.noInterviewer"));
        interviewers.forEach(p -> interviewer.addItem(p.label()));
        if (!interviewers.isEmpty()) {
            interviewer.setSelectedIndex(1);
        }
        JTextField date = new JTextField(LocalDate.now().toString(), 10);
        date.setName("recallDate");

        JPanel form = new JPanel(new MigLayout("wrap 2, insets 8", "[right][grow, fill, 260]"));
        form.add(new JLabel(Texts.get("recall.session")));
        form.add(new JLabel(sessionLabel));
        form.add(new JLabel(Texts.get("recall.perspective")));
        form.add(perspective);
        form.add(new JLabel(Texts.get("recall.participant")));
        form.add(participant);
        form.add(new JLabel(Texts.get("recall.interviewer")));
        form.add(interviewer);
        form.add(new JLabel(Texts.get("recall.date")));
        form.add(date);
        JLabel note = new JLabel(Texts.wrapped(380, "recall.note"));
        form.add(note, "span 2");
        while (true) {
            int answer = JOptionPane.showConfirmDialog(parent, form, Texts.get("recall.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            try {
                int chosen = interviewer.getSelectedIndex();
                Participant who = chosen <= 0 ? null : interviewers.get(chosen - 1);
                LocalDate day = LocalDate.parse(date.getText().strip());
                Role role = (Role) perspective.getSelectedItem();
                RecallRequest request;
                if (RecallRequest.fromDyad(role)) {
                    request = RecallRequest.ofDyadMember(session, role, who, day);
                } else {
                    Object code = participant.getEditor().getItem();
                    if (code == null || code.toString().isBlank()) {
                        throw new DomainException(Texts.get("recall.needParticipant"));
                    }
                    request = RecallRequest.ofCode(session, role, code.toString(), who, day);
                }
                Optional<RecallSession> opened = open(parent, setup, request);
                if (opened.isPresent()) {
                    return opened;
                }
            } catch (DateTimeParseException e) {
                JOptionPane.showMessageDialog(parent, Texts.get("recall.badDate", date.getText()), Texts.get("recall.title"), JOptionPane.WARNING_MESSAGE);
            } catch (RecallSetup.RoleMismatch e) {
                Participant other = e.participant();
                JOptionPane.showMessageDialog(parent, Texts.get("recall.otherRole", other.label(), StudyTreeModel.perspective(other.role()),
                        StudyTreeModel.perspective(e.perspective())), Texts.get("recall.title"), JOptionPane.WARNING_MESSAGE);
            } catch (DomainException e) {
                JOptionPane.showMessageDialog(parent, ErrorText.of(e), Texts.get("recall.title"), JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    /**
     * The client and the therapist are the dyad's own and shown as a fixed choice; an observer or
     * a trainee is chosen from that role's participants, or a new code is typed.
     */
    private static void fillParticipants(JComboBox<String> participant, RecallSetup setup, Session session, Role perspective) {
        participant.removeAllItems();
        List<Participant> candidates = setup.candidates(session, perspective);
        boolean fromDyad = RecallRequest.fromDyad(perspective);
        participant.setEditable(!fromDyad);
        for (Participant p : candidates) {
            participant.addItem(fromDyad ? p.label() : p.code());
        }
        if (!fromDyad) {
            participant.getEditor().setItem(candidates.isEmpty() ? "" : candidates.get(0).code());
        }
        participant.setToolTipText(Texts.get(fromDyad ? "recall.participant.fromDyad" : "recall.participant.typed"));
    }

    /** Starts the pass; a pass already done is resumed only if the researcher says yes. Empty: they said no. */
    private static Optional<RecallSession> open(Component parent, RecallSetup setup, RecallRequest request) {
        RecallStart start = setup.start(request);
        if (start instanceof RecallStart.AlreadyDone done) {
            int answer = JOptionPane.showConfirmDialog(parent, Texts.get("recall.resumeDone", done.participantCode(), done.moments(),
                    done.date() == null ? "-" : org.iprstudio.ui.common.LocalFormats.date(done.date())), Texts.get("recall.title"), JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
            if (answer != JOptionPane.YES_OPTION) {
                return Optional.empty();
            }
            start = setup.start(request.resumingDone());
        }
        return start instanceof RecallStart.Opened opened ? Optional.of(opened.recall()) : Optional.empty();
    }

    /** Sets the study passphrase: typed twice, at least six characters. */
    static boolean askPassphrase(Component parent, RecallSetup setup, boolean beforeFirstRecall) {
        JPasswordField first = new JPasswordField(18);
        first.setName("newPassphrase");
        org.iprstudio.ui.common.FirstFocus.whenShown(first);
        JPasswordField second = new JPasswordField(18);
        second.setName("repeatPassphrase");
        JPanel form = new JPanel(new MigLayout("wrap 2, insets 8", "[right][grow, fill]"));
        form.add(new JLabel(Texts.wrapped(380, beforeFirstRecall ? "passphrase.firstTime" : "passphrase.explain")), "span 2");
        form.add(new JLabel(Texts.get("passphrase.new")));
        form.add(first);
        form.add(new JLabel(Texts.get("passphrase.repeat")));
        form.add(second);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(parent, form, Texts.get("passphrase.title"), JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            char[] a = first.getPassword();
            char[] b = second.getPassword();
            try {
                if (answer != JOptionPane.OK_OPTION) {
                    return false;
                }
                if (!Arrays.equals(a, b)) {
                    JOptionPane.showMessageDialog(parent, Texts.get("passphrase.differ"), Texts.get("passphrase.title"), JOptionPane.WARNING_MESSAGE);
                } else if (a.length < Passphrases.MIN_LENGTH) {
                    JOptionPane.showMessageDialog(parent, Texts.get("passphrase.short", Passphrases.MIN_LENGTH), Texts.get("passphrase.title"),
                            JOptionPane.WARNING_MESSAGE);
                } else {
                    setup.setPassphrase(a.clone());
                    return true;
                }
            } finally {
                Passphrases.wipe(a);
                Passphrases.wipe(b);
            }
        }
    }
}
