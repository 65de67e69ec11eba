package org.iprstudio.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.bench.SyntheticStudy;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * The moment table renews one session's rows after a change within it: those rows must be exactly
 * the rows the whole table gives for that session (class, codes, themes and all), on the demo and on
 * a synthetic study of many dyads.
 */
class MomentRowsBySessionTest {
    @Test
    void aSessionsRowsAreThoseOfTheWholeTableForIt() {
        for (Study study : List.of(TestStudies.demo(), SyntheticStudy.build(20_000, 11))) {
            MomentRows.CodingsOf codingsOf = (session, unit) -> study.codingsOf(unit);
            List<MomentRows.Row> all = MomentRows.of(study, study, codingsOf);
            int compared = 0;
            for (Session session : study.sessions()) {
                List<MomentRows.Row> ofSession = MomentRows.ofSession(study, study, codingsOf, session);
                assertThat(ofSession).isEqualTo(all.stream().filter(r -> r.session().id().equals(session.id())).toList());
                compared += ofSession.size();
            }
            assertThat(compared).isEqualTo(all.size()).isPositive();
            assertThat(all).anyMatch(r -> !r.themeIds().isEmpty()).anyMatch(r -> !r.codeIds().isEmpty());
        }
    }
}
