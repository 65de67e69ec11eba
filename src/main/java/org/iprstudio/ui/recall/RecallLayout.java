package org.iprstudio.ui.recall;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.RecallInfo;

/**
 * How the recall screen is laid out around the video: the header with the Leave button, the side
 * panel (prompts, form, the participant's own moments) and the session's words above the controls;
 * and the calm, large fonts used throughout the screen.
 */
final class RecallLayout {
    static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 19);
    static final Font BIG = new Font(Font.SANS_SERIF, Font.BOLD, 24);

    private RecallLayout() {
    }

    static JPanel header(RecallInfo info, JButton leave, Runnable askToLeave) {
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow][][]"));
        JLabel title = new JLabel(RecallTexts.get("header", info.sessionNumber()));
        title.setFont(BIG);
        header.add(title);
        JLabel who = new JLabel(RecallTexts.get("header.who", info.participantCode()));
        who.setFont(BASE);
        header.add(who, "gapright 24");
        leave.setName("leave");
        leave.setFont(BASE);
        leave.setFocusable(false);
        leave.addActionListener(e -> askToLeave.run());
        header.add(leave);
        return header;
    }

    /**
     * The prompts, the form and the participant's moments, beside the video. On a wide screen the
     * panel takes three tenths of the width (the picture is limited by the height there), so the
     * form's questions take fewer lines and the form needs less scrolling.
     */
    static JComponent sidePanel(int screenWidth, RecallInfo info, MomentForm form, OwnMoments moments, JButton delete, Runnable deleteChosen) {
        int width = Math.max(460, Math.min(640, screenWidth * 3 / 10));
        JPanel side = new JPanel(new MigLayout("wrap 1, insets 0 8 0 0, fill", "[grow, fill, 430:" + width + ":" + width + "]",
                "[][grow, fill][][][]"));
        side.setName("recallSide");
        JTextArea prompts = new JTextArea(String.join("\n", info.prompts().stream().map(p -> "\u2022 " + p).toList()));
        prompts.setName("prompts");
        prompts.setEditable(false);
        prompts.setFocusable(false);
        prompts.setLineWrap(true);
        prompts.setWrapStyleWord(true);
        prompts.setOpaque(false);
        prompts.setFont(BASE.deriveFont(Font.ITALIC, 15f));
        prompts.setBorder(BorderFactory.createTitledBorder(RecallTexts.get("side.prompts")));
        side.add(prompts);
        JScrollPane formScroll = new JScrollPane(form, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.getVerticalScrollBar().setUnitIncrement(24);
        side.add(formOrWaiting(form, formScroll), "h 200::");
        JTextArea yours = new JTextArea(RecallTexts.get("side.yourMoments")); // wraps rather than being cut
        yours.setLineWrap(true);
        yours.setWrapStyleWord(true);
        yours.setEditable(false);
        yours.setFocusable(false);
        yours.setOpaque(false);
        yours.setFont(BASE.deriveFont(Font.BOLD));
        side.add(yours, "gaptop 8");
        side.add(new JScrollPane(moments.list()), "h 110!");
        delete.setName("delete");
        delete.setFont(BASE);
        delete.addActionListener(e -> deleteChosen.run());
        side.add(delete, "right");
        return side;
    }

    /**
     * The form while a moment is being told about; before the first stop, and whenever no moment is
     * chosen, a calm line saying what will come there instead of a form of disabled questions.
     */
    private static JComponent formOrWaiting(MomentForm form, JScrollPane formScroll) {
        JTextArea waiting = new JTextArea(RecallTexts.get("side.waiting"));
        waiting.setName("formWaiting");
        waiting.setEditable(false);
        waiting.setFocusable(false);
        waiting.setLineWrap(true);
        waiting.setWrapStyleWord(true);
        waiting.setOpaque(false);
        waiting.setFont(BASE.deriveFont(17f));
        waiting.setBorder(BorderFactory.createEmptyBorder(16, 4, 16, 4));
        java.awt.CardLayout cards = new java.awt.CardLayout();
        JPanel place = new JPanel(cards);
        place.add(waiting, "waiting");
        place.add(formScroll, "form");
        cards.show(place, form.moment() == null ? "waiting" : "form");
        form.addPropertyChangeListener(MomentForm.MOMENT_PROPERTY,
                e -> cards.show(place, Boolean.TRUE.equals(e.getNewValue()) ? "form" : "waiting"));
        return place;
    }

    /** The controls, with the session's words above them when the study's protocol shows them during recall. */
    static JComponent wordsAndControls(RecallWords words, JComponent controls) {
        if (words == null) {
            return controls;
        }
        JPanel below = new JPanel(new BorderLayout(0, 8));
        words.setPreferredSize(new Dimension(200, 110));
        below.add(words, BorderLayout.NORTH);
        below.add(controls, BorderLayout.CENTER);
        return below;
    }
}
