package org.iprstudio.ui;

import org.iprstudio.ui.common.ErrorText;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.Code;
import org.iprstudio.ui.coding.CodingInspector;
import org.iprstudio.ui.coding.CodingModel;
import org.iprstudio.ui.coding.MatrixPanel;
import org.iprstudio.ui.coding.MomentTablePanel;
import org.iprstudio.ui.coding.PairsPanel;
import org.iprstudio.ui.coding.PinnedCodes;
import org.iprstudio.ui.coding.SummaryPanel;
import org.iprstudio.ui.coding.ThemeBoard;
import org.iprstudio.ui.timeline.TimelineView;

/**
 * The coding side of the main window: the inspector on the right, the work tabs under the
 * timeline, and the pinned codes' keys (1 to 9). Built anew for each study that opens.
 */
final class CodingWorkspace {
    /** What the workspace asks of the rest of the window. */
    interface Host {
        /** Shows a moment's first frame, paused. */
        void playMoment(org.iprstudio.domain.Moment moment);

        /** The study changed: the pairs drawn on the timeline may have. */
        void pairsChanged();

        /** The session on show or the blind round changed: the title names them. */
        void whoChanged();
    }

    private final JLabel status;
    private final WindowState state;
    private final EditSteps steps;
    private final TimelineView timeline;
    private final Host host;
    private final JPanel inspectorHolder = new JPanel(new BorderLayout());
    private final JTabbedPane workTabs = new JTabbedPane();
    private final List<ShortcutAction> pinActions = new ArrayList<>();
    final ShortcutAction findCode;

    CodingWorkspace(JLabel status, WindowState state, EditSteps steps, TimelineView timeline, Host host) {
        this.status = status;
        this.state = state;
        this.steps = steps;
        this.timeline = timeline;
        this.host = host;
        for (int key = 1; key <= PinnedCodes.MAX; key++) {
            int index = key - 1;
            pinActions.add(new ShortcutAction("pin" + key, () -> applyPinned(index)));
        }
        findCode = new ShortcutAction("findCode", () -> {
            if (state.inspector() != null) {
                state.inspector().codeSearch().requestFocusInWindow();
            }
        });
        inspectorHolder.setName("inspectorHolder");
        inspectorHolder.setMinimumSize(new Dimension(300, 200));
        inspectorHolder.setPreferredSize(new Dimension(340, 300));
        inspectorHolder.add(new JLabel(Texts.get("status.noStudy")), BorderLayout.NORTH);
        workTabs.setName("workTabs");
        // Short titles fit one row beside the inspector at 1280x800 (the long ones are their tooltips);
        // on a narrower window the tabs wrap to a second row rather than hiding behind a scroll arrow.
        workTabs.setTabLayoutPolicy(JTabbedPane.WRAP_TAB_LAYOUT);
    }

    JComponent inspectorHolder() {
        return inspectorHolder;
    }

    JComponent workTabs() {
        return workTabs;
    }

    List<ShortcutAction> pinActions() {
        return pinActions;
    }

