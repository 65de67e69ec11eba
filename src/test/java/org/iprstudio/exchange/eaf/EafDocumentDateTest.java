package org.iprstudio.exchange.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An ELAN file written at a whole minute was refused by ELAN's schema: its DATE lacked the seconds ("16:58Z"). */
class EafDocumentDateTest {
    @Test
    void theDateKeepsItsSecondsAtAWholeMinute() {
        assertThat(EafWriter.documentDate(OffsetDateTime.of(2026, 12, 1, 16, 58, 0, 0, ZoneOffset.UTC))).isEqualTo("2026-12-01T16:58:00Z");
        assertThat(EafWriter.documentDate(OffsetDateTime.of(2026, 12, 1, 16, 58, 7, 123_000_000, ZoneOffset.UTC))).isEqualTo("2026-12-01T16:58:07Z");
    }
}
