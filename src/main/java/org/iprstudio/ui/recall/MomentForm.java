package org.iprstudio.ui.recall;

import java.awt.Font;
import java.awt.KeyboardFocusManager;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Predicate;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.ui.common.LocalFormats;
import org.iprstudio.ui.common.OnTextChange;
import org.iprstudio.ui.common.WidthTrackingPanel;
import org.iprstudio.app.RecallInfo;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.ScaleLabel;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.domain.TimeSpan;

/**
 * The fields of one moment, beside the video: what happened, then or now, helpfulness,
 * intensity, who stopped, how much earlier it started, quick tags. Every change is handed to
 * {@code save} as it happens (typing is saved after a short pause and when the field is left).
 */
/** The form follows the width of the side panel, so nothing is cut off on a small screen. */
final class MomentForm extends WidthTrackingPanel {
    private static final int TYPING_PAUSE_MS = 400;

    private final Predicate<Moment> save;
    private final JTextArea comment = new JTextArea(5, 24);
    private final JRadioButton then = new JRadioButton(RecallTexts.get("form.then"));
    private final JRadioButton now = new JRadioButton(RecallTexts.get("form.now"));
    private final ButtonGroup timeFrame = new ButtonGroup();
    private final JSlider helpfulness = new JSlider(2, 18, 10);
    private final JLabel helpfulnessValue = new JLabel(" ");
    /** One button per point of the study's intensity scale (3 to 5, Study > Settings). */
    private final JToggleButton[] intensity;
    private final ButtonGroup intensityGroup = new ButtonGroup();
    private final JRadioButton byParticipant = new JRadioButton(RecallTexts.get("form.byParticipant"));
    private final JRadioButton byInterviewer = new JRadioButton(RecallTexts.get("form.byInterviewer"));
    private final JSpinner earlier = new JSpinner(new SpinnerNumberModel(0, 0, 600, 1));
    private final List<JCheckBox> tags = new ArrayList<>();
    private final Timer typingPause = new Timer(TYPING_PAUSE_MS, e -> saveNow());
    private final RecallInfo info;
    private Moment moment;
    private boolean loading;
    private boolean rated;

