package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JTable;
import org.assertj.swing.fixture.JTableFixture;
import org.iprstudio.analysis.agreement.MarkAgreement;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.BruteForceMarks;
import org.iprstudio.ui.agreement.OffsetHistogram;
import org.iprstudio.ui.agreement.WindowCurvePlot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Agreement tab on the demo: every line's figures against the marks matched by hand from the
 * study's moments, the plots following the chosen session, and the tab following a new moment.
 */
@Tag("gui")
class AgreementGuiTest extends DemoWindowTestBase {
    @Override
    void prepare(MainWindow w) {
        w.selectSession("D01/3");
    }

    private Study study() {
        return edt(() -> frame.service().study());
    }

    private JTableFixture agreementTable() {
        // the last tab lies behind the tab row's scroll arrow on this screen: chosen as the tab list's menu would
        edt(() -> {
            javax.swing.JTabbedPane tabs = window.tabbedPane("workTabs").target();
            tabs.setSelectedIndex(tabs.indexOfTab(Texts.get("tab.agreement")));
            return null;
        });
        robot.waitForIdle();
        return window.table("agreementTable");
    }

    private int rowLabelled(String label) {
        return edt(() -> {
            JTable table = window.table("agreementTable").target();
            for (int row = 0; row < table.getRowCount(); row++) {
                if (label.equals(table.getValueAt(row, 0))) {
                    return row;
                }
            }
            throw new AssertionError("No agreement line " + label);
        });
    }

    private List<String> cells(String label) {
        int row = rowLabelled(label);
        return edt(() -> {
            JTable table = window.table("agreementTable").target();
            List<String> cells = new ArrayList<>();
            for (int c = 1; c < table.getColumnCount(); c++) {
                cells.add(String.valueOf(table.getValueAt(row, c)));
            }
            return cells;
        });
    }

    private Session session(Study study, String dyad, int number) {
        return study.sessions().stream().filter(s -> s.number() == number && study.dyad(s.dyadId()).code().equals(dyad)).findFirst().orElseThrow();
    }

    private BruteForceMarks.Result expected(Study study, Session s) {
        long before = study.header().protocol().pairingWindow().before().millis();
        long after = study.header().protocol().pairingWindow().after().millis();
        var sides = BruteForceMarks.clientAndTherapist(study, s).orElseThrow();
        return BruteForceMarks.match(sides.get(0), sides.get(1), before, after, true);
    }

    /** Client, therapist, M, agreement and the median offset as the tab should word them. */
    private static List<String> words(BruteForceMarks.Result r) {
        double median = r.quantile(0.5);
        return List.of(String.valueOf(r.first()), String.valueOf(r.second()), String.valueOf(r.matches()),
                String.format(Locale.ROOT, "%.3f", r.agreement()), String.format(Locale.ROOT, "%+.1f s", median / 1000));
    }

    private WindowCurvePlot curve() {
        return (WindowCurvePlot) window.robot().finder().findByName(frame, "agreementCurve", true);
    }

    private OffsetHistogram histogram() {
        return (OffsetHistogram) window.robot().finder().findByName(frame, "offsetHistogram", true);
    }

    /** The agreement at each plotted window, matched by hand from the anchors alone. */
    private static void assertCurveOf(List<MarkAgreement.CurvePoint> curve, List<Moment> client, List<Moment> therapist) {
        assertThat(curve).hasSize(61);
        for (MarkAgreement.CurvePoint p : curve) {
            long w = p.window().millis();
            BruteForceMarks.Result r = BruteForceMarks.match(client, therapist, w, w, false);
            assertThat(p.agreement().matches()).as("matches at ±" + w + " ms").isEqualTo(r.matches());
            assertThat(p.agreement().proportion().value()).as("agreement at ±" + w + " ms").isEqualTo(r.agreement());
        }
    }

