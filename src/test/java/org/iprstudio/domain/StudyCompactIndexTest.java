package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * The indexes made lean for large studies (codes looked up by folded case, one coding per
 * moment kept without a list, a pass's moments in a list) answer exactly as the scans did.
 */
class StudyCompactIndexTest {
    private final TestStudies t = new TestStudies();
    private final Study study = t.study();

    @Test
    void aCodeIsFreeAgainOnceItsHolderIsRenamedOrRemovedAndTakenRegardlessOfCase() {
        Participant other = new Participant(UUID.randomUUID(), "C02", Role.CLIENT, null);
        study.put(other);
        assertThatThrownBy(() -> study.put(new Participant(UUID.randomUUID(), "c02", Role.CLIENT, null)))
                .hasMessage("Another participant already has the code c02.");
        study.put(new Participant(other.id(), "C03", Role.CLIENT, null)); // renamed: C02 is free, C03 taken
        study.put(new Participant(UUID.randomUUID(), "C02", Role.CLIENT, null));
        assertThatThrownBy(() -> study.put(new Participant(UUID.randomUUID(), "C03", Role.CLIENT, null))).isInstanceOf(DomainException.class);
        study.remove(other.id());
        study.put(new Participant(UUID.randomUUID(), "c03", Role.CLIENT, null));

        assertThatThrownBy(() -> study.put(new Dyad(UUID.randomUUID(), "d01", t.site.id(), t.therapist.id(), t.client.id(), null)))
                .hasMessage("Another dyad already has the code d01.");
        assertThatThrownBy(() -> study.put(new Site(UUID.randomUUID(), "s1", "Another"))).hasMessage("Another site already has the code s1.");
        study.put(new Site(t.site.id(), "S1", "Renamed clinic")); // the same record keeps its own code
    }

    @Test
    void codingsOfAMomentFollowTheSecondAndTheRemovalOfEither() {
        Moment m = t.moment(t.clientPass, "01:00", 3, "c");
        study.put(m);
        Code a = new Code(UUID.randomUUID(), null, "A", "", null, false);
        Code b = new Code(UUID.randomUUID(), null, "B", "", null, false);
        study.put(a);
        study.put(b);
        Coding first = new Coding(UUID.randomUUID(), a.id(), m.id(), null);
        Coding second = new Coding(UUID.randomUUID(), b.id(), m.id(), null);
        study.put(first);
        assertThat(study.codingsOf(m.id())).containsExactly(first);
        study.put(second);
        assertThat(study.codingsOf(m.id())).containsExactly(first, second);
        assertThatThrownBy(() -> study.put(new Coding(UUID.randomUUID(), a.id(), m.id(), null))).hasMessage("Code 'A' is already applied there.");
        study.remove(first.id());
        assertThat(study.codingsOf(m.id())).containsExactly(second);
        study.put(first);
        study.remove(second.id());
        study.remove(first.id());
        assertThat(study.codingsOf(m.id())).isEmpty();
    }

    @Test
    void aPassKeepsItsMomentsInTheOrderAddedThroughReplacementAndRemoval() {
        List<Moment> added = new ArrayList<>();
        for (String at : List.of("03:00", "01:00", "02:00")) {
            Moment m = t.moment(t.clientPass, at, 5, at);
            study.put(m);
            added.add(m);
        }
        Moment changed = added.get(1).withComment("changed");
        study.put(changed);
        assertThat(study.momentsInPass(t.clientPass.id())).containsExactly(added.get(0), changed, added.get(2));
        assertThat(study.momentsOf(t.clientPass.id())).containsExactly(changed, added.get(2), added.get(0));
        study.remove(added.get(0).id());
        assertThat(study.momentsInPass(t.clientPass.id())).containsExactly(changed, added.get(2));
        study.remove(changed.id());
        study.remove(added.get(2).id());
        assertThat(study.momentsInPass(t.clientPass.id())).isEmpty();
        assertThat(study.momentCount()).isZero();
    }

    @Test
    void aStudyBuiltFromRecordsRefusesAnIdUsedTwiceEvenAcrossKinds() {
        Moment m = t.moment(t.clientPass, "01:00", 3, "c");
        Code code = new Code(UUID.randomUUID(), null, "A", "", null, false);
        Coding sameIdAsMoment = new Coding(m.id(), code.id(), m.id(), null);
        List<Entity> records = new ArrayList<>(t.study().entitiesInDependencyOrder());
        records.add(sameIdAsMoment);
        records.add(code);
        records.add(m);
        assertThatThrownBy(() -> Study.of(t.study().header(), records)).hasMessageContaining("is used by two records");

        Moment other = t.moment(t.therapistPass, "01:10", 7, "t");
        List<Entity> twoMomentsOneId = new ArrayList<>(t.study().entitiesInDependencyOrder());
        twoMomentsOneId.add(m);
        twoMomentsOneId.add(new Moment(m.id(), t.therapistPass.id(), other.anchor(), null, other.initiator(), "", null, null, null, other.createdAt()));
        assertThatThrownBy(() -> Study.of(t.study().header(), twoMomentsOneId)).hasMessageContaining("is used by two records");

        MomentPair pair = new MomentPair(UUID.randomUUID(), m.id(), other.id(), PairMethod.AUTOMATIC, PairClass.CONVERGENT, null, "");
        List<Entity> pairAndCodingOneId = new ArrayList<>(t.study().entitiesInDependencyOrder());
        pairAndCodingOneId.addAll(List.of(new Coding(pair.id(), code.id(), m.id(), null), code, m, other, pair));
        assertThatThrownBy(() -> Study.of(t.study().header(), pairAndCodingOneId)).hasMessageContaining("is used by two records");

        Site siteTwice = new Site(m.id(), "S9", "A site with a moment's id");
        List<Entity> siteAndMomentOneId = new ArrayList<>(t.study().entitiesInDependencyOrder());
        siteAndMomentOneId.addAll(List.of(m, siteTwice));
        assertThatThrownBy(() -> Study.of(t.study().header(), siteAndMomentOneId)).hasMessageContaining("is used by two records");

        List<Entity> whole = new ArrayList<>(t.study().entitiesInDependencyOrder());
        whole.addAll(List.of(pair, other, code, m, new Coding(UUID.randomUUID(), code.id(), m.id(), null)));
        assertThat(Study.of(t.study().header(), whole).pairsOf(m.id())).containsExactly(pair);
    }
}
