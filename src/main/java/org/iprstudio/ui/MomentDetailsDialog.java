package org.iprstudio.ui;

import java.awt.Component;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Study;

/** Everything a moment holds, opened by a double click on the timeline. */
final class MomentDetailsDialog {
    private MomentDetailsDialog() {
    }

    static void show(Component parent, Study study, Moment m) {
        RecallPass pass = study.pass(m.passId());
        JPanel panel = new JPanel(new MigLayout("wrap 2, insets 8", "[right][grow, fill, 360]"));
        panel.setName("momentDetails");
        add(panel, "moment.who", StudyTreeModel.perspective(pass.perspective()) + " " + study.participant(pass.participantId()).code());
        add(panel, "moment.anchor", m.anchor().toClock());
        add(panel, "moment.span", m.span() == null ? "-" : m.span().start().toClock() + " - " + m.span().end().toClock());
        add(panel, "moment.stoppedBy", Texts.get("initiator." + m.initiator().name().toLowerCase(Locale.ROOT)));
        add(panel, "moment.timeFrame", m.timeFrame() == null ? "-" : Texts.get("timeFrame." + m.timeFrame().name().toLowerCase(Locale.ROOT)));
        add(panel, "moment.helpfulnessLabel", m.helpfulness() == null ? "-" : Texts.get("moment.helpfulness", org.iprstudio.ui.common.LocalFormats.decimal(m.helpfulness().value(), 1),
                Texts.get("valence." + m.helpfulness().valence().name().toLowerCase(Locale.ROOT))));
        add(panel, "moment.intensityLabel", m.intensity() == null ? "-" : String.valueOf(m.intensity()));
        panel.add(new JLabel(Texts.get("moment.comment")), "top");
        JTextArea comment = new JTextArea(m.comment(), 4, 36);
        comment.setName("momentComment");
        comment.setEditable(false);
        comment.setLineWrap(true);
        comment.setWrapStyleWord(true);
        panel.add(new JScrollPane(comment));
        JOptionPane.showMessageDialog(parent, panel, Texts.get("moment.title", m.anchor().toShortClock()), JOptionPane.PLAIN_MESSAGE);
    }

    private static void add(JPanel panel, String key, String value) {
        panel.add(new JLabel(Texts.get(key)));
        JLabel v = new JLabel(value);
        panel.add(v);
    }
}