    /** @param save saves a changed moment; false if it could not (then the form keeps it as unsaved, to try again with the next change) */
    MomentForm(RecallInfo info, Font base, Predicate<Moment> save) {
        super(new MigLayout("wrap 1, insets 0, fillx, gapy 6", "[grow, fill]"), 24);
        this.info = info;
        this.save = save;
        this.intensity = new JToggleButton[intensityPoints(info)];
        setName("momentForm");
        typingPause.setRepeats(false);

        add(heading("form.what"));
        comment.setName("comment");
        comment.setLineWrap(true);
        comment.setWrapStyleWord(true);
        comment.setFont(base);
        // Tab moves on to the next field, as everywhere else in the form (a JTextArea would type a tab)
        comment.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        comment.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        OnTextChange.listen(comment.getDocument(), this::typed);
        comment.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                if (typingPause.isRunning()) {
                    typingPause.stop();
                    saveNow();
                }
            }
        });
        add(new JScrollPane(comment), "h 120::");

        add(heading("form.thenOrNow"));
        then.setName("then");
        now.setName("now");
        timeFrame.add(then);
        timeFrame.add(now);
        JPanel thenNow = row();
        thenNow.add(then);
        thenNow.add(now);
        then.addActionListener(e -> saveNow());
        now.addActionListener(e -> saveNow());
        add(thenNow);

        add(heading("form.helpfulness"));
        helpfulness.setName("helpfulness");
        helpfulness.setMajorTickSpacing(2);
        helpfulness.setMinorTickSpacing(1);
        helpfulness.setPaintTicks(true);
        helpfulness.setSnapToTicks(true);
        helpfulness.setLabelTable(labels(base));
        helpfulness.setPaintLabels(true);
        // room at both ends for the end labels ("extremely helpful"), which were cut off
        helpfulness.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 28, 0, 28));
        helpfulness.addChangeListener(e -> {
            if (!loading) {
                rated = true;
                showHelpfulness();
                if (!helpfulness.getValueIsAdjusting()) {
                    saveNow();
                }
            }
        });
        add(helpfulness);
        helpfulnessValue.setName("helpfulnessValue");
        // room for two lines whatever it says (the form does not jump), and no width of its own: at
        // 1280x800 the fixed 300x28 cut "Not answered yet (move the slider, ...)" to one line
        int lines = helpfulnessValue.getFontMetrics(helpfulnessValue.getFont()).getHeight() * 2 + 4;
        helpfulnessValue.setPreferredSize(new java.awt.Dimension(10, lines));
        helpfulnessValue.setVerticalAlignment(javax.swing.SwingConstants.TOP);
        add(helpfulnessValue, "wmin 0");

        add(heading("form.intensity"));
        JPanel intensityRow = row();
        for (int i = 0; i < intensity.length; i++) {
            int value = i + 1;
            intensity[i] = new JToggleButton(String.valueOf(value));
            intensity[i].setName("intensity" + value);
            intensity[i].setToolTipText(intensityWord(value).isEmpty() ? null : intensityWord(value));
            intensity[i].addActionListener(e -> saveNow());
            intensityGroup.add(intensity[i]);
            intensityRow.add(intensity[i], "w 48!, h 40!");
        }
        add(intensityRow);
        add(new JLabel(RecallTexts.get("form.intensityHintOf", 1, intensityWord(1), intensity.length, intensityWord(intensity.length))));

        add(heading("form.whoStopped"));
        ButtonGroup who = new ButtonGroup();
        who.add(byParticipant);
        who.add(byInterviewer);
        byParticipant.setName("byParticipant");
        byInterviewer.setName("byInterviewer");
        byParticipant.addActionListener(e -> saveNow());
        byInterviewer.addActionListener(e -> saveNow());
        JPanel whoRow = row();
        whoRow.add(byParticipant);
        whoRow.add(byInterviewer);
        add(whoRow);

        JPanel earlierRow = row();
        earlierRow.add(new JLabel(RecallTexts.get("form.earlierBefore")));
        earlier.setName("earlier");
        earlier.addChangeListener(e -> saveNow());
        earlierRow.add(earlier, "w 90!");
        earlierRow.add(new JLabel(RecallTexts.get("form.earlierAfter")));
        add(earlierRow);

        if (!info.quickTags().isEmpty()) {
            add(heading("form.tags"));
            JPanel tagRow = new JPanel(new MigLayout("insets 0, wrap 2", "[][]"));
            for (String tag : info.quickTags()) {
                JCheckBox box = new JCheckBox(tag);
                box.setName("tag:" + tag);
                box.addActionListener(e -> saveNow());
                tags.add(box);
                tagRow.add(box);
            }
            add(tagRow);
        }
        for (JComponent c : allFields()) {
            c.setFont(base);
            if (c instanceof javax.swing.AbstractButton button) {
                pressWithEnter(button);
            }
        }
        setMoment(null);
    }

    /** Space is Stop/Continue on the recall screen, so the keyboard chooses an answer, a tag or an intensity with Enter. */
    private static void pressWithEnter(javax.swing.AbstractButton button) {
        javax.swing.InputMap keys = button.getInputMap(JComponent.WHEN_FOCUSED);
        keys.put(javax.swing.KeyStroke.getKeyStroke("pressed ENTER"), "pressed");
        keys.put(javax.swing.KeyStroke.getKeyStroke("released ENTER"), "released");
    }

    /** Whether a space typed with the keyboard on this component is text (the answer to "What happened?"), not Stop/Continue. */
    boolean isTypingSpace(java.awt.Component focus) {
        return focus == comment && comment.isEditable() && comment.isEnabled();
    }

    /** Shows the form from its first field ("What happened?"), however far down it was scrolled for the last moment. */
    void showFromTop() {
        scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1));
    }

    private JComponent[] allFields() {
        List<JComponent> all = new ArrayList<>(List.of(comment, then, now, helpfulnessValue, byParticipant, byInterviewer, earlier));
        all.addAll(List.of(intensity));
        all.addAll(tags);
        return all.toArray(new JComponent[0]);
    }

    private static JPanel row() {
        return new JPanel(new MigLayout("insets 0, gap 12"));
    }

    /** A question in bold that wraps onto a second line instead of losing its end (its question mark) in a narrow side panel. */
    private static javax.swing.JTextArea heading(String key) {
        javax.swing.JTextArea label = new javax.swing.JTextArea(RecallTexts.get(key));
        label.setFont(javax.swing.UIManager.getFont("Label.font").deriveFont(Font.BOLD, 17f));
        label.setLineWrap(true);
        label.setWrapStyleWord(true);
        label.setEditable(false);
        label.setFocusable(false);
        label.setOpaque(false);
        label.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        return label;
    }

    private Dictionary<Integer, JLabel> labels(Font base) {
        Hashtable<Integer, JLabel> table = new Hashtable<>();
        for (ScaleLabel label : info.helpfulness().labels()) {
            int value = (int) Math.round(label.value() * 2);
            if (value % 4 == 2) { // 1, 3, 5, 7, 9: every second label keeps the slider readable
                JLabel l = new JLabel("<html><center>" + (int) label.value() + "<br>" + label.label().replace(" ", "<br>") + "</center></html>");
                l.setFont(base.deriveFont(12f));
                table.put(value, l);
            }
        }
        return table;
    }

    /** The points of the protocol's intensity scale, from 1: what the moment can hold (1 to 5) bounds it. */
    private static int intensityPoints(RecallInfo info) {
        int max = info.intensity() == null ? Moment.MAX_INTENSITY : (int) Math.round(info.intensity().max());
        return Math.max(2, Math.min(Moment.MAX_INTENSITY, max));
    }

    /** The study's label of an intensity point, else the usual word for it in the participant's language. */
    private String intensityWord(int value) {
        if (info.intensity() != null) {
            for (ScaleLabel label : info.intensity().labels()) {
                if (label.value() == value) {
                    return label.label();
                }
            }
        }
        return intensity.length == Moment.MAX_INTENSITY ? RecallTexts.get("form.intensity" + value) : "";
    }

    /** Told (old and new value) when the form starts or stops showing a moment. */
    static final String MOMENT_PROPERTY = "recallMoment";

    /** Shows a moment to edit, or nothing (the fields are then disabled). */
    void setMoment(Moment m) {
        typingPause.stop();
        loading = true;
        boolean hadOne = moment != null;
        moment = m;
        boolean enabled = m != null;
        for (JComponent c : allFields()) {
            c.setEnabled(enabled);
        }
        helpfulness.setEnabled(enabled);
        comment.setText(m == null ? "" : m.comment());
        timeFrame.clearSelection();
        if (m != null && m.timeFrame() != null) {
            (m.timeFrame() == TimeFrame.THEN ? then : now).setSelected(true);
        }
        rated = m != null && m.helpfulness() != null;
        helpfulness.setValue(rated ? (int) Math.round(m.helpfulness().value() * 2) : 10);
        showHelpfulness();
        intensityGroup.clearSelection();
        if (m != null && m.intensity() != null && m.intensity() <= intensity.length) {
            intensity[m.intensity() - 1].setSelected(true);
        }
        (m != null && m.initiator() == Initiator.INTERVIEWER ? byInterviewer : byParticipant).setSelected(true);
        earlier.setValue(m == null || m.span() == null ? 0 : (int) ((m.anchor().millis() - m.span().start().millis()) / 1000));
        for (JCheckBox box : tags) {
            box.setSelected(m != null && m.tags().contains(box.getText()));
        }
        loading = false;
        firePropertyChange(MOMENT_PROPERTY, hadOne, m != null);
    }

    Moment moment() {
        return moment;
    }

    /** The keyboard to "What happened?", the caret after what is written there. */
    void focusComment() {
        comment.setCaretPosition(comment.getDocument().getLength());
        comment.requestFocusInWindow();
    }

    private void showHelpfulness() {
        if (!rated) {
            helpfulnessValue.setText("<html>" + RecallTexts.get("form.notRated") + "</html>");
            return;
        }
        double value = helpfulness.getValue() / 2.0;
        String label = info.helpfulness().labels().stream().filter(l -> l.value() == Math.floor(value)).map(ScaleLabel::label).findFirst().orElse("");
        helpfulnessValue.setText(RecallTexts.get("form.helpfulnessValue", LocalFormats.decimal(new Helpfulness(value).value(), 1), label));
    }

    private void typed() {
        if (!loading && moment != null) {
            typingPause.restart();
        }
    }

    /** Saves whatever is pending now (called before the moment is left). */
    void flush() {
        if (typingPause.isRunning()) {
            typingPause.stop();
            saveNow();
        }
    }

    private void saveNow() {
        if (loading || moment == null) {
            return;
        }
        Integer chosenIntensity = null;
        for (int i = 0; i < intensity.length; i++) {
            if (intensity[i].isSelected()) {
                chosenIntensity = i + 1;
            }
        }
        int secondsEarlier = (Integer) earlier.getValue();
        TimeSpan span = secondsEarlier <= 0 ? null
                : new TimeSpan(moment.anchor().minusClamped(MediaTime.ofSeconds(secondsEarlier)), moment.anchor());
        List<String> chosenTags = tags.stream().filter(JCheckBox::isSelected).map(JCheckBox::getText).toList();
        Moment changed = moment.withComment(comment.getText())
                .withTimeFrame(then.isSelected() ? TimeFrame.THEN : now.isSelected() ? TimeFrame.NOW : null)
                .withHelpfulness(rated ? new Helpfulness(helpfulness.getValue() / 2.0) : null)
                .withIntensity(chosenIntensity)
                .withInitiator(byInterviewer.isSelected() ? Initiator.INTERVIEWER : Initiator.PARTICIPANT)
                .withSpan(span)
                .withTags(chosenTags);
        if (!changed.equals(moment) && save.test(changed)) {
            moment = changed; // only what was saved: after a refusal, the next change tries the whole moment again
        }
    }
}
