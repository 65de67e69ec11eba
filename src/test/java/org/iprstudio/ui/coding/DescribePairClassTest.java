package org.iprstudio.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iprstudio.analysis.Pairing;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The pairs table and the inspector name a researcher's class next to the ratings' own. */
class DescribePairClassTest {
    @Test
    void aClassTheResearcherSetAgainstTheRatingsSaysSoAndTheOthersStayPlain() {
        Study demo = TestStudies.demo();
        List<SessionPairing.Line> overridden = new ArrayList<>();
        List<SessionPairing.Line> plain = new ArrayList<>();
        for (Session session : demo.sessions()) {
            for (SessionPairing.Line line : SessionPairing.of(demo, session).kept()) {
                (line.pairClass() == Pairing.classify(line.client(), line.therapist()) ? plain : overridden).add(line);
            }
        }
        assertThat(overridden).as("the demo's researcher decisions against the ratings").isNotEmpty();
        assertThat(plain).isNotEmpty();
        SessionPairing.Line hinderingHelpfulConvergent = overridden.stream()
                .filter(l -> l.pairClass() == org.iprstudio.domain.PairClass.CONVERGENT).findFirst().orElseThrow();
        assertThat(Describe.pairClass(hinderingHelpfulConvergent)).isEqualTo("convergent, set by the researcher; ratings diverge");
        for (SessionPairing.Line line : plain) {
            assertThat(Describe.pairClass(line)).isEqualTo(Describe.pairClass(line.pairClass()));
        }
    }
}
