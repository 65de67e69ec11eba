package org.iprstudio.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingRound;
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

/**
 * Blind coding beyond the coding view: the counts, matrices and summaries (shownStudy, codeUses)
 * and the History (history) give a coder of an open round their own work on its sessions and
 * nothing of the other coders'; the lead and, after closing, everyone see it all.
 */
class BlindViewsTest {
    @TempDir
    Path dir;

    private StudyService service;
    private TeamActions team;
    private CodingLens lens;
    private Session session;
    private Moment first;
    private Moment second;
    private Code bond;
    private Code task;

    @BeforeEach
    void demoInAFile() {
        Path file = TestStudies.demoFile(dir);
        service = new StudyService(new SqliteStudyFiles().open(file), Clock.systemUTC());
        team = new TeamActions(service, new CodingActions(service, new EditHistory(service), Clock.systemUTC()));
        lens = new CodingLens(service);
        Study study = service.study();
        // a session the study has already coded, so that hiding its earlier coding is seen
        session = study.sessions().stream().filter(s -> org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, s).size() >= 2
                && org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, s).stream().anyMatch(m -> !study.codingsOf(m.id()).isEmpty())).findFirst().orElseThrow();
        first = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).get(0);
        second = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).get(1);
        List<Code> leaves = study.codes().stream().filter(c -> study.codes().stream().noneMatch(o -> c.id().equals(o.parentId()))).toList();
        bond = leaves.get(0);
        task = leaves.get(1);
    }

    private CodingRound roundCodedByTwo() {
        service.setActor("LD");
        team.join(new Researcher("LD", "Lead researcher"));
        CodingRound round = team.startRound("Round 1", List.of(session.id()), List.of("AB", "CD"), List.of(bond.id(), task.id()), List.of());
        service.setActor("AB");
        team.toggle(round, bond, first);
        service.setActor("CD");
        team.toggle(round, task, first);
        team.toggle(round, task, second);
        return round;
    }

    private static Set<UUID> codesOn(Study study, UUID unit) {
        return study.codingsOf(unit).stream().map(Coding::codeId).collect(Collectors.toSet());
    }

    private Set<UUID> unitsOfSession(Study study) {
        Set<UUID> units = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).stream().map(Moment::id).collect(Collectors.toSet());
        study.pairs().stream().filter(p -> units.contains(p.firstMomentId())).forEach(p -> units.add(p.id()));
        return units;
    }

    @Test
    void aCoderCountsAndGroupsOnlyTheirOwnCodingsOfTheRoundsSessions() {
        Study before = service.study();
        Map<UUID, Set<UUID>> elsewhere = new java.util.HashMap<>();
        before.codings().stream().filter(c -> !unitsOfSession(before).contains(c.momentId() != null ? c.momentId() : c.pairId()))
                .forEach(c -> elsewhere.computeIfAbsent(c.momentId() != null ? c.momentId() : c.pairId(), k -> new java.util.HashSet<>()).add(c.codeId()));
        roundCodedByTwo();

        service.setActor("AB");
        Study shown = lens.shownStudy();
        assertThat(codesOn(shown, first.id())).containsExactly(bond.id());
        assertThat(codesOn(shown, second.id())).isEmpty(); // CD's code is not there, nor the study's earlier coding
        for (UUID unit : unitsOfSession(shown)) {
            assertThat(shown.codingsOf(unit)).allMatch(c -> c.codeId().equals(bond.id()) && c.momentId().equals(first.id()));
        }
        elsewhere.forEach((unit, codes) -> assertThat(codesOn(shown, unit)).isEqualTo(codes)); // other sessions as they are
        assertThat(lens.codeUses().getOrDefault(task.id(), 0L)).isEqualTo(before.codings().stream()
                .filter(c -> c.codeId().equals(task.id()) && elsewhere.containsKey(c.momentId() != null ? c.momentId() : c.pairId())).count());

        service.setActor("LD"); // the lead codes nothing in the round and sees the study's coding
        assertThat(lens.shownStudy()).isSameAs(service.study());
        assertThat(codesOn(lens.shownStudy(), second.id())).doesNotContain(task.id());
    }

    @Test
    void aCodersCopyIsMadeOnceBetweenChangesAndNeverShownToAnotherCoder() {
        CodingRound round = roundCodedByTwo();
        service.setActor("AB");
        Study forAb = lens.shownStudy();
        assertThat(lens.shownStudy()).isSameAs(forAb); // the views' refreshes share one copy of the whole study
        assertThat(lens.codeUses().getOrDefault(task.id(), 0L)).isEqualTo(forAb.codings().stream().filter(c -> c.codeId().equals(task.id())).count());

        service.setActor("CD"); // another person at the screen: their own copy, with their codes, not AB's
        Study forCd = lens.shownStudy();
        assertThat(forCd).isNotSameAs(forAb);
        assertThat(codesOn(forCd, first.id())).containsExactly(task.id());
        assertThat(codesOn(forCd, second.id())).containsExactly(task.id());

        team.toggle(round, bond, second); // a change: the copy follows it (not made again) and shows it
        Study afterChange = lens.shownStudy();
        assertThat(afterChange).isSameAs(forCd);
        assertThat(codesOn(afterChange, second.id())).containsExactlyInAnyOrder(task.id(), bond.id());

        service.setActor("AB");
        Study abAgain = lens.shownStudy();
        assertThat(codesOn(abAgain, first.id())).containsExactly(bond.id());
        assertThat(codesOn(abAgain, second.id())).isEmpty();
    }

    @Test
    void aCopyThatFollowsTheChangesShowsWhatACopyMadeAfreshShows() {
        CodingRound round = roundCodedByTwo();
        service.setActor("AB");
        assertThat(lens.shownStudy()).isNotNull(); // AB's copy made, to be followed from here
        CodingActions coding = new CodingActions(service, new EditHistory(service), Clock.systemUTC());
        Session elsewhere = service.study().sessions().stream().filter(s -> !s.id().equals(session.id())
                && !org.iprstudio.testing.TestStudies.momentsInTimeOrder(service.study(), s).isEmpty()).findFirst().orElseThrow();
        Moment there = org.iprstudio.testing.TestStudies.momentsInTimeOrder(service.study(), elsewhere).get(0);
        team.toggle(round, task, second); // AB's own round coding: shown
        team.toggle(round, bond, first); // taken back
        coding.toggle(task, there); // the study's coding outside the round: shown as it is
        coding.toggle(bond, second); // the study's coding on the round's session: hidden from AB
        service.put(first.withComment("Edited while the round is open")); // a moment put
        Code added = coding.createCode("Added during the round", null);
        coding.toggle(added, there);
        service.setActor("CD");
        team.toggle(round, bond, first); // the other coder's work: dropped for AB (another person at the screen)
        service.setActor("AB");
        Study afterOthers = lens.shownStudy();
        team.toggle(round, bond, second);
        coding.history().undo(); // undone: the added code comes off the moment outside the round
        assertThat(lens.shownStudy()).isSameAs(afterOthers); // followed, not made again

        Study fresh = new CodingLens(service).shownStudy();
        assertThat(fresh).isNotSameAs(afterOthers);
        assertThat(codingsById(afterOthers)).isEqualTo(codingsById(fresh));
        assertThat(afterOthers.moments()).containsExactlyInAnyOrderElementsOf(fresh.moments());
        assertThat(afterOthers.codes()).containsExactlyInAnyOrderElementsOf(fresh.codes());
        assertThat(afterOthers.pairs()).containsExactlyInAnyOrderElementsOf(fresh.pairs());
        assertThat(afterOthers.themes()).containsExactlyInAnyOrderElementsOf(fresh.themes());
        assertThat(codesOn(afterOthers, first.id())).isEmpty();
        assertThat(codesOn(afterOthers, second.id())).containsExactlyInAnyOrder(task.id(), bond.id()); // AB's own two, never CD's
        Set<UUID> abs = service.study().team().roundCodingsBy(round.id(), "AB").stream().map(org.iprstudio.domain.RoundCoding::id)
                .collect(Collectors.toSet());
        assertThat(afterOthers.codingsOf(second.id())).allMatch(c -> abs.contains(c.id())); // not the study's own bond there
        service.close();
    }

    @Test
    void aCopyThatFollowsAMergeUndoneOrAPairMovedShowsWhatAFreshCopyShows() {
        // found in review: an undone merge brought the code back without the coder's round codings that
        // name it, and a pair moved into the round's session brought the study's coding with it
        CodingRound round = roundCodedByTwo();
        service.setActor("AB");
        EditHistory history = new EditHistory(service);
        CodingActions coding = new CodingActions(service, history, Clock.systemUTC());
        assertThat(lens.shownStudy()).isNotNull();
        coding.merge(bond, task); // AB's round coding names bond: the study's codings move to task, bond goes
        assertThat(lens.shownStudy()).isNotNull();
        history.undo(); // bond comes back: so must AB's round coding on the first moment, in the copy too
        Study followed = lens.shownStudy();
        assertThat(codingsById(followed)).isEqualTo(codingsById(new CodingLens(service).shownStudy()));
        assertThat(codesOn(followed, first.id())).containsExactly(bond.id());

        org.iprstudio.domain.MomentPair coded = service.study().pairs().stream()
                .filter(p -> !unitsOfSession(service.study()).contains(p.id()) && p.decision() != org.iprstudio.domain.PairDecision.REJECTED)
                .findFirst().orElseThrow();
        service.put(new Coding(UUID.randomUUID(), task.id(), null, coded.id())); // the study's coding of a pair elsewhere: shown
        assertThat(lens.shownStudy().codingsOf(coded.id())).isNotEmpty();
        Moment client = first;
        Moment therapist = org.iprstudio.testing.TestStudies.momentsInTimeOrder(service.study(), session).stream()
                .filter(m -> service.study().pass(m.passId()).perspective() != service.study().pass(client.passId()).perspective())
                .findFirst().orElseThrow();
        for (org.iprstudio.domain.MomentPair p : List.copyOf(service.study().pairsOf(client.id()))) {
            service.delete(p); // the moments are free to be paired
        }
        for (org.iprstudio.domain.MomentPair p : List.copyOf(service.study().pairsOf(therapist.id()))) {
            service.delete(p);
        }
        lens.shownStudy();
        boolean clientFirst = service.study().pass(client.passId()).perspective() == org.iprstudio.domain.Role.CLIENT;
        service.put(new org.iprstudio.domain.MomentPair(coded.id(), clientFirst ? client.id() : therapist.id(), clientFirst ? therapist.id() : client.id(),
                coded.method(), coded.pairClass(), coded.decision(), coded.reason())); // into the round's session, its coding with it
        Study afterMove = lens.shownStudy();
        assertThat(afterMove.codingsOf(coded.id())).isEmpty(); // the study's coding is not shown to a coder of the round
        assertThat(codingsById(afterMove)).isEqualTo(codingsById(new CodingLens(service).shownStudy()));
        service.close();
    }

    private static Map<UUID, Coding> codingsById(Study study) {
        return study.codings().stream().collect(Collectors.toMap(Coding::id, c -> c));
    }

    @Test
    void theHistoryHidesTheOtherCodersLinesUntilTheRoundCloses() {
        CodingRound round = roundCodedByTwo();
        List<AuditEvent> all = service.study().team().audit();
        assertThat(all).filteredOn(e -> e.who().equals("CD")).hasSize(2);

        service.setActor("AB");
        assertThat(lens.history()).filteredOn(e -> e.who().equals("CD")).isEmpty();
        assertThat(lens.history()).filteredOn(e -> e.who().equals("AB")).hasSize(1);
        assertThat(lens.history()).filteredOn(e -> e.what().contains(task.name()) && e.what().contains("round")).isEmpty();
        service.setActor("CD");
        assertThat(lens.history()).filteredOn(e -> e.who().equals("AB")).isEmpty();
        service.setActor("LD");
        assertThat(lens.history()).isEqualTo(service.study().team().audit());

        team.close(round);
        service.setActor("AB");
        assertThat(lens.history()).isEqualTo(service.study().team().audit());
        assertThat(lens.shownStudy()).isSameAs(service.study());
        service.close();
    }
}
