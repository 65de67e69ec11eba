package org.iprstudio.ui.team;

import org.iprstudio.ui.common.ErrorText;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Researcher;
import org.iprstudio.ui.Texts;

/** Asks who is working: initials and name, or one of the study's researchers. */
final class WhoIsWorkingDialog extends JDialog {
    private final JTextField initials = new JTextField(6);
    private final JTextField name = new JTextField(22);
    private final JLabel problem = new JLabel(" ");
    private Researcher chosen;

    private WhoIsWorkingDialog(Window owner, Researcher current, List<Researcher> known) {
        super(owner, Texts.get("who.title"), ModalityType.APPLICATION_MODAL);
        setName("whoDialog");
        initials.setName("whoInitials");
        name.setName("whoName");
        problem.setName("whoProblem");
        JPanel panel = new JPanel(new MigLayout("wrap 2, insets dialog", "[][grow,fill]"));
        panel.add(new JLabel(Texts.wrapped(380, "who.intro")), "span 2, gapbottom 8");
        if (!known.isEmpty()) {
            JComboBox<Researcher> pick = new JComboBox<>(known.toArray(Researcher[]::new));
            pick.setName("whoKnown");
            pick.setSelectedIndex(-1);
            pick.setRenderer(new javax.swing.DefaultListCellRenderer() {
                @Override
                public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focus) {
                    return super.getListCellRendererComponent(list, value instanceof Researcher r ? r.label() : "", index, selected, focus);
                }
            });
            pick.addActionListener(e -> {
                if (pick.getSelectedItem() instanceof Researcher r) {
                    initials.setText(r.initials());
                    name.setText(r.name());
                }
            });
            panel.add(new JLabel(Texts.get("who.known")));
            panel.add(pick);
        }
        panel.add(new JLabel(Texts.get("who.initials")));
        panel.add(initials, "growx 0");
        panel.add(new JLabel(Texts.get("who.name")));
        panel.add(name);
        problem.setForeground(new java.awt.Color(0xb00020));
        panel.add(problem, "span 2");
        JButton ok = new JButton(javax.swing.UIManager.getString("OptionPane.okButtonText"));
        ok.setName("whoOk");
        JButton cancel = new JButton(javax.swing.UIManager.getString("OptionPane.cancelButtonText"));
        cancel.setName("whoCancel");
        panel.add(ok, "span 2, split 2, tag ok");
        panel.add(cancel, "tag cancel");
        if (current != null && !current.initials().startsWith("~")) {
            initials.setText(current.initials());
            name.setText(current.name());
        }
        ok.addActionListener(e -> accept());
        cancel.addActionListener(e -> dispose());
        getRootPane().setDefaultButton(ok);
        setContentPane(panel);
        pack();
        setLocationRelativeTo(owner);
    }

    private void accept() {
        try {
            chosen = new Researcher(initials.getText(), name.getText());
            dispose();
        } catch (DomainException e) {
            problem.setText(Texts.get("who.bad", ErrorText.of(e)));
            pack();
        }
    }

    /** Shows the dialog; empty when cancelled. */
    static Optional<Researcher> ask(Window owner, Researcher current, List<Researcher> known) {
        WhoIsWorkingDialog dialog = new WhoIsWorkingDialog(owner, current, known);
        dialog.setVisible(true);
        return Optional.ofNullable(dialog.chosen);
    }
}
