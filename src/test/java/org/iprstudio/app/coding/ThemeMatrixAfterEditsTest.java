package org.iprstudio.app.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iprstudio.analysis.ThemeMatrix;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme matrix, which works from the codings and pairs the study keeps by session, counts after
 * every edit and every undo exactly as a study loaded afresh from the same records counts; undone, it
 * is the matrix of the file as it was.
 */
class ThemeMatrixAfterEditsTest {
    @TempDir
    Path dir;

    @Test
    void afterEachEditAndEachUndoTheMatrixIsThatOfTheStudyLoadedAfresh() {
        Path file = TestStudies.demoFile(dir);
        SqliteStudyFiles files = new SqliteStudyFiles();
        ThemeMatrix before;
        try (StudyService service = new StudyService(files.open(file))) {
            Study study = service.study();
            EditHistory history = new EditHistory(service);
            before = ThemeMatrix.of(study, null);
            List<ThemeMatrix> seen = new ArrayList<>();

            Code counted = study.codes().stream().filter(c -> study.themes().stream().anyMatch(t -> t.codeIds().contains(c.id())))
                    .findFirst().orElseThrow();
            MomentPair pair = study.pairs().stream().filter(p -> p.decision() != PairDecision.REJECTED).findFirst().orElseThrow();
            history.perform(EditKind.APPLY_CODE, "pair", List.of(new StudyChange.Put(new Coding(UUID.randomUUID(), counted.id(), null, pair.id()))));
            seen.add(assertAsLoadedAfresh(study));

            history.perform(EditKind.REJECT_PAIR, "pair", List.of(new StudyChange.Put(new MomentPair(pair.id(), pair.firstMomentId(),
                    pair.secondMomentId(), pair.method(), pair.pairClass(), PairDecision.REJECTED, pair.reason()))));
            seen.add(assertAsLoadedAfresh(study));

            Coding coding = study.codings().stream().filter(c -> c.momentId() != null).findFirst().orElseThrow();
            Moment elsewhere = study.moments().stream()
                    .filter(m -> !study.pass(m.passId()).sessionId().equals(study.pass(study.moment(coding.momentId()).passId()).sessionId()))
                    .filter(m -> study.codingsOf(m.id()).stream().noneMatch(c -> c.codeId().equals(coding.codeId())))
                    .findFirst().orElseThrow();
            history.perform(EditKind.APPLY_CODE, "moment", List.of(new StudyChange.Put(new Coding(coding.id(), coding.codeId(), elsewhere.id(), null))));
            seen.add(assertAsLoadedAfresh(study));

            Moment paired = study.moment(study.pairs().stream().filter(p -> p.decision() != PairDecision.REJECTED).findFirst().orElseThrow()
                    .firstMomentId());
            history.perform(EditKind.REMOVE_CODE, "moment", service.deletionOf(paired));
            seen.add(assertAsLoadedAfresh(study));

            Theme withExemplar = study.themes().stream().filter(t -> !t.exemplarMomentIds().isEmpty()).findFirst().orElseThrow();
            history.perform(EditKind.REMOVE_SESSION, "session",
                    service.deletionOf(study.session(study.pass(study.moment(withExemplar.exemplarMomentIds().get(0)).passId()).sessionId())));
            ThemeMatrix last = assertAsLoadedAfresh(study);
            assertThat(contents(last)).as("the matrix without the session of an exemplar").isNotEqualTo(contents(seen.get(seen.size() - 1)));
            seen.add(last);

            for (int i = seen.size() - 1; i >= 0; i--) {
                history.undo();
                // what each cell holds, not its order: an undone removal puts a pass's moments back last removed first, so they
                // are listed in the order they were put back
                assertThat(contents(assertAsLoadedAfresh(study))).as("after undoing edit %d", i + 1)
                        .isEqualTo(contents(i == 0 ? before : seen.get(i - 1)));
            }
        }
        try (StudyService reopened = new StudyService(files.open(file))) {
            assertThat(contents(ThemeMatrix.of(reopened.study(), null))).isEqualTo(contents(before));
        }
    }

    /** Each row's theme and the moments of each of its cells. */
    private static List<String> contents(ThemeMatrix matrix) {
        return matrix.rows().stream().map(r -> r.theme().name() + " " + r.cells().stream().map(java.util.TreeSet::new).toList()).toList();
    }

    private static ThemeMatrix assertAsLoadedAfresh(Study study) {
        ThemeMatrix matrix = ThemeMatrix.of(study, null);
        assertThat(matrix).as("the matrix of the study loaded afresh").isEqualTo(ThemeMatrix.of(Study.of(study.header(), study.entitiesInDependencyOrder()), null));
        return matrix;
    }
}
