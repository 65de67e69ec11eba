package org.iprstudio.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionSetupTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();
    private SetupFixture f;

    @BeforeEach
    void open() {
        f = new SetupFixture(dir.resolve("study.iprs"), t.study());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aSessionIsAddedWithItsDateAndUndone() {
        Session s5 = f.sessions.addSession(t.dyad, 5, LocalDate.of(2025, 4, 1), false);
        assertThat(f.reread().session(s5.id()).date()).isEqualTo(LocalDate.of(2025, 4, 1));
        f.history.undo();
        assertThat(f.reread().sessions()).hasSize(1);
    }

    @Test
    void aNumberTheProtocolDoesNotListIsRefusedUnlessItJoinsTheProtocolInTheSameStep() {
        assertThatThrownBy(() -> f.sessions.addSession(t.dyad, 4, null, false)).isInstanceOf(NotInProtocol.class)
                .hasMessage("Session 4 is not in the protocol (it lists sessions 3, 5). Add 4 to the protocol, or choose one of its numbers.");
        assertThat(f.reread().sessions()).hasSize(1);
        f.sessions.addSession(t.dyad, 4, null, true);
        assertThat(f.reread().header().protocol().sessionNumbers()).containsExactly(3, 4, 5);
        f.history.undo();
        Study back = f.reread();
        assertThat(back.header().protocol().sessionNumbers()).containsExactly(3, 5);
        assertThat(back.sessions()).hasSize(1);
    }

    @Test
    void aDyadHasEachSessionNumberOnce() {
        assertThatThrownBy(() -> f.sessions.addSession(t.dyad, 3, null, false)).isInstanceOf(DomainException.class)
                .hasMessage("Dyad D01 already has a session 3 (2025-03-04). Choose another number, or edit that session.");
    }

    @Test
    void aNewSessionExpectsAPlannedRecallOfTheClientAndOfTheTherapist() {
        Session s5 = f.sessions.addSession(t.dyad, 5, null, false);
        List<SessionSetup.ExpectedPass> expected = f.sessions.expectedPasses(s5);
        assertThat(expected).extracting(SessionSetup.ExpectedPass::perspective).containsExactly(Role.CLIENT, Role.THERAPIST);
        assertThat(expected).extracting(SessionSetup.ExpectedPass::status).containsOnly(PassStatus.PLANNED);
        assertThat(f.reread().passes()).hasSize(2); // only the two of session 3: a planned recall is not written until it changes
    }

    @Test
    void aPassIsMarkedMissingWithAReasonAndBackToPlanned() {
        Session s5 = f.sessions.addSession(t.dyad, 5, null, false);
        SessionSetup.ExpectedPass therapist = f.sessions.expectedPasses(s5).get(1);
        assertThatThrownBy(() -> f.sessions.markMissing(therapist, "  ")).hasMessageStartingWith("Say why this recall is missing");
        f.sessions.markMissing(therapist, "Therapist ill");
        SessionSetup.ExpectedPass marked = f.sessions.expectedPasses(s5).get(1);
        assertThat(marked.status()).isEqualTo(PassStatus.MISSING);
        assertThat(f.reread().pass(marked.pass().id()).missingReason()).isEqualTo("Therapist ill");
        f.sessions.backToPlanned(marked);
        assertThat(f.reread().pass(marked.pass().id()).status()).isEqualTo(PassStatus.PLANNED);
        f.history.undo();
        assertThat(f.reread().pass(marked.pass().id()).status()).isEqualTo(PassStatus.MISSING);
    }

    @Test
    void aRecallWithMomentsCannotBeMarkedMissingAndADoneOneCanBeReopened() {
        f.service.put(t.moment(t.clientPass, "2:00", 7, "x"));
        SessionSetup.ExpectedPass client = f.sessions.expectedPasses(t.session).get(0);
        assertThatThrownBy(() -> f.sessions.markMissing(client, "declined")).hasMessageContaining("already has 1 moments");
        assertThat(client.status()).isEqualTo(PassStatus.DONE);
        f.sessions.reopen(client);
        assertThat(f.reread().pass(t.clientPass.id()).status()).isEqualTo(PassStatus.PLANNED);
        assertThat(f.reread().momentsOf(t.clientPass.id())).hasSize(1);
        assertThatThrownBy(() -> f.sessions.reopen(f.sessions.expectedPasses(t.session).get(0))).hasMessageContaining("Only a recall that is done");
    }

    @Test
    void theSettingsChangeWithUndoAndKeepTheSessionNumbersInUse() {
        var h = f.service.study().header();
        var p = h.protocol();
        var window = new org.iprstudio.domain.PairingWindow(org.iprstudio.domain.MediaTime.ofSeconds(5), org.iprstudio.domain.MediaTime.ofSeconds(15));
        f.sessions.changeSettings(new org.iprstudio.domain.StudyHeader(h.id(), "Renamed", "REK-2", null, null,
                new org.iprstudio.domain.Protocol(List.of(3, 5, 7), List.of("What happened?"), p.helpfulness(), p.intensity(), window, List.of("rupture"))));
        Study changed = f.reread();
        assertThat(changed.header().title()).isEqualTo("Renamed");
        assertThat(changed.header().protocol().pairingWindow()).isEqualTo(window);
        assertThat(changed.header().protocol().sessionNumbers()).containsExactly(3, 5, 7);
        f.history.undo();
        assertThat(f.reread().header()).isEqualTo(h);
        assertThatThrownBy(() -> f.sessions.changeSettings(new org.iprstudio.domain.StudyHeader(h.id(), "T", "", null, null,
                new org.iprstudio.domain.Protocol(List.of(5), p.prompts(), null, null, null, null))))
                .hasMessage("Session 3 of dyad D01 is in the study, so the protocol must keep the number 3.");
    }

    @Test
    void aRecallMarkedMissingPointsToStudySetupWhereItIsPlannedAgainAndThenStarts() {
        Session s5 = f.sessions.addSession(t.dyad, 5, null, false);
        f.sessions.markMissing(f.sessions.expectedPasses(s5).get(0), "declined");
        var recalls = new org.iprstudio.app.RecallSetup(f.service);
        var request = org.iprstudio.app.RecallRequest.ofDyadMember(s5, Role.CLIENT, null, LocalDate.of(2025, 4, 2));
        assertThatThrownBy(() -> recalls.start(request))
                .hasMessageContaining("marked missing (declined)").hasMessageContaining("Study > Study setup");
        f.sessions.backToPlanned(f.sessions.expectedPasses(s5).get(0));
        assertThat(recalls.start(request)).isInstanceOf(org.iprstudio.app.RecallStart.Opened.class);
    }

    private org.iprstudio.domain.StudyHeader withScales(org.iprstudio.domain.RatingScale helpfulness, org.iprstudio.domain.RatingScale intensity) {
        var h = f.service.study().header();
        var p = h.protocol();
        return new org.iprstudio.domain.StudyHeader(h.id(), h.title(), h.approval(), h.periodStart(), h.periodEnd(),
                new org.iprstudio.domain.Protocol(p.sessionNumbers(), p.prompts(), helpfulness, intensity, p.pairingWindow(), p.quickTags()));
    }

    @Test
    void theScalesLabelsAndIntensityPointsAreChangedCommittedAtOnceAndUndone() {
        var before = f.service.study().header();
        var p = before.protocol();
        List<String> hat = new java.util.ArrayList<>(p.helpfulness().wholePoints().stream().map(p.helpfulness()::labelOf).toList());
        hat.set(4, "neither helpful nor hindering");
        var helpfulness = p.helpfulness().withLabels(hat);
        var intensity = p.intensity().withPoints(4).withLabels(List.of("hardly", "", "", "a lot"));

        f.sessions.changeSettings(withScales(helpfulness, intensity));

        var stored = f.reread().header().protocol();
        assertThat(stored.helpfulness().labelOf(5)).isEqualTo("neither helpful nor hindering");
        assertThat(stored.helpfulness().labelOf(9)).isEqualTo("extremely helpful");
        assertThat(stored.intensity().wholePoints()).containsExactly(1, 2, 3, 4);
        assertThat(stored.intensity().labels()).extracting(org.iprstudio.domain.ScaleLabel::label).containsExactly("hardly", "a lot");
        f.history.undo();
        assertThat(f.reread().header()).isEqualTo(before);
    }

    @Test
    void theIntensityScaleKeepsThePointsThatMomentsAreRatedWith() {
        var p = f.service.study().header().protocol();
        f.service.put(t.moment(t.clientPass, "10:00", 6, "rated 5").withIntensity(5));
        assertThatThrownBy(() -> f.sessions.changeSettings(withScales(p.helpfulness(), p.intensity().withPoints(4))))
                .isInstanceOf(DomainException.class).hasMessage("1 moment is already rated above 4 for intensity, so the scale must keep 5 points."
                        + " Keep 5 points, or change those ratings first.");
        assertThatThrownBy(() -> f.sessions.changeSettings(withScales(p.helpfulness(), p.intensity().withPoints(2))))
                .hasMessageContaining("3 to 5 points");
        assertThatThrownBy(() -> f.sessions.changeSettings(withScales(p.helpfulness(), p.intensity().withPoints(6))))
                .hasMessageContaining("3 to 5 points");
        assertThat(f.reread().header().protocol().intensity()).isEqualTo(p.intensity());
        assertThatThrownBy(() -> p.helpfulness().withLabels(List.of("too few"))).hasMessageContaining("has 9 points");
    }
}
