package org.iprstudio.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.SupervisionLog;
import org.iprstudio.testing.SupervisionStudies;
import org.junit.jupiter.api.Test;

class SupervisionSummaryTest {
    private final SupervisionStudies s = new SupervisionStudies();

    @Test
    void aSelfContainedPageWithEachMeetingAndLearningPointAndTheTextEscaped() {
        Study study = s.study();
        study.supervision().put(s.bySupervisor.withRecall("<script>alert(1)</script> & more"), study);
        study.supervision().put(new org.iprstudio.domain.LearningPoint(java.util.UUID.randomUUID(), s.byTrainee.id(), "Say <no> & mean it",
                org.iprstudio.domain.LearningStatus.ACHIEVED, java.time.LocalDate.of(2025, 3, 11)), study);
        String html = new SupervisionSummary(SupervisionLog.of(study, s.t.therapist), Instant.parse("2025-03-12T08:00:00Z")).render();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("default-src 'none'", "Supervision summary: T01 Halvor", "Generated 2025-03-12 08:00 UTC",
                "2025-03-11 · session D01/3 · supervisor SV1 Supervisor A", "Good first review.", "Ask before moving on.", "04:05 (stopped by the trainee)",
                "working on", "2 (1 achieved, 1 working on)", "2 stop(s) in the recording.", "Say &lt;no&gt; &amp; mean it");
        assertThat(html).doesNotContain("<script", "http:", "https:", "<img");
        // the supervisor's stop has no learning point, so its words are not in the summary, escaped or not
        assertThat(html).doesNotContain("alert(1)");
    }

    @Test
    void aTraineeWithoutMeetingsGetsAPageThatSaysSo() {
        String html = new SupervisionSummary(SupervisionLog.of(s.study(), s.t.client), Instant.EPOCH).render();
        assertThat(html).contains("No supervision meetings are recorded for C01 Ingrid yet.");
    }

    @Test
    void inNorwegianTheSummarysOwnWordsAreNorwegian() {
        Study study = s.study();
        study.supervision().put(new org.iprstudio.domain.LearningPoint(java.util.UUID.randomUUID(), s.byTrainee.id(), "Ask first",
                org.iprstudio.domain.LearningStatus.ACHIEVED, java.time.LocalDate.of(2025, 3, 11)), study);
        String html = new SupervisionSummary(SupervisionLog.of(study, s.t.therapist), Instant.EPOCH, java.util.Locale.forLanguageTag("nb-NO")).render();
        assertThat(html).contains("<html lang=\"nb\">", "Veiledningssammendrag: T01 Halvor", "sesjon D01/3 · veileder SV1", "(stoppet av kandidaten)",
                "<th>Læringspunkt</th>", "nådd").doesNotContain("Supervision summary", "Learning point", "stopped by", "working on");
    }
}
