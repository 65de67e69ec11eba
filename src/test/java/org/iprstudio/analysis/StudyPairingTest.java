package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.iprstudio.bench.SyntheticStudy;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * Pairing every session at once, from the study's indexes by session, gives each session exactly
 * the pairing it gets with the whole study's stored pairs in study order: also after pairs were
 * decided again (the index then keeps them last) and removed.
 */
class StudyPairingTest {
    private static void assertSameAsWithEveryStoredPair(Study study) {
        Map<UUID, SessionPairing> all = StudyPairing.of(study);
        assertThat(all.keySet()).containsExactlyElementsOf(study.sessions().stream().map(Session::id).toList());
        for (Session session : study.sessions()) {
            SessionPairing reference = SessionPairing.of(study, session, study.passesOf(session.id()), study.pairs());
            assertThat(all.get(session.id())).as("session %s", session.id()).isEqualTo(reference);
            assertThat(SessionPairing.of(study, session)).isEqualTo(reference);
        }
    }

    @Test
    void theDemoPairsAsWithEveryStoredPair() {
        assertSameAsWithEveryStoredPair(TestStudies.demo());
    }

    @Test
    void aLargerStudyPairsAsWithEveryStoredPairAfterPairsAreDecidedAgainAndRemoved() {
        Study study = SyntheticStudy.build(20_000, 11);
        Random random = new Random(5);
        List<MomentPair> pairs = new ArrayList<>(study.pairs());
        assertThat(pairs).hasSizeGreaterThan(500);
        for (int i = 0; i < 300; i++) {
            MomentPair pair = pairs.get(random.nextInt(pairs.size()));
            if (study.find(pair.id()).isEmpty()) {
                continue;
            }
            if (random.nextInt(4) == 0) {
                study.removalOf(pair.id()).forEach(e -> study.remove(e.id())); // its codings first
            } else {
                PairDecision decision = PairDecision.values()[random.nextInt(PairDecision.values().length)];
                study.put(new MomentPair(pair.id(), pair.firstMomentId(), pair.secondMomentId(), pair.method(), pair.pairClass(), decision,
                        pair.reason()));
            }
        }
        assertSameAsWithEveryStoredPair(study);
    }
}
