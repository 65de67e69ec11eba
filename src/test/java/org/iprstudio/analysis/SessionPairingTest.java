package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** On the demo study, the automatic suggestion finds by itself the pairs the outline's researchers kept. */
class SessionPairingTest {
    private final Study demo = TestStudies.demo();

    private static String key(SessionPairing.Line line) {
        return line.client().anchor().toShortClock() + ">" + line.therapist().anchor().toShortClock();
    }

    private Study withoutStoredPairs() {
        List<Entity> entities = demo.entitiesInDependencyOrder().stream()
                .filter(e -> !(e instanceof MomentPair))
                .filter(e -> !(e instanceof org.iprstudio.domain.Coding c && c.pairId() != null))
                .filter(e -> !(e instanceof org.iprstudio.domain.Memo m && m.target() == org.iprstudio.domain.MemoTarget.PAIR))
                .toList();
        return Study.of(demo.header(), entities);
    }

    @Test
    void theSuggestionFindsEveryPairTheResearchersKeptInsideTheWindow() {
        Study bare = withoutStoredPairs();
        for (String label : List.of("D01/3", "D02/3", "D01/5")) {
            var session = demo.sessionByLabel(label).orElseThrow();
            Set<String> keptInWindow = SessionPairing.of(demo, session).kept().stream()
                    .filter(l -> l.stored().method() == PairMethod.AUTOMATIC).map(SessionPairingTest::key).collect(Collectors.toSet());
            Set<String> suggested = SessionPairing.of(bare, bare.sessionByLabel(label).orElseThrow()).suggested().stream()
                    .map(SessionPairingTest::key).collect(Collectors.toSet());
            assertThat(suggested).as(label).isEqualTo(keptInWindow);
        }
    }

    @Test
    void dyadTwoSessionThreeShowsTheMaskedWithdrawalAsFourDivergentPairs() {
        SessionPairing pairing = SessionPairing.of(withoutStoredPairs(), demo.sessionByLabel("D02/3").orElseThrow());
        // by the ratings alone 7:10 (client 4, therapist 6) is divergent too; the demo's researchers judged it convergent,
        // which is why the class is a suggestion the researcher confirms or overrides
        assertThat(pairing.suggested().stream().filter(l -> l.pairClass() == PairClass.DIVERGENT_VALENCE).map(SessionPairingTest::key))
                .containsExactlyInAnyOrder("1:30>1:40", "7:10>7:20", "16:20>16:30", "24:10>24:20", "46:40>46:50");
        // 31:50 and 35:15 lie 205 s apart, outside the window: only a researcher links them
        assertThat(pairing.clientOnly()).extracting(m -> m.anchor().toShortClock()).containsExactly("31:50");
        assertThat(pairing.therapistOnly()).extracting(m -> m.anchor().toShortClock()).containsExactly("28:00", "35:15");
    }

    @Test
    void aMissingPerspectiveIsReportedNotBroken() {
        SessionPairing pairing = SessionPairing.of(demo, demo.sessionByLabel("D02/5").orElseThrow());
        assertThat(pairing.missing()).singleElement().satisfies(g -> {
            assertThat(g.perspective()).isEqualTo(Role.THERAPIST);
            assertThat(g.reason()).contains("Therapist ill");
        });
        assertThat(pairing.clientOnly()).hasSize(8);
        assertThat(pairing.kept()).isEmpty();
        assertThat(pairing.suggested()).isEmpty();
    }

    /**
     * A thread keeps its id sets from one session's pairing to the next (SessionPairing's scratch): the
     * demo's sessions (kept, rejected and missing perspectives) and a synthetic study's, paired one after
     * another on one thread, come out as each does alone on a thread of its own.
     */
    @Test
    void aPairingMadeAfterOthersOnTheSameThreadIsThePairingMadeAlone() throws Exception {
        Study synthetic = org.iprstudio.bench.SyntheticStudy.build(20_000, 7);
        for (Study study : List.of(demo, withoutStoredPairs(), synthetic)) {
            List<SessionPairing> inTurn = study.sessions().stream().map(session -> SessionPairing.of(study, session)).toList();
            for (int i = 0; i < study.sessions().size(); i++) {
                var session = study.sessions().get(i);
                var alone = java.util.concurrent.Executors.newSingleThreadExecutor();
                try {
                    assertThat(inTurn.get(i)).as(session.id().toString()).isEqualTo(alone.submit(() -> SessionPairing.of(study, session)).get());
                } finally {
                    alone.shutdown();
                }
            }
        }
    }
}
