package org.iprstudio.ui.supervision;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.OnTextChange;

/**
 * The form of one stop: the lead question the supervisor picks, what the trainee recalls (then or
 * now, helpfulness), the supervisor's feedback, and the learning points. Typing is saved shortly
 * after it pauses, and at once when another stop is chosen or the screen is left.
 */
final class StopForm extends JPanel implements javax.swing.Scrollable {
    private static final String NO_RATING = "\u2014";

    private final Consumer<SupervisionMoment> save;
    private final JComboBox<String> question = new JComboBox<>();
    private final JTextArea recall = area("recall");
    private final JRadioButton then = new JRadioButton(Texts.get("supervision.then"));
    private final JRadioButton now = new JRadioButton(Texts.get("supervision.now"));
    private final ButtonGroup frame = new ButtonGroup();
    private final JComboBox<String> helpfulness = new JComboBox<>();
    private final JTextArea feedback = area("feedback");
    private final DefaultListModel<LearningPoint> pointList = new DefaultListModel<>();
    private final JList<LearningPoint> points = new JList<>(pointList);
    private final JTextField newPoint = new JTextField();
    private final JButton addPoint = new JButton(Texts.get("supervision.addPoint"));
    private final JLabel title = new JLabel(" ");
    private static final int TITLE_WIDTH = 420;
    private final Timer saveSoon = new Timer(700, e -> flush());
    private final List<String> scaleValues = new ArrayList<>();
    private SupervisionMoment shown;
    private boolean filling;

    /** Learning points are added through this (the screen knows the meeting). */
    interface Points {
        LearningPoint add(SupervisionMoment stop, String text);

        List<LearningPoint> of(SupervisionMoment stop);
    }

    private final Points pointsSource;

