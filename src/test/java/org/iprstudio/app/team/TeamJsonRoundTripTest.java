package org.iprstudio.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * study.json's team section: researchers, rounds with their coders, sessions, state, codings and
 * consensus decisions, the audit trail and each coding's coder, written and read back, through a
 * study file too; an open round's codings (and its coders' lines about them) stay out while it is open.
 */
class TeamJsonRoundTripTest {
    @TempDir
    Path dir;

    private final StudyJson json = new StudyJson();
    private Study study;
    private CodingRound closed;
    private CodingRound open;

    @BeforeEach
    void aClosedRoundWithADecisionAndAnOpenOne() {
        Path file = TestStudies.demoFile(dir);
        StudyService service = new StudyService(new SqliteStudyFiles().open(file), Clock.systemUTC());
        TeamActions team = new TeamActions(service, new CodingActions(service, new EditHistory(service), Clock.systemUTC()));
        Study s = service.study();
        List<Session> sessions = s.sessions().stream().filter(x -> org.iprstudio.testing.TestStudies.momentsInTimeOrder(s, x).size() >= 2).toList();
        Session one = sessions.get(0);
        Session two = sessions.get(1);
        List<Code> leaves = s.codes().stream().filter(c -> s.codes().stream().noneMatch(o -> c.id().equals(o.parentId()))).toList();
        Code bond = leaves.get(0);
        Code task = leaves.get(1);
        service.setActor("LD");
        team.join(new Researcher("LD", "Lead researcher"));
        service.setActor("AB");
        team.join(new Researcher("AB", "First coder"));
        service.setActor("LD");
        CodingRound first = team.startRound("Round 1", List.of(one.id()), List.of("AB", "CD"), List.of(bond.id(), task.id()), List.of());
        open = team.startRound("Round 2", List.of(two.id()), List.of("AB", "CD"), List.of(bond.id()), List.of());
        service.setActor("AB");
        team.toggle(first, bond, org.iprstudio.testing.TestStudies.momentsInTimeOrder(s, one).get(0));
        team.toggle(open, bond, org.iprstudio.testing.TestStudies.momentsInTimeOrder(s, two).get(0));
        service.setActor("CD");
        team.toggle(first, task, org.iprstudio.testing.TestStudies.momentsInTimeOrder(s, one).get(0));
        team.toggle(open, bond, org.iprstudio.testing.TestStudies.momentsInTimeOrder(s, two).get(1));
        service.setActor("LD");
        RoundComparison comparison = team.close(first);
        closed = comparison.round();
        team.decide(closed, org.iprstudio.testing.TestStudies.momentsInTimeOrder(s, one).get(0).id(), Set.of(task.id()), "the task, not the bond");
        study = service.study();
    }

    private String write(Study s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(s, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Study read(String text) {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "study.json");
    }

    @Test
    void theTeamComesBackAsItWasWrittenAndTheOpenRoundStaysBlind() {
        String text = write(study);
        assertThat(text).contains("\"formatVersion\" : 3").contains("\"team\"").contains("\"coder\" : \"LD\"");
        Study back = read(text);

        assertThat(back.team().researchers()).isEqualTo(study.team().researchers());
        assertThat(back.team().rounds()).isEqualTo(study.team().rounds());
        assertThat(back.team().round(closed.id()).orElseThrow().isOpen()).isFalse();
        assertThat(back.team().codingsOfClosedRound(closed.id())).isEqualTo(study.team().codingsOfClosedRound(closed.id()));
        assertThat(back.team().decisions(closed.id())).isEqualTo(study.team().decisions(closed.id()));
        assertThat(back.team().decisions(closed.id()).get(0).note()).isEqualTo("the task, not the bond");
        for (var c : study.codings()) {
            assertThat(back.team().stampOf(c.id())).isEqualTo(study.team().stampOf(c.id()));
        }
        assertThat(study.codings()).anyMatch(c -> study.team().stampOf(c.id()).isPresent());

        // Round 2 is open: its definition is there, its two codings and the coders' lines about them are not
        assertThat(back.team().round(open.id()).orElseThrow().isOpen()).isTrue();
        assertThat(back.team().audit()).isEqualTo(study.team().audit().stream().filter(e -> study.team().blindRoundOf(e).isEmpty()).toList());
        assertThat(study.team().audit().size() - back.team().audit().size()).isEqualTo(2);
        assertThatThrownBy(() -> back.team().codingsOfClosedRound(open.id())).hasMessageContaining("still open");

        // and once more through a study file: the same text
        Path file = dir.resolve("back.iprs");
        SqliteStudyStore.create(file, back);
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(write(store.load())).isEqualTo(text);
        }
    }

    @Test
    void anOpenRoundWithCodingsInTheFileIsRefused() {
        String text = write(study);
        String forged = text.replace("\"name\" : \"Round 2\",", "\"name\" : \"Round 2\", \"codings\" : [ ],");
        assertThat(forged).isNotEqualTo(text);
        assertThatThrownBy(() -> read(forged)).hasMessageContaining("is open, so its coders' codings are blind");
    }
}
