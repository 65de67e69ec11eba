package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.TimeSpan;
import org.junit.jupiter.api.Test;

class MomentTimeIndexTest {
    private static final UUID PASS = UUID.randomUUID();

    static Moment moment(long anchor, Long spanStart, Long spanEnd) {
        return new Moment(UUID.randomUUID(), PASS, MediaTime.ofMillis(anchor),
                spanStart == null ? null : new TimeSpan(MediaTime.ofMillis(spanStart), MediaTime.ofMillis(spanEnd)),
                Initiator.PARTICIPANT, "", null, null, null, Instant.EPOCH);
    }

    @Test
    void findsExactlyTheMomentsAWindowTouchesAsAFullScanWould() {
        Random random = new Random(42);
        List<Moment> all = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            long anchor = random.nextInt(3_000_000);
            if (random.nextBoolean()) {
                long start = Math.max(0, anchor - random.nextInt(90_000));
                all.add(moment(anchor, start, anchor + random.nextInt(5_000)));
            } else {
                all.add(moment(anchor, null, null));
            }
        }
        MomentTimeIndex index = new MomentTimeIndex(all);
        for (int trial = 0; trial < 300; trial++) {
            long from = random.nextInt(3_000_000);
            long to = from + random.nextInt(600_000);
            List<Moment> expected = all.stream()
                    .filter(m -> MomentTimeIndex.extentEnd(m) >= from && MomentTimeIndex.extentStart(m) <= to).toList();
            assertThat(index.touching(MediaTime.ofMillis(from), MediaTime.ofMillis(to))).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aLongSpanStartingLongBeforeTheWindowIsStillFound() {
        Moment longSpan = moment(100_000, 0L, 100_000L);
        Moment point = moment(50_000, null, null);
        MomentTimeIndex index = new MomentTimeIndex(List.of(point, longSpan));
        assertThat(index.touching(MediaTime.ofMillis(90_000), MediaTime.ofMillis(95_000))).containsExactly(longSpan);
        assertThat(index.touching(MediaTime.ofMillis(101_000), MediaTime.ofMillis(200_000))).isEmpty();
    }
}
