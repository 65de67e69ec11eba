package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import javax.swing.JSpinner;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JSpinnerFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.iprstudio.domain.Protocol;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Study > Settings...: the rating scales' labels and the intensity scale's points are changed, refused where moments need them, saved, undone. */
@Tag("gui")
class ScaleSettingsGuiTest extends DemoWindowTestBase {

    private Protocol storedProtocol() {
        try (StudyStore store = new SqliteStudyFiles().openReadOnly(edt(() -> frame.service().file()))) {
            return store.load().header().protocol();
        }
    }

    private JOptionPaneFixture openScales(DialogFixture settings) {
        settings.button("newStudy.scales").click();
        return window.optionPane();
    }

    private JTableFixture table(String name) {
        return new JTableFixture(robot, robot.finder().findByName(name, JTable.class, true));
    }

    private JSpinnerFixture points() {
        return new JSpinnerFixture(robot, robot.finder().findByName("scales.intensityPoints", JSpinner.class, true));
    }

    @Test
    void theScalesAreChangedInSettingsKeptWhereMomentsNeedThemAndUndone() {
        Protocol before = storedProtocol();
        window.menuItemWithPath(Texts.get("menu.study"), Texts.get("menu.study.settings")).click();
        DialogFixture settings = window.dialog("settingsDialog");
        settings.label("newStudy.helpfulnessSummary").requireText(Pattern.compile("9 points: 1 extremely hindering \u2026 9 extremely helpful"));
        settings.label("newStudy.intensitySummary").requireText("5 points: 1 barely \u2026 5 very strongly");

        // four points would leave the demo's moments rated 5 off the scale: refused on Save, nothing stored
        JOptionPaneFixture scales = openScales(settings);
        table("scales.helpfulness").enterValue(TableCell.row(4).column(1), "neither");
        points().decrement();
        assertThat(table("scales.intensity").rowCount()).isEqualTo(4);
        scales.okButton().click();
        settings.label("newStudy.intensitySummary").requireText("4 points: 1 barely \u2026 4 " + before.intensity().labelOf(4));
        settings.button("newStudy.create").click();
        settings.label("newStudy.problem").requireText(Pattern.compile("(?s).*moments are already rated above 4 for intensity.*"));
        assertThat(storedProtocol()).isEqualTo(before);

        scales = openScales(settings);
        points().increment();
        table("scales.intensity").enterValue(TableCell.row(1).column(1), "somewhat");
        scales.okButton().click();
        settings.button("newStudy.create").click();
        settings.requireNotVisible();

        Protocol changed = storedProtocol();
        assertThat(changed.helpfulness().labelOf(5)).isEqualTo("neither");
        assertThat(changed.intensity().labelOf(2)).isEqualTo("somewhat");
        assertThat(changed.intensity().wholePoints()).hasSize(5);
        window.menuItemWithPath(Texts.get("menu.edit")).click();
        window.menuItem(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JMenuItem>(javax.swing.JMenuItem.class) {
            @Override
            protected boolean isMatching(javax.swing.JMenuItem item) {
                return item.isShowing() && item.getText().startsWith(Texts.get("edit.undo").split(" ")[0]);
            }
        }).click();
        assertThat(storedProtocol()).isEqualTo(before);
    }
}
