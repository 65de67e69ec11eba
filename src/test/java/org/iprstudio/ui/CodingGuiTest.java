package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.fixture.JTableFixture;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.ui.coding.PinnedCodes;
import org.iprstudio.ui.timeline.PairLink;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The coding view driven as a researcher drives it: pair decisions, coding by keyboard, dragging a code onto a theme, undo and redo. */
@Tag("gui")
class CodingGuiTest extends DemoWindowTestBase {
    @Override
    void prepare(MainWindow w) {
        PinnedCodes.forget(w.service().study().header().id());
        w.open(w.service().file()); // again, so the window starts with no pins
        w.selectSession("D02/3");
    }


    private Study study() {
        return edt(() -> frame.service().study());
    }

    private JTableFixture pairsTable() {
        window.tabbedPane("workTabs").selectTab(0);
        return window.table("pairsTable");
    }

    /** The row of the pairs table whose client column shows this time. */
    private int rowWithClientAt(String time) {
        return edt(() -> {
            JTable table = window.table("pairsTable").target();
            for (int row = 0; row < table.getRowCount(); row++) {
                if (time.equals(table.getValueAt(row, 0))) {
                    return row;
                }
            }
            throw new AssertionError("No pair row with the client at " + time);
        });
    }

    private Moment clientMomentAt(String time) {
        return edt(() -> frame.service().study().moments().stream()
                .filter(m -> m.anchor().equals(MediaTime.parse(time)) && frame.service().study().pass(m.passId()).perspective() == org.iprstudio.domain.Role.CLIENT
                        && frame.service().study().session(frame.service().study().pass(m.passId()).sessionId()).number() == 3
                        && frame.service().study().dyad(frame.service().study().session(frame.service().study().pass(m.passId()).sessionId()).dyadId()).code().equals("D02"))
                .findFirst().orElseThrow());
    }

    private Optional<MomentPair> storedPairOf(Moment client) {
        return edt(() -> frame.service().study().pairsOf(client.id()).stream().findFirst());
    }