    StopForm(List<String> questions, RatingScale scale, Font font, Consumer<SupervisionMoment> save, Points pointsSource) {
        super(new MigLayout("wrap 1, insets 0 0 0 6, fillx", "[10:10:, grow, fill]"));
        this.save = save;
        this.pointsSource = pointsSource;
        setName("stopForm");
        saveSoon.setRepeats(false);
        title.setFont(font.deriveFont(Font.BOLD));
        title.setName("stopTitle");
        add(title);

        question.setName("question");
        question.setEditable(true);
        question.addItem("");
        questions.forEach(question::addItem);
        question.setFont(font);
        question.addActionListener(e -> changed());
        add(label("supervision.question", font), "wmin 10");
        add(question, "wmin 10");

        add(label("supervision.recall", font), "wmin 10");
        recall.setFont(font);
        add(new JScrollPane(recall), "h 54::, wmin 10");
        then.setName("then");
        now.setName("now");
        frame.add(then);
        frame.add(now);
        then.addActionListener(e -> changed());
        now.addActionListener(e -> changed());
        JPanel row = new JPanel(new MigLayout("insets 0", "[][]"));
        row.add(then);
        row.add(now, "wrap");
        row.add(new JLabel(Texts.get("supervision.helpfulness", scale.name())));
        helpfulness.setName("helpfulness");
        helpfulness.addItem(NO_RATING);
        for (double v = scale.min(); v <= scale.max() + 1e-9; v += scale.step()) {
            String text = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
            helpfulness.addItem(text);
            scaleValues.add(text);
        }
        helpfulness.addActionListener(e -> changed());
        row.add(helpfulness);
        add(row);

        add(label("supervision.feedback", font), "wmin 10");
        feedback.setFont(font);
        add(new JScrollPane(feedback), "h 54::, wmin 10");

        add(label("supervision.points", font), "wmin 10");
        points.setName("learningPoints");
        points.setVisibleRowCount(3);
        points.setCellRenderer((list, p, index, selected, focused) -> {
            String text = "\u2022 " + p.text() + "  (" + Texts.get("supervision.status." + p.status().name()) + ")";
            JLabel l = new JLabel(text);
            // a point is a sentence: it wraps to the list's width rather than running past its edge
            int width = list.getWidth() - list.getInsets().left - list.getInsets().right - 8;
            if (width > 60 && l.getFontMetrics(l.getFont()).stringWidth(text) > width) {
                l.setText(org.iprstudio.ui.common.WrappedText.html(text, l.getFontMetrics(l.getFont()), width));
            }
            l.setOpaque(true);
            l.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            l.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            return l;
        });
        add(new JScrollPane(points, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), "h 44::, wmin 10");
        points.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                points.setFixedCellHeight(1); // the rows wrap to the new width: measured again
                points.setFixedCellHeight(-1);
            }
        });
        newPoint.setName("newPoint");
        addPoint.setName("addPoint");
        addPoint.addActionListener(e -> addPoint());
        newPoint.addActionListener(e -> addPoint());
        JPanel pointRow = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill][]"));
        pointRow.add(newPoint);
        pointRow.add(addPoint);
        add(pointRow, "wmin 10");

        OnTextChange.listen(recall.getDocument(), this::changed);
        OnTextChange.listen(feedback.getDocument(), this::changed);
        show(null);
    }

    private static JTextArea area(String name) {
        JTextArea area = new JTextArea(3, 20);
        area.setName(name);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        return area;
    }

    private static JLabel label(String key, Font font) {
        JLabel label = new JLabel(Texts.get(key));
        label.setFont(font.deriveFont(Font.BOLD, font.getSize2D() - 2));
        return label;
    }

    /** Shows a stop (or nothing), saving what was typed in the one before. */
    void show(SupervisionMoment stop) {
        flush();
        shown = stop;
        filling = true;
        try {
            boolean on = stop != null;
            for (var c : List.of(question, recall, then, now, helpfulness, feedback, newPoint, addPoint, points)) {
                c.setEnabled(on);
            }
            String heading = on ? Texts.get("supervision.stopTitle", stop.anchor().toShortClock(),
                    Texts.get("supervision.stoppedBy." + stop.stoppedBy().name())) : Texts.get("supervision.noStop");
            title.setText("<html><body style='width:" + TITLE_WIDTH + "px'>" + heading.replace("&", "&amp;").replace("<", "&lt;") + "</body></html>");
            question.setSelectedItem(on ? stop.question() : "");
            recall.setText(on ? stop.recall() : "");
            feedback.setText(on ? stop.feedback() : "");
            frame.clearSelection();
            if (on && stop.timeFrame() != null) {
                (stop.timeFrame() == TimeFrame.THEN ? then : now).setSelected(true);
            }
            String rating = on && stop.helpfulness() != null ? display(stop.helpfulness().value()) : NO_RATING;
            helpfulness.setSelectedItem(scaleValues.contains(rating) ? rating : NO_RATING);
            newPoint.setText("");
            refreshPoints();
        } finally {
            filling = false;
        }
    }

    private static String display(double v) {
        return org.iprstudio.ui.common.LocalFormats.decimal(v, 1); // 7,5 in Norwegian
    }

    private void refreshPoints() {
        pointList.clear();
        if (shown != null) {
            pointsSource.of(shown).forEach(pointList::addElement);
        }
    }

    private void changed() {
        if (!filling && shown != null) {
            saveSoon.restart();
        }
    }

    /** Saves the stop on show if anything of it was changed. */
    void flush() {
        saveSoon.stop();
        if (shown == null) {
            return;
        }
        Object q = question.getEditor().getItem();
        String rating = (String) helpfulness.getSelectedItem();
        SupervisionMoment edited = shown.withQuestion(q == null ? "" : q.toString()).withRecall(recall.getText()).withFeedback(feedback.getText())
                .withTimeFrame(then.isSelected() ? TimeFrame.THEN : now.isSelected() ? TimeFrame.NOW : null)
                .withHelpfulness(rating == null || NO_RATING.equals(rating) ? null : new Helpfulness(Double.parseDouble(rating)));
        if (!edited.equals(shown)) {
            shown = edited;
            save.accept(edited);
        }
    }

    private void addPoint() {
        if (shown == null || newPoint.getText().isBlank()) {
            return;
        }
        flush();
        pointsSource.add(shown, newPoint.getText().strip());
        newPoint.setText("");
        refreshPoints();
    }

    // as wide as the side panel (the text wraps), scrolled only up and down
    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return Math.max(24, visible.height - 24);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    void focusRecall() {
        recall.requestFocusInWindow();
    }

    void stopTimers() {
        saveSoon.stop();
    }
}
