package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.TimeSpan;
import org.junit.jupiter.api.Test;

class PairingTest {
    private static final PairingWindow WINDOW = PairingWindow.DEFAULT;

    static Moment at(String anchor, double helpfulness) {
        return new Moment(UUID.randomUUID(), UUID.randomUUID(), MediaTime.parse(anchor), null, Initiator.PARTICIPANT, anchor, null,
                new Helpfulness(helpfulness), null, Instant.EPOCH);
    }

    @Test
    void theWindowReachesTenSecondsBeforeAndThirtyAfterTheFirstAnchor() {
        Moment client = at("10:00", 5);
        assertThat(Pairing.canPair(client, at("09:50", 5), WINDOW)).isTrue();
        assertThat(Pairing.canPair(client, at("09:49.9", 5), WINDOW)).isFalse();
        assertThat(Pairing.canPair(client, at("10:30", 5), WINDOW)).isTrue();
        assertThat(Pairing.canPair(client, at("10:30.1", 5), WINDOW)).isFalse();
    }

    @Test
    void overlappingSpansPairWhateverTheAnchors() {
        Moment a = at("10:00", 5).withSpan(new TimeSpan(MediaTime.parse("08:00"), MediaTime.parse("10:00")));
        Moment b = at("07:00", 5).withSpan(new TimeSpan(MediaTime.parse("06:00"), MediaTime.parse("08:30")));
        assertThat(Pairing.canPair(a, b, WINDOW)).isTrue();
    }

    @Test
    void morePairsBeatSmallerDifferencesWhereAGreedyMatchWouldLoseOne() {
        // greedy by nearest would pair c1 with t1 (5 s) and leave c2 alone, since c2 only reaches t1
        Moment c1 = at("10:00", 7);
        Moment c2 = at("09:36", 7);
        Moment t1 = at("10:05", 7);
        Moment t2 = at("10:28", 7);
        List<Pairing.Candidate> pairs = Pairing.suggest(List.of(c1, c2), List.of(t1, t2), WINDOW, Set.of(), Set.of());
        assertThat(pairs).hasSize(2);
        // and among the two-pair solutions the one with the smaller total difference
        Moment d1 = at("20:00", 7);
        Moment d2 = at("20:10", 7);
        Moment s1 = at("20:12", 7);
        Moment s2 = at("20:25", 7);
        List<Pairing.Candidate> best = Pairing.suggest(List.of(d1, d2), List.of(s1, s2), WINDOW, Set.of(), Set.of());
        assertThat(best).extracting(c -> c.first().anchor().toShortClock() + ">" + c.second().anchor().toShortClock())
                .containsExactlyInAnyOrder("20:00>20:12", "20:10>20:25");
        assertThat(pairs).extracting(c -> c.first().anchor().toShortClock() + ">" + c.second().anchor().toShortClock())
                .containsExactlyInAnyOrder("10:00>10:28", "9:36>10:05");
    }

    @Test
    void aMomentIsInAtMostOnePairAndDecisionsAreRespected() {
        Moment c = at("10:00", 7);
        Moment t1 = at("10:02", 7);
        Moment t2 = at("10:04", 7);
        assertThat(Pairing.suggest(List.of(c), List.of(t1, t2), WINDOW, Set.of(), Set.of())).singleElement()
                .satisfies(p -> assertThat(p.second()).isEqualTo(t1));
        assertThat(Pairing.suggest(List.of(c), List.of(t1, t2), WINDOW, Set.of(), Set.of(new Pairing.Key(c.id(), t1.id())))).singleElement()
                .satisfies(p -> assertThat(p.second()).isEqualTo(t2));
        assertThat(Pairing.suggest(List.of(c), List.of(t1, t2), WINDOW, Set.of(c.id()), Set.of())).isEmpty();
    }

    @Test
    void helpfulAgainstHinderingIsDivergentInValence() {
        assertThat(Pairing.classify(at("1:00", 7), at("1:05", 2.5))).isEqualTo(PairClass.DIVERGENT_VALENCE);
        assertThat(Pairing.classify(at("1:00", 7), at("1:05", 8))).isEqualTo(PairClass.CONVERGENT);
        assertThat(Pairing.classify(at("1:00", 5), at("1:05", 2))).isEqualTo(PairClass.CONVERGENT);
    }

