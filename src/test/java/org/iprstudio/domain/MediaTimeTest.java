package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MediaTimeTest {
    @Test
    void parsesTheClockFormsPeopleWrite() {
        assertThat(MediaTime.parse("02:40").millis()).isEqualTo(160_000);
        assertThat(MediaTime.parse("00:02:40.500").millis()).isEqualTo(160_500);
        assertThat(MediaTime.parse("1:02:03.4").millis()).isEqualTo(3_723_400);
        assertThat(MediaTime.parse("00:00:00.007").millis()).isEqualTo(7);
    }

    @Test
    void canonicalClockRoundTrips() {
        MediaTime t = MediaTime.ofMillis(3_723_456);
        assertThat(t.toClock()).isEqualTo("01:02:03.456");
        assertThat(MediaTime.parse(t.toClock())).isEqualTo(t);
        assertThat(MediaTime.parse("02:40").toShortClock()).isEqualTo("2:40");
    }

    @Test
    void refusesNonsenseWithAnExample() {
        assertThatThrownBy(() -> MediaTime.parse("2m40")).isInstanceOf(DomainException.class).hasMessageContaining("hh:mm:ss.mmm");
        assertThatThrownBy(() -> MediaTime.parse("00:61:00")).hasMessageContaining("0 to 59");
        assertThatThrownBy(() -> MediaTime.ofMillis(-1)).hasMessageContaining("negative");
    }
}
