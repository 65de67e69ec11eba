package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTabbedPane;
import org.iprstudio.testing.Clipping;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The main window on a 1280x800 laptop screen: every work tab can be seen and clicked, the study
 * tree's rows and the labels and buttons of each tab and of the inspector are whole.
 */
@Tag("gui")
class LaptopScreenGuiTest extends DemoWindowTestBase {
    private static javax.swing.LookAndFeel before;

    /** The look the program has (FlatLaf): its fonts and paddings decide what fits, not Swing's default look's. */
    @org.junit.jupiter.api.BeforeAll
    static void theProgramsLook() {
        before = javax.swing.UIManager.getLookAndFeel();
        org.assertj.swing.edt.GuiActionRunner.execute(() -> com.formdev.flatlaf.FlatLightLaf.setup());
    }

    @org.junit.jupiter.api.AfterAll
    static void theTestsLookAgain() {
        org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            try {
                javax.swing.UIManager.setLookAndFeel(before);
            } catch (javax.swing.UnsupportedLookAndFeelException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    void prepare(MainWindow w) {
        w.selectSession("D01/3");
    }

    private void onALaptop() {
        window.resizeTo(new Dimension(1280, 800));
        robot.waitForIdle();
    }

    @Test
    void everyWorkTabIsOnShowAndOpensWithAClick() {
        onALaptop();
        JTabbedPane tabs = window.tabbedPane("workTabs").target();
        assertThat(edt(() -> Clipping.hiddenTabs(tabs))).isEmpty();
        int last = edt(tabs::getTabCount) - 1;
        window.tabbedPane("workTabs").selectTab(last); // a click on the tab itself, as a user would
        assertThat(edt(tabs::getSelectedIndex)).isEqualTo(last);
    }

    @Test
    void theStudyTreeShowsItsRowsWhole() {
        onALaptop();
        assertThat(edt(() -> Clipping.cutRows(window.tree("studyTree").target()))).isEmpty();
    }

    @Test
    void noLabelOrButtonIsCutInAnyWorkTabOrTheInspector() {
        onALaptop();
        JTabbedPane tabs = window.tabbedPane("workTabs").target();
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < edt(tabs::getTabCount); i++) {
            window.tabbedPane("workTabs").selectTab(i);
            robot.waitForIdle();
            String tab = edt(() -> tabs.getTitleAt(tabs.getSelectedIndex()));
            edt(() -> Clipping.cutTexts(frame.getContentPane())).forEach(c -> cut.add(tab + " > " + c));
        }
        assertThat(cut).isEmpty();
    }
}
