package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class DyadSummaryTest {
    @Test
    void summarisesPairsOneSidedMomentsHelpfulnessAndTheMissingPerspective() {
        TestStudies t = new TestStudies();
        Study study = t.study();
        study.put(t.moment(t.clientPass, "02:00", 3, "hindering"));
        study.put(t.moment(t.therapistPass, "02:10", 7, "helpful"));
        study.put(t.moment(t.clientPass, "10:00", 8, "helpful"));
        study.put(t.moment(t.therapistPass, "10:05", 7, "helpful"));
        study.put(t.moment(t.clientPass, "30:00", 6, "alone"));

        List<DyadSummary> lines = DyadSummary.of(study, StudyPairing.of(study));

        assertThat(lines).hasSize(2);
        DyadSummary d01 = lines.get(0);
        assertThat(d01.pairs()).isEqualTo(2);
        assertThat(d01.suggested()).isEqualTo(2);
        assertThat(d01.convergent()).isEqualTo(1);
        assertThat(d01.divergentValence()).isEqualTo(1);
        assertThat(d01.shareConvergent()).isEqualTo(0.5);
        assertThat(d01.clientOnly()).isEqualTo(1);
        assertThat(d01.therapistOnly()).isZero();
        assertThat(d01.clientMoments()).isEqualTo(3);
        assertThat(d01.meanHelpfulnessDifference().getAsDouble()).isCloseTo(1.5, within(1e-9)); // (4 + -1) / 2
        assertThat(d01.meanAbsoluteHelpfulnessDifference().getAsDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(lines.get(1).dyad()).isNull();
    }

    @Test
    void onTheDemoD02IsMostlyDivergentAndMissesTheTherapistOfSessionFive() {
        Study demo = TestStudies.demo();
        List<DyadSummary> lines = DyadSummary.of(demo, StudyPairing.of(demo));
        DyadSummary d01 = lines.get(0);
        DyadSummary d02 = lines.get(1);
        assertThat(d01.dyad().code()).isEqualTo("D01");
        assertThat(d01.missing()).isEmpty();
        assertThat(d02.missing()).singleElement().satisfies(m -> {
            assertThat(m.session().number()).isEqualTo(5);
            assertThat(m.gap().perspective()).isEqualTo(Role.THERAPIST);
        });
        assertThat(d02.divergentValence()).isGreaterThanOrEqualTo(4);
        assertThat(d01.shareConvergent()).isGreaterThan(d02.shareConvergent());
        assertThat(d02.meanHelpfulnessDifference().getAsDouble()).isGreaterThan(d01.meanHelpfulnessDifference().getAsDouble());
        assertThat(lines.get(2).pairs()).isEqualTo(d01.pairs() + d02.pairs());
        assertThat(d01.suggested() + d02.suggested()).isZero(); // the demo ships with every pair decided
    }
}