    @Test
    void showsTheDemosFiguresPerSessionDyadAndStudyAndThePlotFollowsTheSession() {
        Study study = study();
        JTableFixture table = agreementTable();
        List<BruteForceMarks.Result> all = new ArrayList<>();
        for (Dyad dyad : study.dyads()) {
            List<BruteForceMarks.Result> parts = new ArrayList<>();
            for (Session s : study.sessions()) {
                if (!s.dyadId().equals(dyad.id())) {
                    continue;
                }
                String label = dyad.code() + "/" + s.number();
                if (BruteForceMarks.clientAndTherapist(study, s).isEmpty()) {
                    assertThat(cells(label).get(3)).startsWith("not compared").contains("Therapist recall (T02) missing");
                    continue;
                }
                BruteForceMarks.Result r = expected(study, s);
                assertThat(cells(label).subList(0, 5)).as(label).containsExactlyElementsOf(words(r));
                parts.add(r);
            }
            all.addAll(parts);
            assertThat(cells(Texts.get("agreement.dyadLabel", dyad.code(), parts.size())).subList(0, 5)).as(dyad.code())
                    .containsExactlyElementsOf(words(BruteForceMarks.Result.sum(parts)));
        }
        assertThat(cells(Texts.get("agreement.studyLabel", 3)).subList(0, 5)).containsExactlyElementsOf(words(BruteForceMarks.Result.sum(all)));
        assertThat(window.label("observersHeading").text()).isNotEmpty();
        assertThat(window.label("observersNone").text()).contains("No session of this study has two recalls of the same perspective");

        // the session on show (D01/3) is the line chosen, and the plots show it
        Session d013 = session(study, "D01", 3);
        var d013Sides = BruteForceMarks.clientAndTherapist(study, d013).orElseThrow();
        table.requireSelectedRows(rowLabelled("D01/3"));
        List<MarkAgreement.CurvePoint> first = edt(() -> curve().curve());
        assertCurveOf(first, d013Sides.get(0), d013Sides.get(1));
        assertThat(edt(() -> histogram().offsets())).containsExactlyInAnyOrderElementsOf(expected(study, d013).offsets());

        // choosing another session's line redraws the plots with that session's data
        table.selectRows(rowLabelled("D02/3"));
        Session d023 = session(study, "D02", 3);
        var d023Sides = BruteForceMarks.clientAndTherapist(study, d023).orElseThrow();
        List<MarkAgreement.CurvePoint> second = edt(() -> curve().curve());
        assertThat(second).isNotEqualTo(first);
        assertCurveOf(second, d023Sides.get(0), d023Sides.get(1));
        assertThat(edt(() -> histogram().offsets())).containsExactlyInAnyOrderElementsOf(expected(study, d023).offsets());
        assertThat(edt(() -> curve().title())).contains("D02/3");

        // a session with a perspective missing has no curve, and says so instead of drawing one
        table.selectRows(rowLabelled("D02/5"));
        assertThat(edt(() -> curve().curve())).isEmpty();
        assertThat(edt(() -> histogram().offsets())).isEmpty();

        // choosing a session in the study tree chooses its line
        edt(() -> frame.selectSession("D01/5"));
        robot.waitForIdle();
        table.requireSelectedRows(rowLabelled("D01/5"));
    }

    @Test
    void aNewMomentChangesTheFiguresAtOnce() {
        JTableFixture table = agreementTable();
        Study study = study();
        Session d013 = session(study, "D01", 3);
        BruteForceMarks.Result before = expected(study, d013);
        assertThat(cells("D01/3").subList(0, 5)).containsExactlyElementsOf(words(before));
        // a therapist mark 5 s after an unmatched client mark gives one match more
        Moment lonely = BruteForceMarks.clientAndTherapist(study, d013).orElseThrow().get(0).stream()
                .filter(m -> study.moments().stream().noneMatch(t -> study.pass(t.passId()).sessionId().equals(d013.id())
                        && study.pass(t.passId()).perspective() == Role.THERAPIST && Math.abs(t.anchor().millis() - m.anchor().millis()) <= 60_000))
                .findFirst().orElseThrow();
        RecallPass therapistPass = study.passesOf(d013.id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst().orElseThrow();
        Moment added = new Moment(java.util.UUID.randomUUID(), therapistPass.id(), lonely.anchor().plus(org.iprstudio.domain.MediaTime.ofSeconds(5)), null,
                lonely.initiator(), "added by the test", lonely.timeFrame(), lonely.helpfulness(), lonely.intensity(), lonely.createdAt());
        edt(() -> {
            frame.service().put(added);
            return null;
        });
        robot.waitForIdle();
        BruteForceMarks.Result after = expected(study(), d013);
        assertThat(after.matches()).isEqualTo(before.matches() + 1);
        assertThat(cells("D01/3").subList(0, 5)).containsExactlyElementsOf(words(after));
        table.requireSelectedRows(rowLabelled("D01/3"));
        assertThat(edt(() -> histogram().offsets())).hasSize(after.matches());
    }
}
