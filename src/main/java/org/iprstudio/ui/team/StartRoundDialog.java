package org.iprstudio.ui.team;

import org.iprstudio.ui.common.ErrorText;
import java.awt.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/** The lead starts a round: its name, sessions, coders and codebook (all the study's codes unless some are chosen). */
final class StartRoundDialog extends JDialog {
    private final JTextField name = new JTextField(24);
    private final JList<Session> sessions;
    private final JTextField coders = new JTextField(24);
    private final JList<Code> codes;
    private final JList<Code> groups;
    private CodingRound started;

    private StartRoundDialog(Window owner, StudyService service, TeamActions team) {
        super(owner, Texts.get("start.title"), ModalityType.APPLICATION_MODAL);
        setName("startRoundDialog");
        Study study = service.study();
        name.setName("roundName");
        name.setText(Texts.get("start.defaultName", study.team().rounds().size() + 1));
        sessions = new JList<>(study.sessions().toArray(Session[]::new));
        sessions.setName("roundSessions");
        sessions.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        sessions.setCellRenderer(renderer(v -> sessionLabel(study, (Session) v)));
        if (!study.sessions().isEmpty()) {
            sessions.setSelectedIndex(0);
        }
        coders.setName("roundCoders");
        coders.setText(String.join(", ", study.team().researchers().stream().map(Researcher::initials).filter(i -> !i.equals(service.actor())).toList()));
        List<Code> usable = study.codes().stream().filter(c -> !c.retired()).toList();
        codes = new JList<>(usable.toArray(Code[]::new));
        codes.setName("roundCodes");
        codes.setCellRenderer(renderer(v -> path(study, (Code) v)));
        codes.setSelectionInterval(0, usable.size() - 1);
        List<Code> parents = usable.stream().filter(c -> usable.stream().anyMatch(o -> c.id().equals(o.parentId()))).toList();
        groups = new JList<>(parents.toArray(Code[]::new));
        groups.setName("roundGroups");
        groups.setCellRenderer(renderer(v -> path(study, (Code) v)));
        JPanel panel = new JPanel(new MigLayout("wrap 2, insets dialog", "[right][grow,fill]", "[][grow,fill][][grow,fill][grow,fill][]"));
        panel.add(new JLabel(Texts.get("start.name")));
        panel.add(name);
        panel.add(new JLabel(Texts.get("start.sessions")), "top");
        panel.add(new JScrollPane(sessions), "h 80:120");
        panel.add(new JLabel(Texts.get("start.coders")));
        panel.add(coders);
        panel.add(new JLabel(Texts.get("start.codes")), "top");
        panel.add(new JScrollPane(codes), "h 120:220, w 320:");
        panel.add(new JLabel(Texts.get("start.groups")), "top");
        panel.add(new JScrollPane(groups), "h 60:100");
        JButton start = new JButton(Texts.get("start.start"));
        start.setName("roundStart");
        JButton cancel = new JButton(javax.swing.UIManager.getString("OptionPane.cancelButtonText"));
        panel.add(start, "span 2, split 2, right, tag ok");
        panel.add(cancel, "tag cancel");
        start.addActionListener(e -> start(team));
        cancel.addActionListener(e -> dispose());
        setContentPane(panel);
        pack();
        setLocationRelativeTo(owner);
    }

    private void start(TeamActions team) {
        try {
            List<String> initials = Arrays.stream(coders.getText().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
            List<UUID> codeIds = new ArrayList<>(codes.getSelectedValuesList().stream().map(Code::id).toList());
            started = team.startRound(name.getText(), sessions.getSelectedValuesList().stream().map(Session::id).toList(), initials, codeIds,
                    groups.getSelectedValuesList().stream().map(Code::id).toList());
            dispose();
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(this, ErrorText.of(e), Texts.get("start.title"), JOptionPane.WARNING_MESSAGE);
        }
    }

    static Optional<CodingRound> ask(Window owner, StudyService service, TeamActions team) {
        StartRoundDialog dialog = new StartRoundDialog(owner, service, team);
        dialog.setVisible(true);
        return Optional.ofNullable(dialog.started);
    }

    static String sessionLabel(Study study, Session s) {
        return study.dyad(s.dyadId()).code() + "/" + s.number();
    }

    static String path(Study study, Code c) {
        if (c.parentId() == null) {
            return c.name();
        }
        return study.find(c.parentId()).filter(Code.class::isInstance).map(p -> ((Code) p).name() + " / ").orElse("") + c.name();
    }

    static DefaultListCellRenderer renderer(java.util.function.Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index, selected, focus);
            }
        };
    }
}
