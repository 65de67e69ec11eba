package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidSetTest {
    @Test
    void holdsExactlyWhatAHashSetHoldsThroughGrowingAndWithIdsThatDifferInOneHalfOnly() {
        Random random = new Random(3);
        UuidSet set = new UuidSet(2);
        Set<UUID> reference = new HashSet<>();
        long sharedHigh = random.nextLong();
        for (int i = 0; i < 2_000; i++) {
            UUID id = i % 3 == 0 ? new UUID(sharedHigh, i) : new UUID(random.nextLong(), random.nextLong());
            UUID again = i > 0 && i % 7 == 0 ? reference.iterator().next() : id;
            assertThat(set.add(again)).isEqualTo(reference.add(again));
        }
        assertThat(set).hasSize(reference.size());
        assertThat(new HashSet<>(set)).isEqualTo(reference);
        for (UUID id : reference) {
            assertThat(set.contains(new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits()))).isTrue();
        }
        for (int i = 0; i < 2_000; i++) {
            UUID other = new UUID(sharedHigh, 10_000 + i);
            assertThat(set.contains(other)).isEqualTo(reference.contains(other));
        }
        assertThat(set.contains("not an id")).isFalse();
        assertThat(new UuidSet(10).contains(UUID.randomUUID())).isFalse();
    }
}
