package org.iprstudio.ui.recall;

import java.awt.Color;
import java.awt.Dimension;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.ui.timeline.TimelineView;

/**
 * The recall screen's controls under the video: the timeline of the participant's own pass, the
 * Back, Stop/Continue and Undo buttons, the line that says what is going on and the clock; and how
 * they show whether the video plays. What the buttons do is the screen's (given as actions).
 */
final class RecallControls {
    private final JButton stopOrContinue = new JButton();
    private final JButton back = new JButton(RecallTexts.get("button.back"));
    private final JButton undo = new JButton(RecallTexts.get("button.undo"));
    private final JLabel clock = new JLabel("0:00 / 0:00");
    private final JLabel state = new JLabel(" ");
    private final TimelineView timeline = new TimelineView();

    /** The line under the buttons, for {@link SavingNotice}, which colours it while saving fails. */
    JLabel stateLine() {
        return state;
    }

    TimelineView timeline() {
        return timeline;
    }

    /** Lays the controls out, each button doing what it is given (called once, on the EDT). */
    JPanel panel(Runnable backFiveSeconds, Runnable stopOrContinueAction, Runnable undoLastMark) {
        JPanel controls = new JPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]"));
        timeline.setName("recallTimeline");
        timeline.setPreferredSize(new Dimension(800, 26 + 46 + 6));
        controls.add(timeline, "w 200:800:, growx");
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[]12[grow, fill, 180::]12[]"));
        back.setName("back5");
        back.setFont(RecallLayout.BASE);
        back.setFocusable(false);
        back.addActionListener(e -> backFiveSeconds.run());
        buttons.add(back, "h 56!");
        stopOrContinue.setName("stopOrContinue");
        stopOrContinue.setFont(RecallLayout.BIG);
        stopOrContinue.setFocusable(false);
        stopOrContinue.addActionListener(e -> stopOrContinueAction.run());
        buttons.add(stopOrContinue, "h 64!");
        undo.setName("undo");
        undo.setFont(RecallLayout.BASE);
        undo.setFocusable(false);
        undo.addActionListener(e -> undoLastMark.run());
        buttons.add(undo, "h 56!");
        controls.add(buttons, "w 200::, growx");
        JPanel stateRow = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill, 100::][]"));
        state.setName("recallState");
        state.setFont(RecallLayout.BASE.deriveFont(17f));
        stateRow.add(state);
        clock.setName("recallClock");
        clock.setFont(RecallLayout.BIG);
        stateRow.add(clock, "gapleft 12");
        controls.add(stateRow, "w 200::, growx");
        return controls;
    }

    /** The line under the buttons that says what is going on, wrapped to the width it has. */
    void setState(String text) {
        state.setText("<html>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
    }

    /** The clock and the playhead at the time the video is at. */
    void showTime(MediaTime now, MediaTime length) {
        clock.setText(now.toShortClock().replaceAll("\\.\\d$", "") + " / " + length.toShortClock());
        timeline.setPlayhead(now);
    }

    void showPlaying(boolean playing, boolean loaded) {
        stopOrContinue.setText(RecallTexts.get(playing ? "button.stop" : "button.continue"));
        stopOrContinue.setBackground(playing ? new Color(0xC6, 0x28, 0x28) : new Color(0x1B, 0x5E, 0x20));
        stopOrContinue.setForeground(Color.WHITE);
        stopOrContinue.setEnabled(loaded);
        back.setEnabled(loaded);
    }

    /** Undo is offered only while there is a moment to take back. */
    void offerUndo(boolean anyMoment) {
        undo.setEnabled(anyMoment);
    }
}
