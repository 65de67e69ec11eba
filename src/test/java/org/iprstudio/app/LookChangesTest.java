package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyLook;
import org.iprstudio.domain.StudyOutline;
import org.iprstudio.store.StudyChange;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** Decision 0027: what a first look of the demo's first session can check, and what waits for the whole study. */
class LookChangesTest {
    private final Study whole = TestStudies.demo();
    private final Session first = whole.sessionsOf(whole.dyadsAt(whole.sites().get(0).id()).get(0).id()).get(0);
    private final StudyLook look = new StudyLook(StudyServiceLookTest.lookOf(whole, first), StudyOutline.of(whole), first.id());
    private final Code code = whole.codes().stream().filter(c -> c.parentId() != null).findFirst().orElseThrow();

    private Moment momentOf(Session session, Role side) {
        return whole.passesOf(session.id()).stream().filter(p -> p.perspective() == side)
                .flatMap(p -> whole.momentsOf(p.id()).stream()).findFirst().orElseThrow();
    }

    private static List<StudyChange> puts(Object... entities) {
        return java.util.Arrays.stream(entities).map(e -> (StudyChange) new StudyChange.Put((org.iprstudio.domain.Entity) e)).toList();
    }

    @Test
    void aCodingOrAPairInTheLooksSessionIsCheckedThereAndAPairKeptAndCodedInOneStepToo() {
        Moment client = momentOf(first, Role.CLIENT);
        Moment therapist = momentOf(first, Role.THERAPIST);
        assertThat(LookChanges.checkable(look, puts(new Coding(UUID.randomUUID(), code.id(), client.id(), null)))).isTrue();
        MomentPair kept = new MomentPair(UUID.randomUUID(), client.id(), therapist.id(), PairMethod.AUTOMATIC, PairClass.CONVERGENT, PairDecision.CONFIRMED, "");
        assertThat(LookChanges.checkable(look, puts(kept, new Coding(UUID.randomUUID(), code.id(), null, kept.id()))))
                .as("the coding's pair is put earlier in the same step").isTrue();
        assertThat(LookChanges.checkable(look, puts(new Coding(UUID.randomUUID(), code.id(), null, kept.id()))))
                .as("a pair the look does not hold").isFalse();
        assertThat(LookChanges.checkable(look, puts(client.withComment("Said again")))).isTrue();
        assertThat(LookChanges.checkable(look, puts(new Code(UUID.randomUUID(), code.parentId(), "New code", "", null, false)))).isTrue();
        Coding existing = look.study().codings().get(0);
        assertThat(LookChanges.checkable(look, List.of(new StudyChange.Delete(existing)))).as("a code taken off").isTrue();
    }

    @Test
    void anotherSessionsMomentAThemeTheStructureAndAMomentRemovedWaitForTheWholeStudy() {
        Session other = whole.sessions().stream().filter(s -> !s.id().equals(first.id()) && !whole.passesOf(s.id()).isEmpty()).findFirst().orElseThrow();
        Moment elsewhere = momentOf(other, Role.CLIENT);
        assertThat(LookChanges.checkable(look, puts(new Coding(UUID.randomUUID(), code.id(), elsewhere.id(), null)))).isFalse();
        assertThat(LookChanges.checkable(look, puts(elsewhere.withComment("Not in the look")))).isFalse();
        Moment client = momentOf(first, Role.CLIENT);
        Moment fresh = new Moment(UUID.randomUUID(), client.passId(), client.anchor(), null, client.initiator(), "A new stop", client.timeFrame(),
                client.helpfulness(), client.intensity(), client.createdAt());
        assertThat(LookChanges.checkable(look, puts(fresh))).as("a new moment (a recall's): its id could be another session's").isFalse();
        assertThat(LookChanges.checkable(look, puts(whole.themes().get(0)))).isFalse();
        assertThat(LookChanges.checkable(look, puts(first))).as("a session's own record is structure").isFalse();
        assertThat(LookChanges.checkable(look, List.of(new StudyChange.Delete(momentOf(first, Role.CLIENT))))).as("a theme may name it").isFalse();
        assertThat(LookChanges.checkable(look, List.of(new StudyChange.SetHeader(whole.header())))).isFalse();
        assertThat(LookChanges.checkable(look, puts(new Coding(UUID.randomUUID(), code.id(), client.id(), null), whole.themes().get(0))))
                .as("one change of a step that waits makes the step wait").isFalse();
    }
}