    /** Builds the coding panels for the study just opened. */
    void install(StudyService service) {
        EditHistory history = new EditHistory(service);
        CodingActions actions = new CodingActions(service, history, Clock.systemUTC());
        CodingModel coding = new CodingModel(service, actions, PinnedCodes.forStudy(service.shown().header().id()), host::playMoment);
        history.addListener(() -> {
            steps.updateNames();
            steps.forgetOldStatus();
        });
        CodingInspector inspector = new CodingInspector(coding);
        state.setCoding(coding, inspector);
        inspectorHolder.removeAll();
        inspectorHolder.add(inspector, BorderLayout.CENTER);
        inspectorHolder.revalidate();
        workTabs.removeAll();
        waiting.clear();
        addTab(Texts.get("tab.short.pairs"), Texts.get("tab.pairs"), new PairsPanel(coding));
        // the tabs that show the whole study wait for it while a large study's first look is shown (decision 0026)
        addTab(Texts.get("tab.short.moments"), Texts.get("tab.moments"), shownOnceWhole(service, () -> new MomentTablePanel(coding)));
        addTab(Texts.get("tab.short.themes"), Texts.get("tab.themes"), shownOnceWhole(service, () -> new ThemeBoard(coding)));
        addTab(Texts.get("tab.short.matrix"), Texts.get("tab.matrix"), shownOnceWhole(service, () -> new MatrixPanel(coding)));
        addTab(Texts.get("tab.short.summary"), Texts.get("tab.summary"), shownOnceWhole(service, () -> new SummaryPanel(coding)));
        addTab(Texts.get("tab.agreement"), Texts.get("tab.agreementTip"), shownOnceWhole(service, () -> new org.iprstudio.ui.agreement.AgreementPanel(coding)));
        coding.addListener(new CodingModel.Listener() {
            @Override
            public void sessionChanged() {
                host.whoChanged();
            }

            @Override
            public void studyChanged() {
                host.whoChanged(); // a round started or closed
            }
        });
        coding.addListener(new CodingModel.Listener() {
            @Override
            public void studyChanged() {
                host.pairsChanged();
            }

            @Override
            public void selectionChanged() {
                coding.selection().map(CodingModel.Selection::moment)
                        .filter(m -> state.currentSession() != null && coding.sessionOf(m).id().equals(state.currentSession().id()))
                        .ifPresent(timeline::select);
                updatePinNames();
                steps.forgetOldStatus();
            }
        });
        steps.updateNames();
        updatePinNames();
    }

    /** The panels that wait for the whole study, by the index of their tab, each built once it is read. */
    private final java.util.Map<Integer, java.util.function.Supplier<JComponent>> waiting = new java.util.TreeMap<>();

    /** A panel of the whole study for the tab added next: built now if it is read, else a notice in its place until {@link #wholeStudyRead}. */
    private JComponent shownOnceWhole(StudyService service, java.util.function.Supplier<JComponent> panel) {
        if (service.isWhole()) {
            return panel.get();
        }
        waiting.put(workTabs.getTabCount(), panel);
        JLabel notice = new JLabel(Texts.get("coding.readingWholeStudy"), javax.swing.SwingConstants.CENTER);
        notice.setName("readingWholeStudy");
        notice.setEnabled(false);
        return notice;
    }

    /** The whole study is read: the panels that waited for it take their tabs. */
    void wholeStudyRead() {
        var built = new java.util.TreeMap<>(waiting);
        waiting.clear();
        built.forEach((tab, panel) -> workTabs.setComponentAt(tab, panel.get()));
    }

    private void addTab(String title, String tooltip, JComponent panel) {
        workTabs.addTab(title, null, panel, tooltip);
    }

    /** The study closed: the panels go, the inspector says there is no study. */
    void clear() {
        inspectorHolder.removeAll();
        inspectorHolder.add(new JLabel(Texts.get("status.noStudy")), BorderLayout.NORTH);
        inspectorHolder.revalidate();
        inspectorHolder.repaint();
        workTabs.removeAll();
        waiting.clear();
        steps.updateNames();
        updatePinNames();
    }

    private void applyPinned(int index) {
        CodingModel coding = state.coding();
        if (coding == null) {
            return;
        }
        List<Code> pins = coding.pins().codes(state.service().shown());
        if (index < pins.size()) {
            try {
                if (!coding.toggle(pins.get(index))) {
                    status.setText(Texts.get("coding.nothingSelected"));
                }
            } catch (RuntimeException e) {
                JOptionPane.showMessageDialog(inspectorHolder, ErrorText.of(e), Texts.get("coding.title"), JOptionPane.WARNING_MESSAGE);
            }
        }
    }

    /** The keys 1 to 9 are named after the codes pinned to them; a key without a code is off. */
    void updatePinNames() {
        List<Code> pins = state.coding() == null ? List.of() : state.coding().pins().codes(state.service().shown()); // codes: in a first look too
        for (int i = 0; i < pinActions.size(); i++) {
            ShortcutAction action = pinActions.get(i);
            action.putValue(Action.NAME, i < pins.size() ? Texts.get("coding.pinAction", i + 1, pins.get(i).name()) : Texts.get("action.pin" + (i + 1) + ".name"));
            action.setEnabled(i < pins.size());
        }
    }
}