    private Code code(String name) {
        return edt(() -> frame.service().study().codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }

    private boolean coded(Moment moment, String codeName) {
        UUID codeId = code(codeName).id();
        return edt(() -> frame.service().study().codingsOf(moment.id()).stream().anyMatch(c -> c.codeId().equals(codeId)));
    }

    private void undo() {
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        robot.waitForIdle();
    }

    private void redo() {
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL, SHIFT));
        robot.waitForIdle();
    }

    @Test
    void pairDecisionsAreMadeInTheInspectorStoredAndDrawnOnTheMergedTimeline() {
        Moment client = clientMomentAt("01:30"); // "I was late ...": the therapist saw welcome, the client felt judged
        // nothing chosen yet: the inspector says how to begin, and shows no scroll bar with a cut line below it
        // (at a laptop's 1280x800 the hidden fields were still measured: a scroll bar and half a line showed)
        edt(() -> {
            frame.setSize(1280, 800);
            frame.validate();
            return null;
        });
        robot.waitForIdle();
        assertThat(showing("inspectorEmpty")).isTrue();
        assertThat(inspectorScrollBarShowing()).as("a scroll bar in the empty inspector").isFalse();
        pairsTable().selectRows(rowWithClientAt("1:30"));
        assertThat(showing("inspectorEmpty")).isFalse();
        assertThat(window.label("inspectorTitle").text()).contains("Pair").contains("1:30").contains("1:40");
        assertThat(player.seeks).isNotEmpty(); // choosing the row plays it
        assertThat(edt(() -> frame.timeline().view().links())).anySatisfy(l -> {
            assertThat(l.first()).isEqualTo(client.id());
            assertThat(l.kind()).isEqualTo(PairLink.Kind.DIVERGENT_VALENCE);
        });

        // undo the researchers' decision: the automatic suggestion comes back, undecided
        window.button("unpair").click();
        assertThat(storedPairOf(client)).isEmpty();
        assertThat(pairsTable().valueAt(org.assertj.swing.data.TableCell.row(rowWithClientAt("1:30")).column(4))).isEqualTo("suggested");
        assertThat(edt(() -> frame.timeline().view().links())).anySatisfy(l -> {
            assertThat(l.first()).isEqualTo(client.id());
            assertThat(l.kind()).isEqualTo(PairLink.Kind.SUGGESTED);
        });

        // keep it, then call it divergent in meaning, then reject it
        pairsTable().selectRows(rowWithClientAt("1:30"));
        window.button("keepPair").click();
        assertThat(storedPairOf(client)).hasValueSatisfying(p -> assertThat(p.decision()).isEqualTo(PairDecision.CONFIRMED));
        window.comboBox("pairClass").selectItem(java.util.regex.Pattern.compile("divergent in meaning"));
        assertThat(storedPairOf(client)).hasValueSatisfying(p -> assertThat(p.pairClass()).isEqualTo(PairClass.DIVERGENT_MEANING));
        window.button("rejectPair").click();
        assertThat(storedPairOf(client)).hasValueSatisfying(p -> assertThat(p.decision()).isEqualTo(PairDecision.REJECTED));
        assertThat(edt(() -> frame.timeline().view().links())).noneMatch(l -> l.first().equals(client.id()));
        assertThat(edt(() -> frame.coding().pairing().orElseThrow().clientOnly())).extracting(Moment::id).contains(client.id());

        // the decisions are in the file: reopen and look
        Path file = edt(() -> frame.service().file());
        edt(() -> frame.open(file));
        assertThat(storedPairOf(client)).hasValueSatisfying(p -> {
            assertThat(p.decision()).isEqualTo(PairDecision.REJECTED);
            assertThat(p.pairClass()).isEqualTo(PairClass.DIVERGENT_MEANING);
        });
    }

    @Test
    void codesAreAppliedByTypeAheadAndByPinnedNumberKeysAndUndoRedoWalksThemBackAndForth() {
        Moment therapistOnly = edt(() -> frame.coding().pairing().orElseThrow().therapistOnly().get(0)); // 28:00 "I talked too much here."
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
        assertThat(coded(therapistOnly, "CT-irritation")).isFalse();

        // Ctrl+K, type, Enter
        window.table("pairsTable").focus();
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_K).modifiers(CTRL));
        window.textBox("codeSearch").requireFocused();
        window.textBox("codeSearch").enterText("irrit");
        window.textBox("codeSearch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(coded(therapistOnly, "CT-irritation")).isTrue();
        window.button("applied:CT-irritation").requireVisible();
        // a name the codebook does not have yet: Enter makes the code and applies it
        window.textBox("codeSearch").enterText("talking too much");
        window.label("noCodeMatches").requireVisible();
        window.textBox("codeSearch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(coded(therapistOnly, "talking too much")).isTrue();
        undo();
        undo(); // the coding, then the new code
        assertThat(edt(() -> frame.service().study().codes().stream().noneMatch(c -> c.name().equals("talking too much")))).isTrue();
        assertThat(window.menuItemWithPath("Edit", "Undo apply code CT-irritation").target().isEnabled()).isTrue();
        window.label("status").requireText("Undone: .*");

        // pin a code in the codebook, then the key 1 applies it and takes it off again
        window.tabbedPane("workTabs").selectTab(2);
        JTree codebook = window.tree("codebookTree").target();
        window.tree("codebookTree").selectRow(rowOf(codebook, "monitoring alliance"));
        window.button("pin").click();
        assertThat(window.textBox("pinnedCodes").text()).contains("1 monitoring alliance");
        window.tabbedPane("workTabs").selectTab(0);
        window.table("pairsTable").focus();
        window.pressAndReleaseKeys(KeyEvent.VK_1);
        assertThat(coded(therapistOnly, "monitoring alliance")).isTrue();
        // the undo is old news after the next edit: the status line no longer speaks of it
        assertThat(window.label("status").text()).doesNotStartWith("Undone").contains("Every change is saved");

        // undo both codings, redo one, then a new edit drops the redo
        undo();
        assertThat(coded(therapistOnly, "monitoring alliance")).isFalse();
        undo();
        assertThat(coded(therapistOnly, "CT-irritation")).isFalse();
        assertThat(showing("applied:CT-irritation")).isFalse();
        assertThat(showing("applied:uncertainty about method")).isTrue(); // the demo's own code on this moment stays
        redo();
        assertThat(coded(therapistOnly, "CT-irritation")).isTrue();
        window.table("pairsTable").focus();
        window.pressAndReleaseKeys(KeyEvent.VK_1);
        assertThat(coded(therapistOnly, "monitoring alliance")).isTrue();
        // the undo is old news after the next edit: the status line no longer speaks of it
        assertThat(window.label("status").text()).doesNotStartWith("Undone").contains("Every change is saved");
        assertThat(window.menuItemWithPath("Edit", "Redo").target().isEnabled()).isFalse();
        window.pressAndReleaseKeys(KeyEvent.VK_1); // a pinned key is a toggle
        assertThat(coded(therapistOnly, "monitoring alliance")).isFalse();
    }

    @Test
    void aCodeDraggedOntoAThemeIsGroupedThereAndUndoTakesItOut() {
        window.tabbedPane("workTabs").selectTab(2);
        JTree codebook = window.tree("codebookTree").target();
        JTree themes = window.tree("themeTree").target();
        Code relief = code("relief");
        Theme strain = edt(() -> frame.service().study().themes().stream().filter(t -> t.name().equals("Strain and repair")).findFirst().orElseThrow());
        assertThat(strain.codeIds()).doesNotContain(relief.id());

        dragRow(codebook, rowOf(codebook, "relief"), themes, rowOf(themes, "Strain and repair"));

        Theme after = edt(() -> (Theme) frame.service().study().find(strain.id()).orElseThrow());
        assertThat(after.codeIds()).contains(relief.id());
        assertThat(edt(() -> rowOf(themes, "Strain and repair"))).isGreaterThanOrEqualTo(0);
        undo();
        assertThat(edt(() -> ((Theme) frame.service().study().find(strain.id()).orElseThrow()).codeIds())).doesNotContain(relief.id());
        redo();
        assertThat(edt(() -> ((Theme) frame.service().study().find(strain.id()).orElseThrow()).codeIds())).contains(relief.id());

        // themes move the same way: a subtheme dropped on another theme goes under it
        Theme quiet = edt(() -> frame.service().study().themes().stream().filter(t -> t.name().equals("Quiet withdrawal")).findFirst().orElseThrow());
        Theme work = edt(() -> frame.service().study().themes().stream().filter(t -> t.name().equals("Negotiating the work")).findFirst().orElseThrow());
        assertThat(quiet.parentId()).isEqualTo(strain.id());
        edt(() -> { // fold the board so both themes are on screen at once, as a user would
            for (int row = themes.getRowCount() - 1; row >= 0; row--) {
                themes.collapseRow(row);
            }
            return null;
        });
        int strainRow = rowOf(themes, "Strain and repair");
        edt(() -> {
            themes.expandRow(strainRow);
            return null;
        });
        robot.waitForIdle();
        int from = rowOf(themes, "Quiet withdrawal");
        int to = rowOf(themes, "Negotiating the work");
        window.tree("themeTree").selectRow(from);
        dragRow(themes, from, themes, to);
        assertThat(edt(() -> ((Theme) frame.service().study().find(quiet.id()).orElseThrow()).parentId())).isEqualTo(work.id());
        undo();
        assertThat(edt(() -> ((Theme) frame.service().study().find(quiet.id()).orElseThrow()).parentId())).isEqualTo(strain.id());
    }

    @Test
    void theMomentTableFiltersByACaseAttributeOfTheDyad() {
        org.iprstudio.domain.Dyad d01 = edt(() -> frame.service().study().dyads().get(0));
        edt(() -> {
            var attributes = new org.iprstudio.app.setup.CaseAttributes(frame.service(), frame.coding().actions().history());
            var outcome = attributes.define(org.iprstudio.domain.AttributeTarget.DYAD, "Outcome", org.iprstudio.domain.AttributeType.CHOICE,
                    java.util.List.of("improved", "unchanged"));
            attributes.setValue(outcome, d01.id(), "improved");
            return null;
        });
        long ofD01 = edt(() -> frame.service().study().moments().stream().filter(m -> {
            var pass = frame.service().study().pass(m.passId());
            return frame.service().study().session(pass.sessionId()).dyadId().equals(d01.id());
        }).count());
        window.tabbedPane("workTabs").selectTab(1);
        JTableFixture table = window.table("momentTable");
        window.comboBox("filterAttribute").selectItem("Outcome: improved");
        assertThat((long) table.rowCount()).isEqualTo(ofD01).isLessThan(63);
        window.comboBox("filterAttribute").selectItem("Outcome: unchanged");
        assertThat(table.rowCount()).isZero();
    }

    @Test
    void onALaptopTheMomentFiltersTakeTwoRowsAndEachShowsItsChoiceWhole() {
        // at 1280x800 one row cut all eight filters to "..." (they said nothing until opened)
        for (int width : new int[] {1280, 2400, 1280}) {
            edt(() -> {
                frame.setSize(width, 800);
                frame.validate();
                return null;
            });
            window.tabbedPane("workTabs").selectTab(1);
            robot.waitForIdle();
            javax.swing.JPanel filters = window.panel("momentFilters").target();
            int comboHeight = edt(() -> window.comboBox("filterDyad").target().getHeight());
            int rows = edt(() -> (filters.getHeight() + 4) / (comboHeight + 4));
            if (width == 1280) {
                assertThat(rows).as("rows at %d px", width).isBetween(2, 3); // one row cannot hold them whole there
            } else {
                assertThat(rows).as("rows at %d px", width).isEqualTo(1);
            }
            for (String name : new String[] {"filterDyad", "filterSession", "filterPerspective", "filterClass", "filterCode", "filterTheme",
                    "filterValence", "filterAttribute"}) {
                javax.swing.JComboBox<?> box = window.comboBox(name).target();
                int needed = edt(() -> Math.min(170, box.getPreferredSize().width));
                assertThat(edt(box::getWidth)).as("%s at %d px", name, width).isGreaterThanOrEqualTo(needed);
            }
            javax.swing.JLabel count = window.label("momentCount").target();
            assertThat(edt(count::getWidth)).isGreaterThanOrEqualTo(edt(() -> count.getPreferredSize().width));
        }
    }

    @Test
    void theMomentTableFollowsACodeAppliedAndUndoneUnderItsFilters() {
        // the table renews only the session's rows after a code is applied: filtered and counted as a full rebuild would
        window.tabbedPane("workTabs").selectTab(1);
        JTableFixture table = window.table("momentTable");
        window.comboBox("filterCode").selectItem("CT-irritation");
        int before = table.rowCount();
        Moment chosen = clientMomentAt("1:30");
        assertThat(coded(chosen, "CT-irritation")).isFalse();
        Code irritation = code("CT-irritation");
        edt(() -> {
            frame.coding().select(chosen);
            frame.coding().toggle(irritation);
            return null;
        });
        robot.waitForIdle();
        assertThat(table.rowCount()).isEqualTo(before + 1);
        window.label("momentCount").requireText((before + 1) + " of 63");
        assertThat(edt(() -> {
            JTable t = table.target();
            for (int row = 0; row < t.getRowCount(); row++) {
                if (t.getValueAt(row, 8).toString().equals(chosen.comment())) {
                    return t.getValueAt(row, 6).toString();
                }
            }
            return "";
        })).contains("CT-irritation");
        undo();
        robot.waitForIdle();
        assertThat(table.rowCount()).isEqualTo(before);
        window.label("momentCount").requireText(before + " of 63");
    }

    @Test
    void theSummaryFollowsAPairRejectedAndACodeAppliedAsAFreshSummaryWould() {
        window.tabbedPane("workTabs").selectTab(4);
        robot.waitForIdle();
        org.iprstudio.analysis.SessionPairing.Line kept = edt(() -> frame.coding().pairing().orElseThrow().kept().get(0));
        Code irritation = code("CT-irritation");
        edt(() -> {
            frame.coding().actions().reject(kept); // a pair of the session on show: its pairing changes
            frame.coding().select(kept.client());
            frame.coding().toggle(irritation); // a code: no pairing changes
            return null;
        });
        robot.waitForIdle();
        java.util.List<String> shown = edt(() -> summaryCells());
        java.util.List<org.iprstudio.analysis.DyadSummary> fresh = edt(() -> org.iprstudio.analysis.DyadSummary.of(frame.service().study(),
                org.iprstudio.analysis.StudyPairing.of(frame.service().study())));
        assertThat(shown).hasSize(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(shown.get(i)).as("line %d", i).startsWith((fresh.get(i).dyad() == null ? "" : fresh.get(i).dyad().code() + " ")
                    + fresh.get(i).pairs() + " ");
            assertThat(shown.get(i)).as("line %d", i).contains(Texts.get("coding.summary.ofMoments", fresh.get(i).clientOnly(), fresh.get(i).clientMoments()))
                    .contains(Texts.get("coding.summary.ofMoments", fresh.get(i).therapistOnly(), fresh.get(i).therapistMoments()));
        }
        undo();
        undo();
    }

    /** Each line of the summary table as its dyad and its count of pairs, then the rest of its cells. */
    private java.util.List<String> summaryCells() {
        JTable table = window.table("dyadSummary").target();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            StringBuilder line = new StringBuilder(row == table.getRowCount() - 1 ? "" : table.getValueAt(row, 0) + " ");
            for (int column = 1; column < table.getColumnCount(); column++) {
                line.append(table.getValueAt(row, column)).append(' ');
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void theMomentTableFiltersTheWholeStudyAndCuesTheChosenMoment() {
        window.tabbedPane("workTabs").selectTab(1);
        JTableFixture table = window.table("momentTable");
        assertThat(table.rowCount()).isEqualTo(63);
        window.comboBox("filterDyad").selectItem("D02");
        window.comboBox("filterClass").selectItem("divergent in valence");
        assertThat(table.rowCount()).isEqualTo(8); // the four pairs the therapist found helpful and the client hindering, both sides
        window.comboBox("filterPerspective").selectItem("Client");
        assertThat(table.rowCount()).isEqualTo(4);
        window.textBox("filterText").enterText("worksheet");
        assertThat(table.rowCount()).isEqualTo(1);
        int seeksBefore = edt(() -> player.seeks.size());
        table.selectRows(0);
        Moment chosen = edt(() -> frame.coding().selection().orElseThrow().moment());
        assertThat(chosen.comment()).contains("worksheet");
        assertThat(edt(() -> player.seeks.size())).isGreaterThan(seeksBefore);
        assertThat(edt(() -> player.seeks.get(player.seeks.size() - 1))).isEqualTo(chosen.playFrom());
        assertThat(edt(player::isPlaying)).as("a chosen moment waits, paused, for Play").isFalse();
        window.textBox("filterText").setText("");
        window.comboBox("filterClass").selectItem("All classes");
        window.comboBox("filterPerspective").selectItem("All perspectives");
        window.comboBox("filterTheme").selectItem("Strain and repair");
        int inMatrix = edt(() -> org.iprstudio.analysis.ThemeMatrix.of(frame.service().study(),
                frame.service().study().dyads().stream().filter(d -> d.code().equals("D02")).findFirst().orElseThrow().id())
                .rowOf("Strain and repair").total());
        assertThat(inMatrix).isGreaterThan(5);
        assertThat(table.rowCount()).isEqualTo(inMatrix); // the table and the matrix agree on what belongs to a theme
    }

    /** A real mouse drag (press, move in steps past the drag threshold, release), as a hand does it. */
    private void dragRow(JTree from, int fromRow, JTree to, int toRow) {
        java.awt.Rectangle source = edt(() -> from.getRowBounds(fromRow));
        java.awt.Rectangle target = edt(() -> to.getRowBounds(toRow));
        java.awt.Point start = new java.awt.Point(source.x + 20, source.y + source.height / 2);
        robot.pressMouse(from, start, org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        for (int step = 1; step <= 4; step++) {
            robot.moveMouse(from, new java.awt.Point(start.x + 3 * step, start.y + step));
        }
        java.awt.Point end = new java.awt.Point(target.x + 20, target.y + target.height / 2);
        for (int step = 1; step <= 6; step++) {
            robot.moveMouse(to, new java.awt.Point(end.x - 30 + 5 * step, end.y));
        }
        robot.releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    private boolean inspectorScrollBarShowing() {
        java.awt.Component inspector = robot.finder().findByName(frame, "codingInspector");
        return !robot.finder().findAll((java.awt.Container) inspector, c -> c instanceof javax.swing.JScrollBar bar
                && bar.getOrientation() == javax.swing.JScrollBar.VERTICAL && c.isShowing()).isEmpty();
    }

    private boolean showing(String name) {
        return !robot.finder().findAll(frame, c -> name.equals(c.getName()) && c.isShowing()).isEmpty();
    }

    /** The visible row whose code or theme has this name. */
    private int rowOf(JTree tree, String name) {
        return edt(() -> {
            for (int row = 0; row < tree.getRowCount(); row++) {
                Object o = ((DefaultMutableTreeNode) tree.getPathForRow(row).getLastPathComponent()).getUserObject();
                if (o instanceof Code c && c.name().equals(name) || o instanceof Theme t && t.name().equals(name)) {
                    tree.scrollRowToVisible(row);
                    return row;
                }
            }
            throw new AssertionError("No row named " + name + " in " + tree.getName());
        });
    }
}
