package org.iprstudio.ui.setup;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * The protocol's two rating scales, as the New study form and Study > Settings change them: the
 * label of each point of helpfulness (1 to 9: the Helpful Aspects of Therapy scale, whose points
 * every moment's rating uses) and of intensity, whose number of points may be 3 to 5 (a moment
 * holds 1 to 5). A point without a label is shown by its number alone.
 */
final class ScalesEditor {
    /** Both scales as chosen. */
    record Scales(RatingScale helpfulness, RatingScale intensity) {
    }

    private final DefaultTableModel helpfulness = labelModel();
    private final DefaultTableModel intensity = labelModel();
    private final JSpinner points;
    private final RatingScale helpfulnessScale;
    private final RatingScale intensityScale;

    private ScalesEditor(RatingScale helpfulnessScale, RatingScale intensityScale) {
        this.helpfulnessScale = helpfulnessScale;
        this.intensityScale = intensityScale;
        fill(helpfulness, helpfulnessScale, helpfulnessScale.wholePoints().size());
        int now = Math.max(3, Math.min(Moment.MAX_INTENSITY, intensityScale.wholePoints().size()));
        points = new JSpinner(new SpinnerNumberModel(now, 3, Moment.MAX_INTENSITY, 1));
        points.setName("scales.intensityPoints");
        fill(intensity, intensityScale, now);
        points.addChangeListener(e -> resizeIntensity((Integer) points.getValue()));
    }

    private static DefaultTableModel labelModel() {
        return new DefaultTableModel(new Object[] {Texts.get("scales.point"), Texts.get("scales.label")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return column == 1;
            }
        };
    }

    private static void fill(DefaultTableModel model, RatingScale scale, int count) {
        model.setRowCount(0);
        for (int point = 1; point <= count; point++) {
            model.addRow(new Object[] {point, scale.labelOf(point)});
        }
    }

    /** Fewer points drop the last rows, more add empty ones: what was typed in the others stays. */
    private void resizeIntensity(int count) {
        while (intensity.getRowCount() > count) {
            intensity.removeRow(intensity.getRowCount() - 1);
        }
        while (intensity.getRowCount() < count) {
            int point = intensity.getRowCount() + 1;
            intensity.addRow(new Object[] {point, intensityScale.labelOf(point)});
        }
    }

    private static JTable table(String name, DefaultTableModel model) {
        JTable table = new JTable(model);
        table.setName(name);
        table.getColumnModel().getColumn(0).setMaxWidth(60);
        table.setRowHeight(Math.max(table.getRowHeight(), 22));
        return table;
    }

    private static List<String> labels(DefaultTableModel model) {
        List<String> labels = new ArrayList<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            Object value = model.getValueAt(row, 1);
            labels.add(value == null ? "" : value.toString());
        }
        return labels;
    }

    private Scales scales() {
        RatingScale newIntensity = intensityScale.withPoints((Integer) points.getValue());
        return new Scales(helpfulnessScale.withLabels(labels(helpfulness)), newIntensity.withLabels(labels(intensity)));
    }

    /** Shows the editor until the scales are valid or the researcher cancels; the change is stored with the form. */
    static Optional<Scales> ask(Component owner, RatingScale helpfulnessScale, RatingScale intensityScale) {
        ScalesEditor editor = new ScalesEditor(helpfulnessScale, intensityScale);
        JTable helpfulnessTable = table("scales.helpfulness", editor.helpfulness);
        JTable intensityTable = table("scales.intensity", editor.intensity);
        JPanel panel = new JPanel(new MigLayout("wrap 2, insets 4, gap 16 6", "[280!, fill][280!, fill]", "[][][top]"));
        panel.setName("scalesEditor");
        panel.add(new JLabel(Texts.get("scales.helpfulnessHeading")));
        panel.add(new JLabel(Texts.get("scales.intensityHeading")));
        panel.add(new JLabel(Texts.wrapped(205, "scales.helpfulnessHint")), "top");
        JPanel count = new JPanel(new MigLayout("insets 0", "[][]"));
        count.add(new JLabel(Texts.get("scales.intensityPoints")));
        count.add(editor.points, "w 60!");
        panel.add(count, "top");
        JScrollPane left = new JScrollPane(helpfulnessTable);
        left.setPreferredSize(new java.awt.Dimension(280, helpfulnessTable.getRowHeight() * 9 + 28));
        JScrollPane right = new JScrollPane(intensityTable);
        right.setPreferredSize(new java.awt.Dimension(280, intensityTable.getRowHeight() * 5 + 28));
        panel.add(left);
        panel.add(right);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(owner, panel, Texts.get("scales.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            for (JTable t : List.of(helpfulnessTable, intensityTable)) {
                if (t.isEditing()) {
                    t.getCellEditor().stopCellEditing();
                }
            }
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            try {
                return Optional.of(editor.scales());
            } catch (IllegalArgumentException e) {
                Forms.refused(owner, ErrorText.of(e));
            }
        }
    }

    /** "9 points: 1 extremely hindering ... 9 extremely helpful": the scale in a line of the form (its first and last labelled points). */
    static String summary(RatingScale scale) {
        List<String> labelled = scale.labels().stream().map(l -> (l.value() == Math.rint(l.value()) ? String.valueOf((long) l.value())
                : String.valueOf(l.value())) + " " + l.label()).toList();
        String ends = labelled.isEmpty() ? Texts.get("scales.noLabels")
                : labelled.size() == 1 ? labelled.get(0) : labelled.get(0) + " \u2026 " + labelled.get(labelled.size() - 1);
        return Texts.get("scales.summary", scale.wholePoints().size(), ends);
    }
}
