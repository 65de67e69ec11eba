package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick reader of a moment's creation time agrees with the general parser, and leaves every other form to it. */
class RowsInstantTest {
    @Test
    void theFormThisProgramWritesIsReadAsTheGeneralParserReadsIt() {
        for (String text : List.of("2026-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2024-02-29T12:30:45Z", "1970-01-01T00:00:00Z",
                "2100-07-15T08:05:09Z")) {
            assertThat(Rows.quickInstant(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void anyOtherFormOrAnImpossibleDateIsLeftToTheGeneralParser() {
        for (String text : List.of("2026-01-01T00:00:00.250Z", "2026-01-01T00:00:00+01:00", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-01-01T24:00:00Z", "2026-01-01T23:59:60Z", "2026-01-0aT00:00:00Z", "2026-01-01 00:00:00Z", "")) {
            assertThat(Rows.quickInstant(text)).as(text).isNull();
        }
    }
}