    @Test
    void onRandomSessionsTheSuggestionIsAsGoodAsTryingEveryPossiblePairing() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 400; round++) {
            List<Moment> firsts = randomMoments(random, 1 + random.nextInt(6));
            List<Moment> seconds = randomMoments(random, 1 + random.nextInt(6));
            List<Pairing.Candidate> suggested = Pairing.suggest(firsts, seconds, WINDOW, Set.of(), Set.of());
            long[] best = bestByTryingAll(firsts, seconds, 0, new boolean[seconds.size()]);
            assertThat(suggested).as("round %d: number of pairs", round).hasSize((int) best[0]);
            assertThat(suggested.stream().mapToLong(c -> Math.abs(c.deltaMillis())).sum()).as("round %d: total difference", round).isEqualTo(best[1]);
            assertThat(suggested).allMatch(c -> Pairing.canPair(c.first(), c.second(), WINDOW));
        }
    }

    @Test
    void onLargerRandomSessionsWithKeptAndRejectedPairsTheSuggestionIsTheSameAsTheMapBasedOne() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 300; round++) {
            List<Moment> firsts = randomMoments(random, random.nextInt(40));
            List<Moment> seconds = randomMoments(random, random.nextInt(40));
            if (round % 2 == 0) { // as a pass gives them: in time order
                firsts = firsts.stream().sorted(java.util.Comparator.comparing(Moment::anchor)).toList();
                seconds = seconds.stream().sorted(java.util.Comparator.comparing(Moment::anchor)).toList();
            }
            Set<UUID> taken = new java.util.HashSet<>();
            Set<Pairing.Key> rejected = new java.util.HashSet<>();
            for (Moment m : firsts) {
                if (random.nextInt(6) == 0) {
                    taken.add(m.id());
                } else if (!seconds.isEmpty() && random.nextInt(4) == 0) {
                    rejected.add(new Pairing.Key(m.id(), seconds.get(random.nextInt(seconds.size())).id()));
                }
            }
            seconds.stream().filter(m -> random.nextInt(6) == 0).forEach(m -> taken.add(m.id()));
            List<Pairing.Candidate> now = Pairing.suggest(firsts, seconds, WINDOW, taken, rejected);
            List<Pairing.Candidate> before = MapBasedPairing.suggest(firsts, seconds, WINDOW, taken, rejected);
            assertThat(now).as("round %d", round).containsExactlyInAnyOrderElementsOf(before);
            assertThat(now).as("round %d: in time order", round).isSortedAccordingTo(java.util.Comparator.comparing((Pairing.Candidate c) -> c.first().anchor()));
        }
    }

    private static List<Moment> randomMoments(java.util.Random random, int count) {
        List<Moment> moments = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            long anchor = 60_000 + random.nextInt(180_000);
            Moment m = new Moment(UUID.randomUUID(), UUID.randomUUID(), MediaTime.ofMillis(anchor), null, Initiator.PARTICIPANT, "", null,
                    new Helpfulness(1 + random.nextInt(17) / 2.0), null, Instant.EPOCH);
            if (random.nextInt(3) == 0) { // some spans reach far, some lie after the anchor
                long start = Math.max(0, anchor - random.nextInt(90_000));
                long end = random.nextBoolean() ? anchor : anchor + random.nextInt(40_000);
                m = m.withSpan(new TimeSpan(MediaTime.ofMillis(start), MediaTime.ofMillis(end)));
            }
            moments.add(m);
        }
        return moments;
    }

    /** {most pairs, least total |difference|} over every way to pair firsts from index i on. */
    private static long[] bestByTryingAll(List<Moment> firsts, List<Moment> seconds, int i, boolean[] used) {
        if (i == firsts.size()) {
            return new long[] {0, 0};
        }
        long[] best = bestByTryingAll(firsts, seconds, i + 1, used); // leave this one unpaired
        for (int j = 0; j < seconds.size(); j++) {
            if (!used[j] && Pairing.canPair(firsts.get(i), seconds.get(j), WINDOW)) {
                used[j] = true;
                long[] rest = bestByTryingAll(firsts, seconds, i + 1, used);
                used[j] = false;
                long count = rest[0] + 1;
                long cost = rest[1] + Math.abs(seconds.get(j).anchor().millis() - firsts.get(i).anchor().millis());
                if (count > best[0] || count == best[0] && cost < best[1]) {
                    best = new long[] {count, cost};
                }
            }
        }
        return best;
    }
}
