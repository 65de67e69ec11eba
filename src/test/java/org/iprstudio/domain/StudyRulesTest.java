package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class StudyRulesTest {
    private final TestStudies t = new TestStudies();
    private final Study study = t.study();

    @Test
    void aDyadNeedsATherapistAndAClient() {
        Participant secondClient = new Participant(UUID.randomUUID(), "C02", Role.CLIENT, "Jonas");
        study.put(secondClient);
        assertThatThrownBy(() -> study.put(new Dyad(UUID.randomUUID(), "D02", t.site.id(), secondClient.id(), t.client.id(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("needs a therapist").hasMessageContaining("C02 is a client");
        assertThatThrownBy(() -> new Dyad(UUID.randomUUID(), "D03", t.site.id(), t.client.id(), t.client.id(), null))
                .hasMessageContaining("two different people");
    }

    @Test
    void aMomentMustLieInsideItsVideo() {
        assertThatThrownBy(() -> study.put(t.moment(t.clientPass, "50:00.001", 5, "after the end")))
                .hasMessageContaining("after the end of the video (00:50:00.000)");
        Moment inside = t.moment(t.clientPass, "49:59", 5, "fine");
        study.put(inside);
        Moment spanTooLong = new Moment(inside.id(), inside.passId(), inside.anchor(),
                new TimeSpan(MediaTime.parse("49:00"), MediaTime.parse("51:00")), Initiator.PARTICIPANT, "", null, null, null, Instant.now());
        assertThatThrownBy(() -> study.put(spanTooLong)).hasMessageContaining("span");
    }

    @Test
    void aRecallIsDoneByTheDyadsOwnParticipantInTheirRole() {
        assertThatThrownBy(() -> study.put(new RecallPass(UUID.randomUUID(), t.session.id(), Role.CLIENT, t.therapist.id(), null, null,
                PassStatus.DONE, null))).hasMessageContaining("must be done by a client");
        Participant stranger = new Participant(UUID.randomUUID(), "C09", Role.CLIENT, "");
        study.put(stranger);
        assertThatThrownBy(() -> study.put(new RecallPass(UUID.randomUUID(), t.session.id(), Role.CLIENT, stranger.id(), null, null,
                PassStatus.DONE, null))).hasMessageContaining("C09 is not the client of dyad D01");
    }

    @Test
    void aMissingRecallHasAReasonAndNoMoments() {
        assertThatThrownBy(() -> new RecallPass(UUID.randomUUID(), t.session.id(), Role.CLIENT, t.client.id(), null, null,
                PassStatus.MISSING, " ")).hasMessageContaining("needs a reason");
        study.put(t.moment(t.clientPass, "01:00", 6, "x"));
        RecallPass missing = new RecallPass(t.clientPass.id(), t.session.id(), Role.CLIENT, t.client.id(), null, null, PassStatus.MISSING, "ill");
        assertThatThrownBy(() -> study.put(missing)).hasMessageContaining("cannot be marked missing");
    }

    @Test
    void pairsJoinTwoPerspectivesOfOneSession() {
        Moment c = t.moment(t.clientPass, "02:40", 4, "froze");
        Moment c2 = t.moment(t.clientPass, "02:50", 4, "still");
        Moment th = t.moment(t.therapistPass, "02:55", 7, "tense");
        study.put(c);
        study.put(c2);
        study.put(th);
        assertThatThrownBy(() -> study.put(new MomentPair(UUID.randomUUID(), c.id(), c2.id(), PairMethod.AUTOMATIC, PairClass.CONVERGENT, null, null)))
                .hasMessageContaining("both moments are from the client");
        assertThatThrownBy(() -> new MomentPair(UUID.randomUUID(), c.id(), th.id(), PairMethod.MANUAL, PairClass.CONVERGENT, null, ""))
                .hasMessageContaining("needs a reason");
        study.put(new MomentPair(UUID.randomUUID(), c.id(), th.id(), PairMethod.AUTOMATIC, PairClass.DIVERGENT_VALENCE, null, null));
        assertThat(study.pairs()).hasSize(1);
    }

    @Test
    void removingAPassTakesItsMomentsPairsAndCodingsWithItDependentsFirst() {
        Moment c = t.moment(t.clientPass, "02:40", 4, "froze");
        Moment th = t.moment(t.therapistPass, "02:55", 7, "tense");
        study.put(c);
        study.put(th);
        MomentPair pair = new MomentPair(UUID.randomUUID(), c.id(), th.id(), PairMethod.AUTOMATIC, PairClass.DIVERGENT_VALENCE, null, null);
        study.put(pair);
        Code code = new Code(UUID.randomUUID(), null, "BOND", "", "#336699", false);
        study.put(code);
        Coding coding = new Coding(UUID.randomUUID(), code.id(), c.id(), null);
        study.put(coding);

        var removal = study.removalOf(t.clientPass.id());
        assertThat(removal).extracting(Entity::id).containsExactly(pair.id(), coding.id(), c.id(), t.clientPass.id());
        assertThatThrownBy(() -> study.remove(t.clientPass.id())).hasMessageContaining("still used");
        removal.forEach(e -> study.remove(e.id()));
        assertThat(study.momentsOf(t.clientPass.id())).isEmpty();
        assertThat(study.momentsOf(t.therapistPass.id())).containsExactly(th);
    }

    @Test
    void codesAndThemesCannotBecomeTheirOwnAncestors() {
        Code parent = new Code(UUID.randomUUID(), null, "3RS", "", null, false);
        Code child = new Code(UUID.randomUUID(), parent.id(), "WD-MIN", "minimal response", null, false);
        study.put(parent);
        study.put(child);
        assertThatThrownBy(() -> study.put(new Code(parent.id(), child.id(), "3RS", "", null, false))).hasMessageContaining("own subcodes");
        assertThatThrownBy(() -> study.put(new Code(UUID.randomUUID(), parent.id(), "wd-min", "", null, false))).hasMessageContaining("already a code");
    }

    @Test
    void twoRecordsWithOneIdAreRefusedNotMerged() {
        Site copy = new Site(t.site.id(), "S9", "Another clinic");
        assertThatThrownBy(() -> Study.of(study.header(), java.util.List.of(t.site, copy))).hasMessageContaining("used by two records");
    }

    @Test
    void theInterviewerIsAnInterviewerOrASupervisor() {
        assertThatThrownBy(() -> study.put(new RecallPass(t.clientPass.id(), t.session.id(), Role.CLIENT, t.client.id(), t.therapist.id(),
                null, PassStatus.DONE, null))).hasMessageContaining("T01 is a therapist");
    }

    @Test
    void findsSessionsByTheirLabel() {
        assertThat(study.sessionByLabel("D01/3")).contains(t.session);
        assertThat(study.sessionByLabel("d01 3")).contains(t.session);
        assertThat(study.sessionByLabel("D01/5")).isEmpty();
        assertThat(study.sessionByLabel("nonsense")).isEmpty();
    }
}
