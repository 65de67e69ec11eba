package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The study's lookups (passes of a session, pairs and codes of a moment) follow every replacement and removal. */
class StudyIndexTest {
    private final TestStudies t = new TestStudies();
    private final Study study = t.study();

    @Test
    void replacedRecordsAreListedOnceInTheirNewStateAndRemovedOnesNotAtAll() {
        Moment c = t.moment(t.clientPass, "01:00", 3, "c");
        Moment th = t.moment(t.therapistPass, "01:10", 7, "t");
        study.put(c);
        study.put(th);
        RecallPass renamed = new RecallPass(t.clientPass.id(), t.session.id(), Role.CLIENT, t.client.id(), null, null, PassStatus.DONE, null);
        study.put(renamed);
        assertThat(study.passesOf(t.session.id())).hasSize(2).contains(renamed);

        MomentPair pair = new MomentPair(UUID.randomUUID(), c.id(), th.id(), PairMethod.AUTOMATIC, PairClass.DIVERGENT_VALENCE, null, "");
        study.put(pair);
        MomentPair confirmed = new MomentPair(pair.id(), c.id(), th.id(), PairMethod.AUTOMATIC, PairClass.DIVERGENT_VALENCE, PairDecision.CONFIRMED, "");
        study.put(confirmed);
        assertThat(study.pairsOf(c.id())).containsExactly(confirmed);
        assertThat(study.pairsOf(th.id())).containsExactly(confirmed);

        Code code = new Code(UUID.randomUUID(), null, "BOND", "", null, false);
        study.put(code);
        Coding coding = new Coding(UUID.randomUUID(), code.id(), c.id(), null);
        study.put(coding);
        Coding moved = new Coding(coding.id(), code.id(), th.id(), null);
        study.put(moved);
        assertThat(study.codingsOf(c.id())).isEmpty();
        assertThat(study.codingsOf(th.id())).containsExactly(moved);

        study.remove(moved.id());
        study.remove(confirmed.id());
        assertThat(study.codingsOf(th.id())).isEmpty();
        assertThat(study.pairsOf(c.id())).isEmpty();
        assertThat(study.removalOf(c.id())).containsExactly(c);
    }
}
