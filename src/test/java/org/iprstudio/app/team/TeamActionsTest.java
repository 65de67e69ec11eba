package org.iprstudio.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blind round on the demo study in a real study file, as the window's coders would run it. */
class TeamActionsTest {
    @TempDir
    Path dir;

    private Path file;
    private StudyService service;
    private CodingActions coding;
    private TeamActions team;
    private CodingLens lens;
    private Session session;
    private Moment first;
    private Moment second;
    private Code bond;
    private Code task;

    @BeforeEach
    void demoInAFile() {
        file = TestStudies.demoFile(dir);
        open();
        Study study = service.study();
        session = study.sessions().stream().filter(s -> org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, s).size() >= 2).findFirst().orElseThrow();
        first = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).get(0);
        second = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).get(1);
        List<Code> leaves = study.codes().stream().filter(c -> study.codes().stream().noneMatch(o -> c.id().equals(o.parentId()))).toList();
        bond = leaves.get(0);
        task = leaves.get(1);
    }

    private void open() {
        service = new StudyService(new SqliteStudyFiles().open(file), Clock.systemUTC());
        coding = new CodingActions(service, new EditHistory(service), Clock.systemUTC());
        team = new TeamActions(service, coding);
        lens = new CodingLens(service);
    }

    private Set<UUID> shown(Moment m) {
        return lens.codingsOf(session.id(), m.id()).stream().map(Coding::codeId).collect(java.util.stream.Collectors.toSet());
    }

    private Set<UUID> studyCodesInRound(Moment m) {
        return service.study().codingsOf(m.id()).stream().map(Coding::codeId).filter(id -> id.equals(bond.id()) || id.equals(task.id()))
                .collect(java.util.stream.Collectors.toSet());
    }

    private CodingRound started() {
        service.setActor("LD");
        team.join(new Researcher("LD", "Lead researcher"));
        return team.startRound("Round 1", List.of(session.id()), List.of("AB", "CD"), List.of(bond.id(), task.id()), List.of());
    }

    @Test
    void aCoderSeesOnlyTheirOwnCodingsWhileTheRoundIsOpen() {
        CodingRound round = started();
        service.setActor("AB");
        assertThat(lens.blindRoundFor(session.id())).contains(round);
        assertThat(shown(first)).isEmpty(); // the study's own coding of the moment is not shown to a blind coder either
        team.toggle(round, bond, first);
        team.toggle(round, task, second);
        service.setActor("CD");
        assertThat(shown(first)).isEmpty();
        assertThat(shown(second)).isEmpty();
        team.toggle(round, bond, first);
        team.toggle(round, bond, second);
        assertThat(shown(second)).containsExactly(bond.id());
        service.setActor("AB");
        assertThat(shown(second)).containsExactly(task.id());
        // the lead is no coder: the study's coding, which holds no round coding
        service.setActor("LD");
        assertThat(lens.blindRoundFor(session.id())).isEmpty();
        assertThat(lens.codingsOf(session.id(), second.id())).isEqualTo(service.study().codingsOf(second.id()));
        assertThatThrownBy(() -> RoundComparison.of(service.study(), service.study().team().round(round.id()).orElseThrow()))
                .isInstanceOf(DomainException.class).hasMessageContaining("still open");
    }

    @Test
    void wordsOfTheTranscriptCodedInABlindRoundBecomeTheCodersRoundCodingOnceAndNeverTheStudys() {
        CodingRound round = started();
        service.setActor("AB");
        org.iprstudio.app.coding.QuoteActions quotes = new org.iprstudio.app.coding.QuoteActions(service, coding.history(), Clock.systemUTC());
        List<Coding> studyBefore = service.study().codingsOf(first.id());
        org.iprstudio.app.coding.TranscriptSelection words = new org.iprstudio.app.coding.TranscriptSelection(session.id(), "the words said",
                new org.iprstudio.domain.TimeSpan(first.anchor(), first.anchor()));
        boolean hadQuote = service.study().quoteOf(first.id()).isPresent();

        team.codeWords(round, bond, words, first, quotes);
        team.codeWords(round, bond, words, first, quotes); // a second time changes nothing

        assertThat(service.study().codingsOf(first.id())).as("the study's coding").isEqualTo(studyBefore);
        assertThat(service.study().team().roundCodingsBy(round.id(), "AB")).singleElement()
                .satisfies(c -> assertThat(c.momentId()).isEqualTo(first.id()))
                .satisfies(c -> assertThat(c.codeId()).isEqualTo(bond.id()));
        assertThat(shown(first)).containsExactly(bond.id());
        if (!hadQuote) {
            assertThat(service.study().quoteOf(first.id())).hasValueSatisfying(q -> assertThat(q.text()).isEqualTo("the words said"));
        }
        service.setActor("CD");
        assertThat(shown(first)).as("the other coder sees nothing of it").isEmpty();

        // refused, with nothing written: a code outside the round's codebook, and no moment (a new researcher's moment)
        service.setActor("AB");
        Code outside = service.study().codes().stream().filter(c -> !round.codeIds().contains(c.id())).findFirst().orElseThrow();
        long edits = service.study().team().roundCodingsBy(round.id(), "AB").size();
        assertThatThrownBy(() -> team.codeWords(round, outside, words, second, quotes)).isInstanceOf(DomainException.class)
                .hasMessageContaining(outside.name());
        assertThatThrownBy(() -> team.codeWords(round, task, words, null, quotes)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Round 1");
        assertThat(service.study().team().roundCodingsBy(round.id(), "AB")).hasSize((int) edits);
        assertThat(service.study().quoteOf(second.id()).map(q -> q.text())).isNotEqualTo(java.util.Optional.of("the words said"));
    }

    @Test
    void closingAdoptsWhatTheCodersAgreeOnAndTheTeamDecidesTheRest() {
        CodingRound round = started();
        service.setActor("AB");
        team.toggle(round, bond, first);
        team.toggle(round, task, second);
        service.setActor("CD");
        team.toggle(round, bond, first);
        team.toggle(round, bond, second);
        assertThatThrownBy(() -> team.close(round)).hasMessageContaining("Only the lead");
        service.setActor("LD");
        RoundComparison comparison = team.close(round);
        assertThat(comparison.units().get(0).unitId()).isEqualTo(second.id());
        assertThat(comparison.undecided()).extracting(RoundComparison.Unit::unitId).containsExactly(second.id());
        assertThat(studyCodesInRound(first)).containsExactly(bond.id());
        team.decide(comparison.round(), second.id(), Set.of(task.id()), "the client speaks of the task");
        assertThat(studyCodesInRound(second)).containsExactly(task.id());
        RoundComparison after = RoundComparison.of(service.study(), comparison.round());
        assertThat(after.undecided()).isEmpty();
        assertThat(after.disagreements()).hasSize(1);
        assertThat(after.disagreements().get(0).decision().note()).isEqualTo("the client speaks of the task");

        RoundStatistics stats = RoundStatistics.of(service.study(), comparison.round());
        assertThat(stats.perCode()).containsOnlyKeys(bond.name(), task.name());
        assertThat(stats.allCodes().units()).isEqualTo(2 * after.units().size());
        assertThat(stats.perCode().get(bond.name()).cohen()).isNotNull();

        List<AuditEvent> trail = service.study().team().audit();
        assertThat(trail).extracting(AuditEvent::kind).contains(AuditKind.TEAM, AuditKind.ROUND, AuditKind.CONSENSUS);
        assertThat(trail).filteredOn(e -> e.kind() == AuditKind.CONSENSUS).extracting(AuditEvent::who).containsExactly("LD");
        service.close();

        open(); // all of it is in the file
        Study reopened = service.study();
        assertThat(reopened.team().round(round.id()).orElseThrow().isOpen()).isFalse();
        assertThat(reopened.team().roundCodings(round.id())).hasSize(4);
        assertThat(reopened.team().decisions(round.id())).hasSize(1);
        assertThat(reopened.team().audit()).isEqualTo(trail);
        assertThat(reopened.codingsOf(second.id()).stream().filter(c -> c.codeId().equals(task.id())).findFirst()
                .flatMap(c -> reopened.team().stampOf(c.id())).orElseThrow().coder()).isEqualTo("LD");
        service.close();
    }

    /** The bootstrap resamples units in a fixed order: deciding a disagreement (which moves it down the comparison) changes no figure. */
    @Test
    void theStatisticsDoNotDependOnWhatTheTeamHasDecided() {
        CodingRound round = started();
        service.setActor("AB");
        team.toggle(round, bond, first);
        service.setActor("CD");
        team.toggle(round, task, first);
        team.toggle(round, bond, second);
        service.setActor("LD");
        CodingRound closed = team.close(round).round();
        RoundStatistics before = RoundStatistics.of(service.study(), closed);
        team.decide(closed, first.id(), Set.of(bond.id()), "the bond");
        assertThat(RoundComparison.of(service.study(), closed).units().get(0).unitId()).isEqualTo(second.id()); // the order has changed
        RoundStatistics after = RoundStatistics.of(service.study(), closed);
        assertThat(after.allCodes()).isEqualTo(before.allCodes());
        assertThat(after.perCode()).isEqualTo(before.perCode());
    }

    @Test
    void anUndoIsAnAuditEventOfItsOwnAndAClosedRoundKeepsItsCodings() {
        CodingRound round = started();
        service.setActor("AB");
        team.toggle(round, bond, first);
        coding.history().undo();
        assertThat(shown(first)).isEmpty();
        List<AuditEvent> trail = service.study().team().audit();
        AuditEvent last = trail.get(trail.size() - 1);
        assertThat(last.kind()).isEqualTo(AuditKind.UNDO);
        assertThat(last.who()).isEqualTo("AB");
        assertThat(last.what()).contains("undo apply code").contains(bond.name());
        team.toggle(round, bond, first);
        service.setActor("LD");
        CodingRound closed = team.close(round).round();
        service.setActor("AB");
        assertThat(lens.blindRoundFor(session.id())).isEmpty();
        assertThatThrownBy(() -> team.toggle(closed, task, first)).isInstanceOf(DomainException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> team.toggle(round, service.study().codes().stream().filter(c -> !c.id().equals(bond.id()) && !c.id().equals(task.id()))
                .findFirst().orElseThrow(), first)).hasMessageContaining("not in the codebook");
    }

    @Test
    void aSessionIsInOneOpenRoundAtATimeAndARoundNeedsTwoCoders() {
        started();
        assertThatThrownBy(() -> team.startRound("Round 2", List.of(session.id()), List.of("AB", "EF"), List.of(bond.id()), List.of()))
                .hasMessageContaining("already in the open round 'Round 1'");
        assertThatThrownBy(() -> team.startRound("round 1", List.of(session.id()), List.of("AB", "EF"), List.of(bond.id()), List.of()))
                .hasMessageContaining("already a coding round named");
        assertThatThrownBy(() -> team.startRound("Solo", List.of(session.id()), List.of("AB"), List.of(bond.id()), List.of()))
                .hasMessageContaining("at least two coders");
    }
}
