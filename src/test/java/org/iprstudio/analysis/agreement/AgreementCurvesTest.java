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

    @Test
    void aSessionWithAPerspectiveMissingHasNoCurve() {
        Session d025 = demo.sessions().stream().filter(s -> s.number() == 5 && demo.dyad(s.dyadId()).code().equals("D02")).findFirst().orElseThrow();
        assertThat(PerspectiveAgreement.marksOf(demo, d025)).isEmpty();
        assertThat(AgreementCurves.of(demo).session(d025.id())).isEmpty();
    }
}
