package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class AgreementCurvesTest {
    private final Study demo = TestStudies.demo();

    @Test
    void theStudysPooledCurveIsTheCurveOfAllComparedSessionsMatchedTogether() {
        AgreementCurves curves = AgreementCurves.of(demo);
        List<MarkAgreement.Marks> compared = new ArrayList<>();
        for (Session s : demo.sessions()) {
            PerspectiveAgreement.marksOf(demo, s).ifPresent(compared::add);
        }
        assertThat(compared).hasSize(3); // D02/5 lacks the therapist's recall
        assertThat(curves.study()).isEqualTo(MarkAgreement.curve(compared, AgreementCurves.FINE_WINDOWS));
        assertThat(curves.sessions()).hasSize(3);
        assertThat(AgreementCurves.ofSessions(demo, demo.sessions())).isEqualTo(curves.study());
        for (Session s : demo.sessions()) {
            assertThat(AgreementCurves.ofSessions(demo, List.of(s))).isEqualTo(curves.session(s.id()).orElse(List.of()));
        }
        assertThat(curves.dyads()).containsOnlyKeys("D01", "D02");
        // the coarse curve of the agreement command is the fine one every fifth second
        List<MarkAgreement.CurvePoint> coarse = PerspectiveAgreement.of(demo).curve();
        for (MarkAgreement.CurvePoint p : coarse) {
            assertThat(curves.study().get((int) (p.window().millis() / 1000))).isEqualTo(p);
        }
    }

    /** The curve's sweep finds as many matches as the optimal assignment, and as trying every matching, on random marks. */
    @Test
    void theSweepFindsTheMostMatchesAsTheAssignmentAndTheExhaustiveSearchDo() {
        TestStudies t = new TestStudies();
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 300; round++) {
            List<org.iprstudio.domain.Moment> client = new ArrayList<>();
            List<org.iprstudio.domain.Moment> therapist = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            int m = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                client.add(t.moment(t.clientPass, clock(random.nextInt(240)), 5, ""));
            }
            for (int i = 0; i < m; i++) {
                therapist.add(t.moment(t.therapistPass, clock(random.nextInt(240)), 5, ""));
            }
            MarkAgreement.Marks marks = new MarkAgreement.Marks(client, therapist);
            for (long w : new long[] {0, 5_000, 20_000, 60_000}) {
                int sweep = MarkAgreement.curve(List.of(marks), List.of(org.iprstudio.domain.MediaTime.ofMillis(w))).get(0).agreement().matches();
                int assignment = MarkAgreement.of(marks, new org.iprstudio.domain.PairingWindow(org.iprstudio.domain.MediaTime.ofMillis(w),
                        org.iprstudio.domain.MediaTime.ofMillis(w))).matches();
                int exhaustive = org.iprstudio.testing.BruteForceMarks.match(client, therapist, w, w, false).matches();
                assertThat(sweep).as("round %d, window %d ms", round, w).isEqualTo(assignment).isEqualTo(exhaustive);
            }
        }
    }

    /** Whole seconds within four minutes, so that marks often collide and chains of near marks form. */
    private static String clock(int seconds) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    @Test
    void aSessionWithAPerspectiveMissingHasNoCurve() {
        Session d025 = demo.sessions().stream().filter(s -> s.number() == 5 && demo.dyad(s.dyadId()).code().equals("D02")).findFirst().orElseThrow();
        assertThat(PerspectiveAgreement.marksOf(demo, d025)).isEmpty();
        assertThat(AgreementCurves.of(demo).session(d025.id())).isEmpty();
    }
}
