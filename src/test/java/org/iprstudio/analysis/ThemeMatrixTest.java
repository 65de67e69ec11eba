package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class ThemeMatrixTest {
    private final TestStudies t = new TestStudies();

    @Test
    void aMomentCountsThroughItsCodesTheirParentCodesItsPairAndAsExemplar() {
        Study study = t.study();
        Moment c1 = t.moment(t.clientPass, "02:00", 3, "I froze");
        Moment c2 = t.moment(t.clientPass, "10:00", 7, "she remembered");
        Moment t1 = t.moment(t.therapistPass, "02:10", 7, "she opened up");
        Moment t2 = t.moment(t.therapistPass, "20:00", 6, "good work");
        List.of(c1, c2, t1, t2).forEach(study::put);
        Code group = new Code(UUID.randomUUID(), null, "Withdrawal", "", null, false);
        Code child = new Code(UUID.randomUUID(), group.id(), "WD-MIN", "", null, false);
        Code bond = new Code(UUID.randomUUID(), null, "BOND", "", null, false);
        List.of(group, child, bond).forEach(study::put);
        MomentPair pair = new MomentPair(UUID.randomUUID(), c1.id(), t1.id(), PairMethod.AUTOMATIC, PairClass.DIVERGENT_VALENCE, null, "");
        study.put(pair);
        study.put(new Coding(UUID.randomUUID(), child.id(), null, pair.id()));
        study.put(new Coding(UUID.randomUUID(), bond.id(), c2.id(), null));
        Theme strain = new Theme(UUID.randomUUID(), null, "Strain", "", ThemeStatus.CANDIDATE, 0, List.of(), List.of());
        Theme quiet = new Theme(UUID.randomUUID(), strain.id(), "Quiet withdrawal", "", ThemeStatus.CANDIDATE, 0, List.of(group.id()), List.of());
        Theme met = new Theme(UUID.randomUUID(), null, "Being met", "", ThemeStatus.CANDIDATE, 1, List.of(bond.id()), List.of(t2.id()));
        List.of(strain, quiet, met).forEach(study::put);

        ThemeMatrix matrix = ThemeMatrix.of(study, null);

        assertThat(matrix.columns()).containsExactly(new ThemeMatrix.Column(Role.CLIENT, 3), new ThemeMatrix.Column(Role.THERAPIST, 3));
        assertThat(matrix.rows()).extracting(r -> r.theme().name()).containsExactly("Strain", "Quiet withdrawal", "Being met");
        assertThat(matrix.rows()).extracting(ThemeMatrix.Row::depth).containsExactly(0, 1, 0);
        ThemeMatrix.Row quietRow = matrix.rowOf("Quiet withdrawal");
        assertThat(quietRow.cells().get(0)).containsExactly(c1.id()); // the pair's code, through the parent code in the theme
        assertThat(quietRow.cells().get(1)).containsExactly(t1.id());
        assertThat(matrix.rowOf("Strain").total()).isEqualTo(2); // a theme holds its subthemes' moments
        assertThat(matrix.rowOf("Being met").cells().get(0)).containsExactly(c2.id());
        assertThat(matrix.rowOf("Being met").cells().get(1)).containsExactly(t2.id()); // exemplar
    }

    @Test
    void theDemoMatrixShowsStrainAndRepairInBothSessionsOfD02ButNoTherapistInSessionFive() {
        Study demo = TestStudies.demo();
        var d02 = demo.dyads().stream().filter(d -> d.code().equals("D02")).findFirst().orElseThrow();
        ThemeMatrix matrix = ThemeMatrix.of(demo, d02.id());
        assertThat(matrix.rows()).filteredOn(r -> r.depth() == 0).hasSize(5);
        ThemeMatrix.Row strain = matrix.rowOf("Strain and repair");
        int clientS3 = matrix.columnOf(Role.CLIENT, 3);
        int clientS5 = matrix.columnOf(Role.CLIENT, 5);
        int therapistS5 = matrix.columnOf(Role.THERAPIST, 5);
        assertThat(strain.count(clientS3)).isGreaterThanOrEqualTo(5);
        assertThat(strain.count(clientS5)).isGreaterThanOrEqualTo(4);
        assertThat(strain.count(therapistS5)).isZero();
        assertThat(matrix.missing()).containsExactly(new ThemeMatrix.Column(Role.THERAPIST, 5));
        ThemeMatrix all = ThemeMatrix.of(demo, null);
        assertThat(all.rowOf("Strain and repair").total()).isGreaterThan(strain.total());
    }

    @Test
    void onASyntheticStudyEveryCellHoldsExactlyItsMomentsSessionBySessionInTheOrderTheyWereMade() {
        assertEveryCellHoldsExactlyItsMoments(org.iprstudio.bench.SyntheticStudy.build(6_000, 5));
    }

    @Test
    void withMoreThanSixtyFourThemesEveryCellStillHoldsExactlyItsMoments() {
        // the matrix keeps a moment's rows as bit masks of 64 rows a word: more themes take a second word
        Study study = org.iprstudio.bench.SyntheticStudy.build(6_000, 6);
        List<Code> codes = study.codes();
        for (int k = 0; k < 70; k++) {
            study.put(new Theme(UUID.randomUUID(), null, "Extra " + k, "", org.iprstudio.domain.ThemeStatus.CANDIDATE, 100 + k,
                    List.of(codes.get((7 * k) % codes.size()).id()), List.of()));
        }
        assertThat(study.themes()).hasSizeGreaterThan(64);
        assertEveryCellHoldsExactlyItsMoments(study);
    }

    @Test
    void pairCodesRejectedPairsMovedCodingsRemovalsAndUndosAreCountedAsThePlainReckoningCountsThem() {
        // the matrix walks each session's own codings and pairs: every way a coding or pair comes, goes or moves
        Study study = org.iprstudio.bench.SyntheticStudy.build(3_000, 8);
        java.util.Random random = new java.util.Random(8);
        List<Code> codes = study.codes();
        List<MomentPair> pairs = study.pairs();
        for (MomentPair pair : pairs) { // codes on pairs, whose two moments lie in the two passes of their session
            study.put(new Coding(UUID.randomUUID(), codes.get(random.nextInt(codes.size())).id(), null, pair.id()));
        }
        for (int i = 0; i < pairs.size(); i += 3) { // a rejected pair speaks for neither moment, though it keeps its code
            MomentPair p = pairs.get(i);
            study.put(new MomentPair(p.id(), p.firstMomentId(), p.secondMomentId(), p.method(), p.pairClass(),
                    org.iprstudio.domain.PairDecision.REJECTED, p.reason()));
        }
        List<Moment> moments = study.moments();
        List<Coding> codings = study.codings();
        for (int i = 0; i < 200; i++) { // a coding put again onto a moment of another session, or onto a pair
            Coding c = codings.get(random.nextInt(codings.size()));
            Coding moved = i % 4 == 0
                    ? new Coding(c.id(), c.codeId(), null, pairs.get(random.nextInt(pairs.size())).id())
                    : new Coding(c.id(), c.codeId(), moments.get(random.nextInt(moments.size())).id(), null);
            try {
                study.put(moved);
            } catch (org.iprstudio.domain.DomainException alreadyThere) {
                // that code is on that moment already: the coding stays where it was
            }
        }
        for (int i = 0; i < 100; i++) { // moments removed with their codings and pairs; every other one undone, last removed first back
            Moment m = moments.get(random.nextInt(moments.size()));
            if (study.find(m.id()).isEmpty() || study.themes().stream().anyMatch(t -> t.refersTo(m.id()))) {
                continue;
            }
            List<org.iprstudio.domain.Entity> removal = study.removalOf(m.id());
            removal.forEach(e -> study.remove(e.id()));
            if (i % 2 == 0) {
                for (int k = removal.size() - 1; k >= 0; k--) {
                    study.put(removal.get(k));
                }
            }
        }
        assertEveryCellHoldsExactlyItsMoments(study);
        assertEveryCellHoldsExactlyItsMoments(Study.of(study.header(), study.entitiesInDependencyOrder()));
    }

    @Test
    void oneDyadsMatrixHoldsExactlyThatDyadsMomentsOfTheWholeMatrix() {
        Study study = org.iprstudio.bench.SyntheticStudy.build(3_000, 9);
        var dyad = study.dyads().get(3);
        java.util.Set<UUID> ofDyad = new java.util.HashSet<>();
        for (var session : study.sessionsOf(dyad.id())) {
            study.passesOf(session.id()).forEach(p -> study.momentsInPass(p.id()).forEach(m -> ofDyad.add(m.id())));
        }
        ThemeMatrix all = ThemeMatrix.of(study, null);
        ThemeMatrix one = ThemeMatrix.of(study, dyad.id());
        assertThat(one.columns()).isEqualTo(all.columns());
        for (int r = 0; r < all.rows().size(); r++) {
            for (int c = 0; c < all.columns().size(); c++) {
                assertThat(one.rows().get(r).cells().get(c)).containsExactlyElementsOf(
                        all.rows().get(r).cells().get(c).stream().filter(ofDyad::contains).toList());
            }
        }
        assertThat(one.rows().stream().mapToInt(ThemeMatrix.Row::total).sum()).isPositive();
    }

    private static void assertEveryCellHoldsExactlyItsMoments(Study study) {
        ThemeMatrix matrix = ThemeMatrix.of(study, null);
        java.util.Map<UUID, Code> codes = new java.util.HashMap<>();
        java.util.Map<UUID, Theme> themes = new java.util.HashMap<>();
        study.themes().forEach(x -> themes.put(x.id(), x));
        study.codes().forEach(c -> codes.put(c.id(), c));
        for (ThemeMatrix.Row row : matrix.rows()) {
            // the theme's codes and exemplars and its subthemes', each code counted with every code under it
            java.util.Set<UUID> named = new java.util.HashSet<>();
            java.util.Set<UUID> exemplars = new java.util.HashSet<>();
            for (Theme theme : study.themes()) {
                for (Theme up = theme; up != null; up = up.parentId() == null ? null : themes.get(up.parentId())) {
                    if (up.id().equals(row.theme().id())) {
                        named.addAll(theme.codeIds());
                        exemplars.addAll(theme.exemplarMomentIds());
                    }
                }
            }
            for (int column = 0; column < matrix.columns().size(); column++) {
                ThemeMatrix.Column col = matrix.columns().get(column);
                List<UUID> expected = new java.util.ArrayList<>();
                for (var session : study.sessions()) {
                    if (session.number() != col.sessionNumber()) {
                        continue;
                    }
                    for (var pass : study.passesOf(session.id())) {
                        if (pass.perspective() != col.perspective()) {
                            continue;
                        }
                        for (Moment m : study.momentsInPass(pass.id())) {
                            List<Coding> all = new java.util.ArrayList<>(study.codingsOf(m.id()));
                            study.pairsOf(m.id()).stream().filter(p -> p.decision() != org.iprstudio.domain.PairDecision.REJECTED)
                                    .forEach(p -> all.addAll(study.codingsOf(p.id())));
                            boolean in = false;
                            for (Coding coding : all) {
                                for (Code c = codes.get(coding.codeId()); c != null; c = c.parentId() == null ? null : codes.get(c.parentId())) {
                                    in |= named.contains(c.id());
                                }
                            }
                            if (in || exemplars.contains(m.id())) {
                                expected.add(m.id());
                            }
                        }
                    }
                }
                assertThat(row.cells().get(column)).as("%s, %s", row.theme().name(), col).containsExactlyElementsOf(expected);
            }
        }
        assertThat(matrix.rows().stream().mapToInt(ThemeMatrix.Row::total).sum()).isPositive();
    }
}
