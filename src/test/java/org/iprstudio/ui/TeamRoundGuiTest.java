package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.swing.JTable;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Moment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind coding round on the demo, through the real dialogs: the lead starts it, coder AB and
 * then coder CD code the same moment at the same screen, each seeing only their own codes, the lead
 * closes it, the comparison shows the disagreement first, the team decides it, and the History
 * shows who did what.
 */
@Tag("gui")
class TeamRoundGuiTest extends DemoWindowTestBase {
    @TempDir
    Path exports;

    @Override
    void prepare(MainWindow w) {
        w.selectSession("D02/3");
    }

    private void workAs(String initials, String name) {
        window.menuItemWithPath("Study", "Who is working...").click();
        DialogFixture who = WindowFinder.findDialog("whoDialog").using(robot);
        who.textBox("whoInitials").setText(initials);
        who.textBox("whoName").setText(name);
        who.textBox("whoInitials").requireText(initials);
        // Enter in the name field (OK is the default button): on a loaded machine a click on a dialog just shown can miss it
        who.textBox("whoName").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        // the window works as the new person once the modal dialog has returned
        try {
            awaitTrue("the title to name " + initials, () -> frame.getTitle().contains(" - " + initials));
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new AssertionError("Not working as " + initials + ": " + onScreen(), e);
        }
    }

