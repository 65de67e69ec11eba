package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * A dyad's client or therapist may change, and a session may move to another dyad, only while every
 * recall of its sessions still belongs to the dyad's client or therapist (the rules checked when a
 * pass is put hold afterwards too).
 */
class DyadChangeRulesTest {
    private final Study study = TestStudies.demo();

    private Dyad dyadWithRecalls() {
        return study.dyads().stream().filter(d -> study.sessionsOf(d.id()).stream().anyMatch(s -> !study.passesOf(s.id()).isEmpty()))
                .findFirst().orElseThrow();
    }

    @Test
    void aDyadKeepsTheClientWhoseRecallsItsSessionsHold() {
        Dyad dyad = dyadWithRecalls();
        Participant other = new Participant(UUID.randomUUID(), "C99", Role.CLIENT, "");
        study.put(other);
        Dyad changed = new Dyad(dyad.id(), dyad.code(), dyad.siteId(), dyad.therapistId(), other.id(), dyad.trajectory());

        assertThatThrownBy(() -> study.put(changed)).isInstanceOf(DomainException.class)
                .hasMessageContaining(dyad.code()).hasMessageContaining("C99").hasMessageContaining("Remove that recall first");
        assertThat(study.dyad(dyad.id())).isEqualTo(dyad);
    }

    @Test
    void aSessionWithRecallsDoesNotMoveToAnotherDyad() {
        Dyad dyad = dyadWithRecalls();
        Session session = study.sessionsOf(dyad.id()).stream().filter(s -> !study.passesOf(s.id()).isEmpty()).findFirst().orElseThrow();
        Dyad other = study.dyads().stream().filter(d -> !d.id().equals(dyad.id())).findFirst().orElseThrow();
        Session moved = new Session(session.id(), other.id(), 7, session.date(), session.media());

        assertThatThrownBy(() -> study.put(moved)).isInstanceOf(DomainException.class).hasMessageContaining(other.code());
        assertThat(study.session(session.id())).isEqualTo(session);
    }

    @Test
    void aDyadWhoseSessionsHoldNoRecallMayChangeItsClient() {
        Dyad dyad = dyadWithRecalls();
        Participant client = new Participant(UUID.randomUUID(), "C98", Role.CLIENT, "");
        Participant therapist = new Participant(UUID.randomUUID(), "T98", Role.THERAPIST, "");
        study.put(client);
        study.put(therapist);
        Dyad fresh = new Dyad(UUID.randomUUID(), "D98", dyad.siteId(), therapist.id(), client.id(), Trajectory.UNCLASSIFIED);
        study.put(fresh);
        study.put(new Session(UUID.randomUUID(), fresh.id(), 3, null, null));
        Participant another = new Participant(UUID.randomUUID(), "C97", Role.CLIENT, "");
        study.put(another);

        study.put(new Dyad(fresh.id(), "D98", dyad.siteId(), therapist.id(), another.id(), Trajectory.UNCLASSIFIED));
        assertThat(study.dyad(fresh.id()).clientId()).isEqualTo(another.id());
    }
}
