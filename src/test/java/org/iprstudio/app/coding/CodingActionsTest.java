package org.iprstudio.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every coding action lands in the file at once, and undo and redo walk the file back and forth exactly. */
class CodingActionsTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final TestStudies t = new TestStudies();
    private Path file;
    private StudyService service;
    private CodingActions actions;
    private Moment client;
    private Moment therapist;

    @BeforeEach
    void open() {
        Study study = t.study();
        client = t.moment(t.clientPass, "02:00", 3, "I froze");
        therapist = t.moment(t.therapistPass, "02:10", 7, "she opened up");
        study.put(client);
        study.put(therapist);
        file = dir.resolve("s.iprs");
        files.create(file, study);
        service = new StudyService(files.open(file));
        actions = new CodingActions(service, new EditHistory(service), Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        service.close();
    }

    private SessionPairing pairing() {
        return SessionPairing.of(service.study(), t.session);
    }

    private String fileJson() {
        service.close();
        service = new StudyService(files.open(file));
        String json = json(service.study());
        actions = new CodingActions(service, new EditHistory(service), Clock.systemUTC());
        return json;
    }

    /**
     * The study's records as study.json writes them, without the team part: the audit trail grows with
     * every edit, undo and redo (each is an event of its own), and a redone coding is stamped anew.
     */
    private static String json(Study study) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StudyJson().write(Study.of(study.header(), study.entitiesInDependencyOrder()), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pairDecisionsAreStoredAndSurviveANewSuggestion() {
        SessionPairing.Line suggestion = pairing().suggested().get(0);
        assertThat(suggestion.pairClass()).isEqualTo(PairClass.DIVERGENT_VALENCE);
        actions.setClass(suggestion, PairClass.DIVERGENT_MEANING);
        assertThat(pairing().kept()).singleElement().satisfies(l -> assertThat(l.pairClass()).isEqualTo(PairClass.DIVERGENT_MEANING));

        actions.reject(pairing().kept().get(0));
        fileJson();
        assertThat(pairing().kept()).isEmpty();
        assertThat(pairing().suggested()).isEmpty(); // rejected: never suggested again
        assertThat(service.study().pairs()).singleElement().satisfies(p -> assertThat(p.decision()).isEqualTo(PairDecision.REJECTED));

        assertThatThrownBy(() -> actions.link(client, therapist, " ")).isInstanceOf(DomainException.class).hasMessageContaining("reason");
        actions.link(client, therapist, "Same exchange after all: both speak of the silence");
        assertThat(pairing().kept()).singleElement().satisfies(l -> {
            assertThat(l.stored().method()).isEqualTo(PairMethod.MANUAL);
            assertThat(l.stored().reason()).contains("silence");
        });
        assertThat(service.study().pairs()).hasSize(1); // the rejected pair became the manual one
    }

    @Test
    void codingASuggestedPairKeepsItAndUndoTakesBothBack() {
        Code bond = actions.createCode("BOND", null);
        String before = json(service.study());
        actions.toggle(bond, pairing().suggested().get(0));
        assertThat(pairing().kept()).hasSize(1);
        assertThat(service.study().codingsOf(pairing().kept().get(0).stored().id())).hasSize(1);

        actions.history().undo();
        assertThat(json(service.study())).isEqualTo(before);
        actions.history().redo();
        assertThat(pairing().kept()).hasSize(1);
        String afterRedo = json(service.study());
        assertThat(fileJson()).isEqualTo(afterRedo);
    }

    @Test
    void undoAndRedoOfEveryKindOfEditRestoreTheFileExactly() {
        String empty = json(service.study());
        Code withdrawal = actions.createCode("Withdrawal", null);
        Code min = actions.createCode("WD-MIN", withdrawal.id());
        Code def = actions.createCode("WD-DEF", withdrawal.id());
        actions.toggle(min, client);
        actions.toggle(def, client);
        Theme strain = actions.createTheme("Strain and repair", null);
        Theme quiet = actions.createTheme("Quiet withdrawal", strain.id());
        actions.addCode(quiet, def);
        actions.toggleExemplar(quiet, client);
        actions.merge(def, min); // the client's moment had both: one coding stays, the theme now names WD-MIN
        actions.updateCode(new Code(min.id(), min.parentId(), "WD-MINIMAL", "Minimal response", "#123456", false));
        actions.writeMemo(MemoTarget.THEME, quiet.id(), quiet.name(), "Clients go quiet; therapists do not see it.");
        actions.addStarter(StarterCodebook.BORDIN);
        Study study = service.study();
        assertThat(study.codingsOf(client.id())).singleElement().satisfies(c -> assertThat(c.codeId()).isEqualTo(min.id()));
        assertThat(((Theme) study.find(quiet.id()).orElseThrow()).codeIds()).containsExactly(min.id());
        String done = json(study);
        assertThat(fileJson()).isEqualTo(done);

        // a fresh history after reopening: replay the same edits, then undo them all
        Code w2 = actions.createCode("Other", null);
        actions.toggle(w2, client);
        actions.writeMemo(MemoTarget.CODE, w2.id(), w2.name(), "memo");
        actions.merge(w2, min);
        int steps = 0;
        while (actions.history().undo().isPresent()) {
            steps++;
        }
        assertThat(steps).isEqualTo(4);
        assertThat(json(service.study())).isEqualTo(done);
        while (actions.history().redo().isPresent()) {
            steps--;
        }
        assertThat(steps).isZero();
        String redone = json(service.study());
        assertThat(fileJson()).isEqualTo(redone);
        assertThat(redone).isNotEqualTo(empty);
    }

    @Test
    void anUndoThatNoLongerFitsIsRefusedAndNothingIsHalfUndone() {
        Code bond = actions.createCode("BOND", null);
        actions.toggle(bond, client);
        service.delete(client); // a recall screen deletes the moment meanwhile; its coding goes with it
        String state = json(service.study());
        assertThatThrownBy(() -> actions.history().undo()).isInstanceOf(DomainException.class).hasMessageContaining("no longer be undone");
        assertThat(json(service.study())).isEqualTo(state);
        assertThat(actions.history().nextUndo()).isEmpty();
    }

    @Test
    void starterCodebooksSkipCodesTheStudyHasAndAMergeCannotMakeACycle() {
        assertThat(actions.addStarter(StarterCodebook.RUPTURES)).isEqualTo(StarterCodebook.RUPTURES.codes().size());
        assertThat(actions.addStarter(StarterCodebook.RUPTURES)).isZero();
        Code group = service.study().codes().stream().filter(c -> c.name().equals("Ruptures (3RS)")).findFirst().orElseThrow();
        Code child = service.study().codes().stream().filter(c -> group.id().equals(c.parentId())).findFirst().orElseThrow();
        assertThatThrownBy(() -> actions.merge(group, child)).isInstanceOf(DomainException.class).hasMessageContaining("other way round");
    }

    @Test
    void aScreenResavingWhatItShowsDuringAnUndoDoesNotUndoTheUndo() {
        actions.writeMemo(MemoTarget.STUDY, null, "study", "first thoughts");
        // an editor that re-saves its stale text whenever the study changes, as a refreshing memo field could
        service.addListener(changes -> actions.writeMemo(MemoTarget.STUDY, null, "study", "first thoughts"));
        actions.history().undo();
        assertThat(actions.memoOn(MemoTarget.STUDY, null)).isEmpty();
        assertThat(actions.history().nextUndo()).isEmpty();
        assertThat(actions.history().nextRedo()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(EditKind.WRITE_MEMO));
    }
}
