package org.iprstudio.ui.agreement;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.analysis.agreement.AgreementCurves;
import org.iprstudio.analysis.agreement.MarkAgreement;
import org.iprstudio.analysis.agreement.PerspectiveAgreement;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.coding.CodingModel;
import org.iprstudio.ui.coding.ShownReload;

/**
 * The Agreement tab: how often client and therapist stopped at the same exchange. A table per
 * session, dyad and for the study (marks, one-to-one matches within the study's pairing window,
 * 2M / (n_c + n_t), the offsets: who marked first and by how much); for the chosen line the
 * agreement as the window widens from 0 to 60 s and a histogram of its offsets; below, two
 * observers of one session where the study has them. Rebuilt when the study changes; follows the
 * session chosen in the study tree.
 */
public final class AgreementPanel extends JPanel {
    private final CodingModel model;
    private final AgreementTableModel rows = new AgreementTableModel();
    private final JTable table = new JTable(rows);
    private final javax.swing.JTextArea method = WidthPage.text();
    private final javax.swing.JTextArea details = WidthPage.text();
    private final WindowCurvePlot curve = new WindowCurvePlot();
    private final OffsetHistogram histogram = new OffsetHistogram();
    private final ObserverSection observers = new ObserverSection();
    private PerspectiveAgreement result;
    /** Curves drawn since the study last changed, by line: a curve is matched 61 times over, so only the lines looked at are. */
    private final java.util.Map<String, List<MarkAgreement.CurvePoint>> curves = new java.util.HashMap<>();
    private boolean reloading;

