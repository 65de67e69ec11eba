package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyOutline;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study file's outline: its structure and SQLite's count of each pass's moments, the same as reading it whole gives. */
class StudyOutlineTest {
    @TempDir
    Path dir;

    @Test
    void theOutlineHoldsTheStructureAndTheCountsOfTheWholeStudyButNoMoment() {
        Path file = dir.resolve("study.iprs");
        Study demo = TestStudies.demo();
        SqliteStudyStore.create(file, demo);

        Study whole;
        StudyOutline outline;
        try (SqliteStudyStore store = SqliteStudyStore.openReadOnly(file)) {
            whole = store.load();
            outline = store.outline();
        }

        Study structure = outline.structure();
        assertThat(structure.header()).isEqualTo(whole.header());
        assertThat(structure.sites()).containsExactlyElementsOf(whole.sites());
        assertThat(structure.participants()).containsExactlyElementsOf(whole.participants());
        assertThat(structure.dyads()).containsExactlyElementsOf(whole.dyads());
        assertThat(structure.sessions()).containsExactlyElementsOf(whole.sessions());
        assertThat(structure.passes()).containsExactlyElementsOf(whole.passes());
        assertThat(structure.supervision().meetings()).containsExactlyElementsOf(whole.supervision().meetings());
        assertThat(structure.momentCount()).as("no moment is read").isZero();
        assertThat(structure.codings()).isEmpty();

        assertThat(whole.momentCount()).isPositive();
        assertThat(outline.momentCount()).isEqualTo(whole.momentCount());
        for (RecallPass pass : whole.passes()) {
            assertThat(outline.momentsOf(pass.id())).as("moments of pass %s", pass.id()).isEqualTo(whole.momentsOf(pass.id()).size());
        }
        assertThat(outline.momentsByPass()).isEqualTo(StudyOutline.of(whole).momentsByPass().entrySet().stream()
                .filter(e -> e.getValue() > 0).collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
    }

    @Test
    void aPassWithoutMomentsCountsNone() {
        Path file = dir.resolve("study.iprs");
        Study demo = TestStudies.demo();
        RecallPass empty = demo.passes().stream().filter(p -> demo.momentsOf(p.id()).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo study has a pass without moments (a missing or planned recall)"));
        SqliteStudyStore.create(file, demo);

        try (SqliteStudyStore store = SqliteStudyStore.openReadOnly(file)) {
            StudyOutline outline = store.outline();
            assertThat(outline.structure().passes()).contains(empty);
            assertThat(outline.momentsOf(empty.id())).isZero();
        }
    }
}