    /** Waits (on the event thread's view) for what follows a modal dialog's return. */
    private void awaitTrue(String what, java.util.concurrent.Callable<Boolean> test) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return edt(test);
            }
        }, org.assertj.swing.timing.Timeout.timeout(10_000));
    }

    /** What is on screen when a wait times out: the dialogs still showing, and the title. */
    private String onScreen() {
        return edt(() -> frame.getTitle() + " | dialogs: " + java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> w.isShowing() && w instanceof javax.swing.JDialog).map(w -> ((javax.swing.JDialog) w).getTitle()).toList());
    }

    private DialogFixture rounds() {
        window.menuItemWithPath("Study", "Coding rounds...").click();
        return WindowFinder.findDialog("roundsDialog").using(robot);
    }

    /** The therapist's 28:00 moment of D02/3 ("I talked too much here"), selected in the pairs table. */
    private Moment selectTherapistOnlyMoment() {
        Moment moment = edt(() -> frame.coding().pairing().orElseThrow().therapistOnly().get(0));
        window.tabbedPane("workTabs").selectTab(0);
        JTable table = window.table("pairsTable").target();
        int row = edt(() -> {
            for (int r = 0; r < table.getRowCount(); r++) {
                if ("28:00".equals(table.getValueAt(r, 1))) {
                    return r;
                }
            }
            return -1;
        });
        window.table("pairsTable").selectRows(row);
        return moment;
    }

    private void applyByTypeAhead(String text) {
        window.table("pairsTable").focus();
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_K).modifiers(CTRL));
        window.textBox("codeSearch").enterText(text);
        window.textBox("codeSearch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        robot.waitForIdle();
    }

    private boolean showing(String name) {
        return !robot.finder().findAll(frame, c -> name.equals(c.getName()) && c.isShowing()).isEmpty();
    }

    private Set<String> studyCodesOf(Moment m) {
        return edt(() -> frame.service().study().codingsOf(m.id()).stream()
                .map(c -> ((Code) frame.service().study().find(c.codeId()).orElseThrow()).name()).collect(Collectors.toSet()));
    }

    @Test
    void twoCodersCodeBlindTheLeadClosesTheTeamDecidesAndTheHistorySaysWhoDidWhat() throws Exception {
        Moment moment = selectTherapistOnlyMoment();
        Set<String> before = studyCodesOf(moment);
        assertThat(before).contains("uncertainty about method");

        // the lead starts a round on the session on show, with the whole codebook
        workAs("LD", "Lead researcher");
        DialogFixture dialog = rounds();
        dialog.button("roundStartNew").click();
        DialogFixture start = WindowFinder.findDialog("startRoundDialog").using(robot);
        int d02s3 = edt(() -> frame.service().study().sessions().indexOf(frame.service().study().sessionByLabel("D02/3").orElseThrow()));
        start.list("roundSessions").selectItem(d02s3);
        start.textBox("roundName").deleteText().enterText("Round 1");
        start.textBox("roundCoders").deleteText().enterText("AB, CD");
        start.button("roundStart").click();
        DialogFixture shown = dialog;
        // the round list is filled once the modal start dialog has returned
        awaitTrue("the new round to be listed", () -> shown.label("roundInfo").target().getText().contains("Round 1 is open"));
        assertThat(dialog.label("roundInfo").text()).contains("AB, CD");
        dialog.button("roundsDone").click();

        // coder AB: the study's own code on the moment is hidden; AB's code goes to the round, not the study
        workAs("AB", "Coder A");
        assertThat(frame.getTitle()).contains(" - AB, coding blind in Round 1 - ");
        selectTherapistOnlyMoment();
        assertThat(showing("applied:uncertainty about method")).isFalse();
        applyByTypeAhead("irrit");
        assertThat(showing("applied:CT-irritation")).isTrue();
        assertThat(studyCodesOf(moment)).isEqualTo(before);

        // coder CD at the same screen sees nothing of AB's, and codes differently
        workAs("CD", "Coder C");
        selectTherapistOnlyMoment();
        assertThat(showing("applied:CT-irritation")).isFalse();
        window.label("noCodes").requireVisible();
        applyByTypeAhead("monitoring alliance");
        assertThat(showing("applied:monitoring alliance")).isTrue();
        assertThat(showing("applied:CT-irritation")).isFalse();

        // the lead closes the round: the disagreement comes first
        workAs("LD", "Lead researcher");
        assertThat(frame.getTitle()).contains(" - LD - ");
        assertThat(showing("applied:uncertainty about method")).isTrue(); // the lead codes no round: the study's coding
        dialog = rounds();
        dialog.list("roundsList").selectItem(0);
        dialog.button("roundClose").click();
        JOptionPaneFinder.findOptionPane().using(robot).okButton().click();
        robot.waitForIdle();
        JTable comparison = dialog.table("comparisonTable").target();
        int coders = 2;
        assertThat(edt(() -> comparison.getColumnName(3) + comparison.getColumnName(4))).isEqualTo("ABCD");
        assertThat(edt(() -> comparison.getValueAt(0, 3))).isEqualTo("CT-irritation");
        assertThat(edt(() -> comparison.getValueAt(0, 4))).isEqualTo("monitoring alliance");
        assertThat(edt(() -> comparison.getValueAt(0, 3 + coders))).isEqualTo("to decide");
        assertThat(dialog.label("roundInfo").text()).contains("1 disagreement").contains("1 still to decide");

        // the team keeps CD's code, with a note: it becomes the study's coding of the moment
        dialog.table("comparisonTable").selectRows(0);
        dialog.button("roundDecide").click();
        DialogFixture decide = WindowFinder.findDialog("decideDialog").using(robot);
        decide.checkBox("decideCode:CT-irritation").uncheck();
        decide.checkBox("decideCode:monitoring alliance").check();
        decide.textBox("decideNote").enterText("he monitors, he is not irritated");
        decide.button("decideOk").click();
        robot.waitForIdle();
        assertThat(edt(() -> String.valueOf(comparison.getValueAt(0, 3 + coders)))).isEqualTo("monitoring alliance (he monitors, he is not irritated)");
        assertThat(dialog.label("roundInfo").text()).contains("0 still to decide");
        Set<String> after = studyCodesOf(moment);
        assertThat(after).contains("monitoring alliance").doesNotContain("CT-irritation", "uncertainty about method");

        // the statistics: a row per code and over all codes, a figure or its reason in words, never NaN
        dialog.tabbedPane("roundTabs").selectTab(1);
        JTable stats = dialog.table("statisticsTable").target();
        List<String> cells = edt(() -> {
            List<String> all = new java.util.ArrayList<>();
            for (int r = 0; r < stats.getRowCount(); r++) {
                for (int c = 0; c < stats.getColumnCount(); c++) {
                    all.add(String.valueOf(stats.getValueAt(r, c)));
                }
            }
            return all;
        });
        assertThat(cells).contains("All codes", "CT-irritation", "monitoring alliance").noneMatch(c -> c.contains("NaN"));
        dialog.button("roundsDone").click();

        // the history: who did what; filtered to AB, then exported
        window.menuItemWithPath("Study", "History...").click();
        DialogFixture history = WindowFinder.findDialog("historyDialog").using(robot);
        history.comboBox("historyWho").selectItem("AB");
        JTable events = history.table("historyTable").target();
        assertThat(edt(events::getRowCount)).isEqualTo(2); // joining the study, the round code
        assertThat(edt(() -> events.getValueAt(0, 3).toString())).contains("CT-irritation").contains("Round 1");
        history.comboBox("historyWho").selectItem("Everyone");
        history.button("historyExport").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().using(robot);
        chooser.setCurrentDirectory(exports.toFile());
        chooser.fileNameTextBox().setText("history.csv");
        chooser.approve();
        JOptionPaneFinder.findOptionPane().using(robot).okButton().click();
        history.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Close")).click();
        List<String> csv = Files.readAllLines(exports.resolve("history.csv"));
        assertThat(csv.get(0)).isEqualTo("when_utc,who,name,kind,what,target_id");
        List<AuditEvent> trail = edt(() -> List.copyOf(frame.service().study().team().audit()));
        assertThat(csv).hasSize(trail.size() + 1);
        assertThat(trail).extracting(AuditEvent::kind).contains(AuditKind.ROUND, AuditKind.CONSENSUS, AuditKind.CODING, AuditKind.TEAM);
        CodingRound closed = edt(() -> frame.service().study().team().roundNamed("Round 1").orElseThrow());
        assertThat(closed.isOpen()).isFalse();
        UUID unit = moment.id();
        assertThat(edt(() -> frame.service().study().team().decisionOn(closed.id(), unit).orElseThrow().decidedBy())).isEqualTo("LD");
    }
}
