package org.iprstudio.ui.team;

import org.iprstudio.ui.common.ErrorText;
import java.awt.Window;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.team.RoundComparison;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/** The team's consensus on one unit: which of the round's codes stand (those any coder gave are ticked to begin with), and a note. */
final class DecideDialog extends JDialog {
    private final Map<UUID, JCheckBox> boxes = new LinkedHashMap<>();
    private final JTextField note = new JTextField(32);
    private boolean decided;

    private DecideDialog(Window owner, Study study, TeamActions team, CodingRound round, RoundComparison.Unit unit, String label) {
        super(owner, Texts.get("decide.title", label), ModalityType.APPLICATION_MODAL);
        setName("decideDialog");
        JPanel panel = new JPanel(new MigLayout("wrap 1, insets dialog", "[grow,fill]"));
        String what = Texts.get(unit.isPair() ? "decide.unit.pair" : "decide.unit.moment"); // in the window's language
        panel.add(new JLabel(Texts.wrapped(360, "decide.intro", what)));
        Set<UUID> start = unit.decision() != null ? Set.copyOf(unit.decision().codeIds()) : unit.anyCode();
        // the codes the coders gave (or the team kept) first, then the rest of the round's codebook, in a list that scrolls
        java.util.List<UUID> order = new java.util.ArrayList<>(round.codeIds().stream().filter(id -> start.contains(id) || unit.anyCode().contains(id)).toList());
        round.codeIds().stream().filter(id -> !order.contains(id)).forEach(order::add);
        JPanel list = new JPanel(new MigLayout("wrap 1, insets 0, gapy 2"));
        for (UUID id : order) {
            study.find(id).filter(Code.class::isInstance).map(Code.class::cast).ifPresent(code -> {
                StringBuilder who = new StringBuilder();
                for (String coder : round.coders()) {
                    if (unit.codesOf(coder).contains(id)) {
                        who.append(who.length() == 0 ? "" : ", ").append(coder);
                    }
                }
                JCheckBox box = new JCheckBox(StartRoundDialog.path(study, code) + (who.length() == 0 ? "" : "   (" + who + ")"), start.contains(id));
                box.setName("decideCode:" + code.name());
                boxes.put(id, box);
                list.add(box);
            });
        }
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(list);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        panel.add(scroll, "h 80:220:300");
        note.setName("decideNote");
        if (unit.decision() != null) {
            note.setText(unit.decision().note());
        }
        panel.add(new JLabel(Texts.get("decide.note")), "split 2, growx 0");
        panel.add(note);
        JButton ok = new JButton(Texts.get("decide.decide"));
        ok.setName("decideOk");
        JButton cancel = new JButton(javax.swing.UIManager.getString("OptionPane.cancelButtonText"));
        panel.add(ok, "split 2, right, growx 0, tag ok");
        panel.add(cancel, "growx 0, tag cancel");
        ok.addActionListener(e -> {
            Set<UUID> stand = new LinkedHashSet<>();
            boxes.forEach((id, box) -> {
                if (box.isSelected()) {
                    stand.add(id);
                }
            });
            try {
                team.decide(round, unit.unitId(), stand, note.getText());
                decided = true;
                dispose();
            } catch (RuntimeException ex) {
                JOptionPane.showMessageDialog(this, ErrorText.of(ex), getTitle(), JOptionPane.WARNING_MESSAGE);
            }
        });
        cancel.addActionListener(e -> dispose());
        setContentPane(panel);
        pack();
        setLocationRelativeTo(owner);
    }

    static boolean ask(Window owner, Study study, TeamActions team, CodingRound round, RoundComparison.Unit unit, String label) {
        DecideDialog dialog = new DecideDialog(owner, study, team, round, unit, label);
        dialog.setVisible(true);
        return dialog.decided;
    }
}
