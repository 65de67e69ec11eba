package org.iprstudio.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySetupTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();
    private SetupFixture f;

    private SetupFixture fixture() {
        f = new SetupFixture(dir.resolve("study.iprs"), t.study());
        return f;
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aSiteIsAddedCommittedAtOnceAndUndone() {
        SetupFixture f = fixture();
        Site s2 = f.people.addSite("S2", "Nordby family practice");
        assertThat(f.reread().sites()).extracting(Site::code).containsExactly("S1", "S2");
        f.history.undo();
        assertThat(f.reread().sites()).extracting(Site::code).containsExactly("S1");
        f.history.redo();
        assertThat(f.reread().site(s2.id()).name()).isEqualTo("Nordby family practice");
    }

    @Test
    void aDuplicateCodeIsRefusedNamingTheExistingOneAndAFreeCode() {
        SetupFixture f = fixture();
        assertThatThrownBy(() -> f.people.addSite("s1", "Other clinic")).isInstanceOf(DomainException.class)
                .hasMessage("The code s1 is already used by site S1 (Test clinic). Choose another code, for example S2.");
        assertThatThrownBy(() -> f.people.addParticipant("T01", Role.THERAPIST, "")).hasMessageContaining("already used by therapist T01 Halvor")
                .hasMessageContaining("for example T02");
        Participant c2 = f.people.addParticipant("C02", Role.CLIENT, "Sigrid");
        assertThatThrownBy(() -> f.people.addDyad("D01", t.site, t.therapist, c2)).hasMessageContaining("already used by dyad D01 (C01 with T01 at S1)")
                .hasMessageContaining("for example D02");
        assertThatThrownBy(() -> f.people.editSite(f.service.study().sites().get(0), "S 1", "x")).hasMessageContaining("is not valid");
        assertThat(f.reread().sites()).hasSize(1);
    }

    @Test
    void aTherapistCanBelongToSeveralDyads() {
        SetupFixture f = fixture();
        Participant c2 = f.people.addParticipant("C02", Role.CLIENT, "");
        Dyad d2 = f.people.addDyad("D02", t.site, t.therapist, c2);
        assertThat(f.reread().dyads()).extracting(Dyad::therapistId).containsExactly(t.therapist.id(), t.therapist.id());
        assertThat(d2.clientId()).isEqualTo(c2.id());
    }

    @Test
    void aClientWhoHasRecalledCannotBeSwapped() {
        SetupFixture f = fixture();
        Participant c2 = f.people.addParticipant("C02", Role.CLIENT, "");
        assertThatThrownBy(() -> f.people.editDyad(t.dyad, "D01", t.site, t.therapist, c2))
                .hasMessageStartingWith("C01 has already recalled session 3 of dyad D01, so they cannot be swapped");
        assertThat(f.reread().dyad(t.dyad.id()).clientId()).isEqualTo(t.client.id());
    }

    @Test
    void aClientWhoseRecallIsOnlyPlannedIsSwappedWithTheirPlannedPass() {
        Study study = t.study();
        study.put(new org.iprstudio.domain.RecallPass(t.clientPass.id(), t.session.id(), Role.CLIENT, t.client.id(), null, null, PassStatus.PLANNED, ""));
        f = new SetupFixture(dir.resolve("planned.iprs"), study);
        Participant c2 = f.people.addParticipant("C02", Role.CLIENT, "");
        f.people.editDyad(t.dyad, "D01", t.site, t.therapist, c2);
        Study reread = f.reread();
        assertThat(reread.dyad(t.dyad.id()).clientId()).isEqualTo(c2.id());
        assertThat(reread.pass(t.clientPass.id()).participantId()).isEqualTo(c2.id());
        f.history.undo();
        assertThat(f.reread().pass(t.clientPass.id()).participantId()).isEqualTo(t.client.id());
    }

    @Test
    void removingASessionSaysExactlyWhatGoesWithItAndUndoBringsItAllBack() {
        Study study = t.study();
        Moment c1 = t.moment(t.clientPass, "1:00", 7, "c1");
        Moment c2 = t.moment(t.clientPass, "5:00", 3, "c2");
        Moment t1 = t.moment(t.therapistPass, "1:05", 7, "t1");
        Code code = new Code(UUID.randomUUID(), null, "BOND", "", "#4e79a7", false);
        study.put(c1);
        study.put(c2);
        study.put(t1);
        study.put(code);
        MomentPair pair = new MomentPair(UUID.randomUUID(), c1.id(), t1.id(), PairMethod.AUTOMATIC, PairClass.CONVERGENT, PairDecision.CONFIRMED, "");
        study.put(pair);
        study.put(new Coding(UUID.randomUUID(), code.id(), c1.id(), null));
        study.put(new Coding(UUID.randomUUID(), code.id(), null, pair.id()));
        f = new SetupFixture(dir.resolve("data.iprs"), study);

        RemovalSummary summary = f.people.whatGoesWith(t.session);
        assertThat(summary).isEqualTo(new RemovalSummary(StudySetup.sessionSubject("D01", 3), 0, 0, 2, 3, 2, 1, 0));
        assertThat(summary.subject().english()).isEqualTo("D01 session 3");
        assertThat(summary.holdsRecallData()).isTrue();
        assertThat(f.people.whatGoesWith(f.people.addSite("S9", "Empty")).nothingElse()).isTrue();

        f.people.remove(f.service.study().session(t.session.id()));
        Study after = f.reread();
        assertThat(after.sessions()).isEmpty();
        assertThat(after.moments()).isEmpty();
        assertThat(after.codes()).hasSize(1);
        f.history.undo();
        Study back = f.reread();
        assertThat(back.moments()).hasSize(3);
        assertThat(back.pairs()).hasSize(1);
        assertThat(back.codings()).hasSize(2);
    }

    @Test
    void aParticipantsRoleCannotChangeWhileADyadNeedsIt() {
        SetupFixture f = fixture();
        assertThatThrownBy(() -> f.people.editParticipant(t.client, "C01", Role.OBSERVER, "")).isInstanceOf(DomainException.class)
                .hasMessageContaining("cannot change");
        Participant renamed = f.people.editParticipant(t.client, "C11", Role.CLIENT, "Ingrid");
        assertThat(f.reread().participant(renamed.id()).code()).isEqualTo("C11");
    }

    @Test
    void peopleMadeInTheDyadFormComeAndGoWithTheDyadInOneStep() {
        SetupFixture f = fixture();
        Participant client = f.people.newParticipant("C07", Role.CLIENT);
        Participant therapist = f.people.newParticipant("T07", Role.THERAPIST);
        assertThat(f.reread().participants()).extracting(Participant::code).doesNotContain("C07", "T07");

        Dyad d07 = f.people.addDyad("D07", t.site, therapist, client);

        Study stored = f.reread();
        assertThat(stored.dyad(d07.id()).clientId()).isEqualTo(client.id());
        assertThat(stored.participants()).extracting(Participant::code).contains("C07", "T07");
        f.history.undo();
        assertThat(f.reread().participants()).extracting(Participant::code).doesNotContain("C07", "T07");
        assertThat(f.reread().dyads()).extracting(Dyad::code).doesNotContain("D07");
        f.history.redo();
        assertThat(f.reread().participant(therapist.id()).code()).isEqualTo("T07");
    }

    @Test
    void aRefusedDyadLeavesNoNewPersonBehind() {
        SetupFixture f = fixture();
        Participant client = f.people.newParticipant("C08", Role.CLIENT);
        assertThatThrownBy(() -> f.people.addDyad("D01", t.site, t.therapist, client)).hasMessageContaining("already used by dyad D01");
        assertThat(f.reread().participants()).extracting(Participant::code).doesNotContain("C08");
        assertThat(f.history.nextUndo()).isEmpty();
    }

    @Test
    void aNewClientGivenInEditingADyadIsStoredWithTheChange() {
        SetupFixture f = fixture();
        assertThatThrownBy(() -> f.people.newParticipant("t01", Role.THERAPIST)).hasMessageContaining("T01");
        Participant refused = f.people.newParticipant("C10", Role.CLIENT);
        assertThatThrownBy(() -> f.people.editDyad(t.dyad, "D01", t.site, t.therapist, refused)).hasMessageContaining("cannot be swapped");
        Dyad d02 = f.people.addDyad("D02", t.site, t.therapist, f.people.addParticipant("C02", Role.CLIENT, ""));
        Participant client = f.people.newParticipant("C09", Role.CLIENT);

        f.people.editDyad(d02, "D02", t.site, t.therapist, client);

        assertThat(f.reread().dyad(d02.id()).clientId()).isEqualTo(client.id());
        f.history.undo();
        assertThat(f.reread().participants()).extracting(Participant::code).doesNotContain("C09", "C10");
        assertThat(f.reread().dyad(d02.id()).clientId()).isNotEqualTo(client.id());
    }
}
