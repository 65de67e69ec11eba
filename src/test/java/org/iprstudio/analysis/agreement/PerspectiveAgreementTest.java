package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class PerspectiveAgreementTest {
    private final TestStudies t = new TestStudies();

    /** D01 session 3 with client, therapist and two observers; session 5 without the therapist's recall. */
    private Study study() {
        Study study = t.study();
        for (String[] m : new String[][] {{"client", "10:00"}, {"client", "20:00"}, {"client", "30:00"}, {"therapist", "10:05"},
                {"therapist", "20:25"}, {"therapist", "35:00"}}) {
            study.put(t.moment(m[0].equals("client") ? t.clientPass : t.therapistPass, m[1], 5, ""));
        }
        Session five = new Session(UUID.randomUUID(), t.dyad.id(), 5, LocalDate.of(2025, 3, 18), new MediaRef("media/D01-S5.mp4", null, MediaTime.parse("50:00")));
        study.put(five);
        RecallPass clientFive = new RecallPass(UUID.randomUUID(), five.id(), Role.CLIENT, t.client.id(), t.interviewer.id(), LocalDate.of(2025, 3, 19),
                PassStatus.DONE, null);
        study.put(clientFive);
        study.put(t.moment(clientFive, "05:00", 6, ""));
        study.put(new RecallPass(UUID.randomUUID(), five.id(), Role.THERAPIST, t.therapist.id(), t.interviewer.id(), null, PassStatus.MISSING, "Therapist ill"));
        Participant o1 = new Participant(UUID.randomUUID(), "O2", Role.OBSERVER, "Observer B");
        Participant o2 = new Participant(UUID.randomUUID(), "O1", Role.OBSERVER, "Observer A");
        study.put(o1);
        study.put(o2);
        RecallPass first = new RecallPass(UUID.randomUUID(), t.session.id(), Role.OBSERVER, o1.id(), t.interviewer.id(), null, PassStatus.DONE, null);
        RecallPass second = new RecallPass(UUID.randomUUID(), t.session.id(), Role.OBSERVER, o2.id(), t.interviewer.id(), null, PassStatus.DONE, null);
        study.put(first);
        study.put(second);
        study.put(t.moment(first, "12:00", 5, ""));
        study.put(t.moment(first, "40:00", 5, ""));
        study.put(t.moment(second, "11:35", 5, "")); // 25 s before O2's mark: beyond the protocol's 10 s before, within the symmetric 30 s
        return study;
    }

    @Test
    void perSessionDyadAndStudyWithTheMissingRecallNamed() {
        PerspectiveAgreement result = PerspectiveAgreement.of(study());
        assertThat(result.sessions()).hasSize(2);
        PerspectiveAgreement.SessionLine three = result.sessions().get(0);
        // 10:00-10:05 and 20:00-20:25 match; 30:00 and 35:00 are 300 s apart
        assertThat(three.agreement().matches()).isEqualTo(2);
        assertThat(three.agreement().proportion().value()).isEqualTo(4.0 / 6);
        PerspectiveAgreement.SessionLine five = result.sessions().get(1);
        assertThat(five.agreement()).isNull();
        assertThat(five.gaps()).containsExactly(new PerspectiveAgreement.Gap(Role.THERAPIST, PerspectiveAgreement.Absence.MISSING, "T01", "Therapist ill"));
        assertThat(result.dyads()).singleElement().satisfies(d -> {
            assertThat(d.sessions()).isEqualTo(1);
            assertThat(d.agreement().matches()).isEqualTo(2);
        });
        assertThat(result.study().firstMarks()).isEqualTo(3); // session 5's client moment is left out
        assertThat(result.curve().get(0).agreement().matches()).isZero();
        assertThat(result.curve().get(5).agreement().matches()).isEqualTo(2);
    }

    @Test
    void twoObserversOfOneSessionAreComparedInASymmetricWindow() {
        PerspectiveAgreement result = PerspectiveAgreement.of(study());
        assertThat(result.sameRoleWindow().before()).isEqualTo(MediaTime.ofSeconds(30));
        assertThat(result.sameRoleWindow().after()).isEqualTo(MediaTime.ofSeconds(30));
        assertThat(result.sameRole()).singleElement().satisfies(line -> {
            assertThat(line.perspective()).isEqualTo(Role.OBSERVER);
            assertThat(line.firstCode()).isEqualTo("O1");
            assertThat(line.secondCode()).isEqualTo("O2");
            assertThat(line.agreement().matches()).isEqualTo(1);
            assertThat(line.agreement().proportion().value()).isEqualTo(2.0 / 3);
            assertThat(line.agreement().offsetsMillis()).containsExactly(25_000L);
        });
    }

    @Test
    void theDemoStudyLeavesOutTheSessionWithoutTheTherapistsRecall() {
        Study demo = TestStudies.demo();
        PerspectiveAgreement result = PerspectiveAgreement.of(demo);
        assertThat(result.sessions()).hasSize(4);
        PerspectiveAgreement.SessionLine notCompared = result.sessions().stream().filter(s -> s.agreement() == null).findFirst().orElseThrow();
        assertThat(notCompared.dyadCode() + "/" + notCompared.session().number()).isEqualTo("D02/5");
        assertThat(result.sessions()).filteredOn(s -> s.agreement() == null).hasSize(1);
        // the study's 27 therapist moments all lie in compared sessions; of the client's 36, those of D02/5 are left out
        int clientInD02Five = demo.passesOf(notCompared.session().id()).stream().filter(p -> p.perspective() == Role.CLIENT)
                .mapToInt(p -> demo.momentsOf(p.id()).size()).sum();
        assertThat(clientInD02Five).isPositive();
        assertThat(result.study().secondMarks()).isEqualTo(27);
        assertThat(result.study().firstMarks()).isEqualTo(36 - clientInD02Five);
        assertThat(result.study().matches()).isEqualTo(result.sessions().stream().filter(s -> s.agreement() != null)
                .mapToInt(s -> s.agreement().matches()).sum());
        assertThat(result.sameRole()).isEmpty();
    }
}
