package org.iprstudio.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.iprstudio.domain.MediaTime;
import org.junit.jupiter.api.Test;

class ClockTest {
    @Test
    void writesExactlyWhatToClockWrites() {
        Random random = new Random(1);
        long[] edges = {0, 1, 9, 10, 99, 100, 999, 1000, 59_999, 60_000, 3_599_999, 3_600_000, 35_999_999, 36_000_000, 360_000_000_000L};
        for (long ms : edges) {
            assertThat(Clock.of(MediaTime.ofMillis(ms))).isEqualTo(MediaTime.ofMillis(ms).toClock());
        }
        for (int i = 0; i < 10_000; i++) {
            MediaTime t = MediaTime.ofMillis(random.nextInt(200_000_000));
            assertThat(Clock.of(t)).isEqualTo(t.toClock());
        }
    }
}
