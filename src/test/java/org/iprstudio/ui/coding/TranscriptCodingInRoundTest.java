package org.iprstudio.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.coding.TranscriptSelection;
import org.iprstudio.app.team.TeamActions;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Code..." on words of the transcript, as the coding view does it: a coder in a blind round codes
 * into the round (the study's coding, which every coder sees, stays as it was); outside a round
 * the words are the study's coding as before.
 */
class TranscriptCodingInRoundTest {
    @TempDir
    Path dir;

    private StudyService service;
    private Preferences pins;

    @AfterEach
    void close() throws Exception {
        if (service != null) {
            service.close();
        }
        if (pins != null) {
            pins.removeNode();
        }
    }

    @Test
    void aCoderInABlindRoundCodesWordsIntoTheRoundAndTheLeadIntoTheStudy() {
        Path file = TestStudies.demoFile(dir);
        service = new StudyService(new SqliteStudyFiles().open(file), Clock.systemUTC());
        CodingActions actions = new CodingActions(service, new EditHistory(service), Clock.systemUTC());
        pins = Preferences.userRoot().node("org/iprstudio/test-pins/" + java.util.UUID.randomUUID());
        CodingModel model = new CodingModel(service, actions, new PinnedCodes(pins), moment -> { });
        TeamActions team = new TeamActions(service, actions);

        Study study = service.study();
        Session session = study.sessions().get(0);
        List<Moment> moments = new ArrayList<>();
        for (RecallPass pass : study.passesOf(session.id())) {
            moments.addAll(study.momentsOf(pass.id()));
        }
        Moment moment = moments.get(0);
        Code code = study.codes().stream().filter(c -> !c.retired()
                && study.codingsOf(moment.id()).stream().noneMatch(x -> x.codeId().equals(c.id()))).findFirst().orElseThrow();
        service.setActor("LD");
        team.join(new Researcher("LD", "Lead researcher"));
        CodingRound round = team.startRound("Round 1", List.of(session.id()), List.of("AB", "CD"), List.of(code.id()), List.of());
        TranscriptSelection words = new TranscriptSelection(session.id(), "words", new TimeSpan(moment.anchor(), moment.anchor()));
        List<Coding> before = service.study().codingsOf(moment.id());

        service.setActor("AB");
        assertThat(model.blindRoundIn(session.id())).contains(round);
        model.codeWords(code, words, moment);

        assertThat(service.study().codingsOf(moment.id())).as("the study's coding, seen by every coder").isEqualTo(before);
        assertThat(service.study().team().roundCodingsBy(round.id(), "AB")).singleElement()
                .satisfies(c -> assertThat(c.codeId()).isEqualTo(code.id()));

        // the lead codes no round: the words are the study's coding
        service.setActor("LD");
        assertThat(model.blindRoundIn(session.id())).isEmpty();
        model.codeWords(code, words, moment);
        assertThat(service.study().codingsOf(moment.id())).anySatisfy(c -> assertThat(c.codeId()).isEqualTo(code.id()));
    }
}