    public AgreementPanel(CodingModel model) {
        super(new BorderLayout());
        this.model = model;
        setName("agreementPanel");
        table.setName("agreementTable");
        table.setRowHeight(20); // all seven demo lines and the sideways scroll bar fit the low tab
        table.getTableHeader().setReorderingAllowed(false);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF); // narrow tab: the table scrolls sideways rather than squeezing its words
        table.setDefaultRenderer(Object.class, new LevelRenderer());
        int[] widths = {165, 50, 74, 32, 92, 100, 180, 130, 130};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !reloading) {
                showSelected();
            }
        });
        method.setName("agreementMethod");
        details.setName("agreementDetails");
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setMinimumSize(new java.awt.Dimension(200, 120));
        // the work tabs are low on a 1280x800 screen: the table and the curve side by side come
        // first, the offsets and the observers below them (the page scrolls when the tab is low)
        JPanel page = new WidthPage(new MigLayout("insets 4 6 4 6, fillx, wrap 2", "[grow,fill,240::][300!,fill]", "[]4[180!]6[170!]"));
        page.add(method, "span 2, wmin 0");
        page.add(tableScroll, "growy");
        page.add(curve, "growy");
        JPanel below = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[]8[grow,fill]"));
        below.add(details, "wmin 0");
        below.add(observers);
        page.add(below, "growy, aligny top");
        page.add(histogram, "growy");
        JScrollPane scroll = new JScrollPane(page, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        ShownReload.attach(this, model, false, this::reload);
        model.addListener(new CodingModel.Listener() {
            @Override
            public void sessionChanged() {
                followSession();
            }
        });
    }

    /** The lines on show (for tests). */
    List<AgreementRow> rows() {
        return rows.rows();
    }

    private void reload() {
        Study study = model.study();
        String selectedKey = selectedRow() == null ? null : key(selectedRow());
        result = PerspectiveAgreement.of(study);
        curves.clear();
        method.setText(Texts.get("agreement.method", AgreementWords.window(result.window())));
        method.setToolTipText(Texts.get("agreement.methodLong", AgreementWords.window(result.window())));
        List<AgreementRow> lines = new ArrayList<>();
        for (PerspectiveAgreement.DyadLine dyad : result.dyads()) {
            for (PerspectiveAgreement.SessionLine s : result.sessions()) {
                if (!s.dyadCode().equals(dyad.dyadCode())) {
                    continue;
                }
                String label = s.dyadCode() + "/" + s.session().number();
                lines.add(new AgreementRow(AgreementRow.Level.SESSION, label, s.dyadCode(), s.session().id(), s.agreement(),
                        s.agreement() == null ? AgreementWords.gaps(s.gaps()) : ""));
            }
            String label = Texts.get("agreement.dyadLabel", dyad.dyadCode(), dyad.sessions());
            lines.add(dyad.sessions() == 0
                    ? new AgreementRow(AgreementRow.Level.DYAD, label, dyad.dyadCode(), null, null, Texts.get("agreement.noSessionCompared"))
                    : new AgreementRow(AgreementRow.Level.DYAD, label, dyad.dyadCode(), null, dyad.agreement(), ""));
        }
        long compared = result.sessions().stream().filter(s -> s.agreement() != null).count();
        String studyLabel = Texts.get("agreement.studyLabel", compared);
        lines.add(compared == 0 ? new AgreementRow(AgreementRow.Level.STUDY, studyLabel, "", null, null, Texts.get("agreement.noSessionCompared"))
                : new AgreementRow(AgreementRow.Level.STUDY, studyLabel, "", null, result.study(), ""));
        reloading = true; // the table drops its selection while rebuilt; the plots follow once, below
        try {
            rows.setRows(lines);
            int index = indexOf(selectedKey);
            if (index < 0) {
                index = model.session().map(s -> indexOfSession(s.id())).filter(i -> i >= 0).orElse(lines.size() - 1);
            }
            table.setRowSelectionInterval(index, index);
        } finally {
            reloading = false;
        }
        observers.show(result);
        showSelected();
    }

    /** The session chosen in the study tree: its line is selected (and so plotted). */
    private void followSession() {
        if (result == null) {
            return;
        }
        model.session().map(s -> indexOfSession(s.id())).filter(i -> i >= 0).ifPresent(i -> {
            table.setRowSelectionInterval(i, i);
            table.scrollRectToVisible(table.getCellRect(i, 0, true));
        });
    }

    private void showSelected() {
        AgreementRow row = selectedRow();
        if (row == null || result == null) {
            return;
        }
        details.setText(Texts.get("agreement.details", row.label(), describe(row)));
        if (row.compared()) {
            curve.show(Texts.get("agreement.curve.title", row.label()), curveOf(row), result.window(), row.agreement().proportion(), "");
            histogram.show(row.agreement().offsetsMillis(), result.window());
        } else {
            curve.show(Texts.get("agreement.curve.title", row.label()), List.of(), result.window(), null, Texts.get("agreement.curve.notCompared"));
            histogram.show(List.of(), result.window());
        }
    }

    private List<MarkAgreement.CurvePoint> curveOf(AgreementRow row) {
        return curves.computeIfAbsent(key(row), k -> {
            Study study = model.study();
            List<org.iprstudio.domain.Session> sessions = study.sessions().stream()
                    .filter(s -> switch (row.level()) {
                        case SESSION -> s.id().equals(row.sessionId());
                        case DYAD -> study.dyad(s.dyadId()).code().equals(row.dyadCode());
                        case STUDY -> true;
                    }).toList();
            return AgreementCurves.ofSessions(study, sessions);
        });
    }

    /** The chosen line in one sentence, every figure in words where it is undefined. */
    private static String describe(AgreementRow row) {
        if (!row.compared()) {
            return Texts.get("agreement.notCompared", row.notCompared());
        }
        MarkAgreement a = row.agreement();
        String counts = Texts.get("agreement.counts", a.firstMarks(), a.secondMarks(), a.matches(), AgreementWords.proportion(a.proportion()));
        if (a.offsets().isEmpty()) {
            return counts + " " + Texts.get("agreement.noOffsets");
        }
        return counts + " " + Texts.get("agreement.offsets", AgreementWords.median(a), AgreementWords.whoFirst(a), AgreementWords.quartiles(a),
                AgreementWords.range(a));
    }

    private AgreementRow selectedRow() {
        int i = table.getSelectedRow();
        return i < 0 || i >= rows.getRowCount() ? null : rows.row(i);
    }

    private int indexOf(String key) {
        for (int i = 0; key != null && i < rows.getRowCount(); i++) {
            if (key.equals(key(rows.row(i)))) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfSession(java.util.UUID sessionId) {
        for (int i = 0; i < rows.getRowCount(); i++) {
            if (Objects.equals(sessionId, rows.row(i).sessionId())) {
                return i;
            }
        }
        return -1;
    }

    private static String key(AgreementRow row) {
        return row.level() + ":" + (row.sessionId() != null ? row.sessionId() : row.dyadCode());
    }

    /** Dyad and study lines in bold, so the pooled figures stand out from the sessions. */
    private final class LevelRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            AgreementRow line = rows.row(row);
            c.setFont(c.getFont().deriveFont(line.level() == AgreementRow.Level.SESSION ? Font.PLAIN : Font.BOLD));
            setToolTipText(value == null ? null : value.toString());
            return c;
        }
    }
}
