package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iprstudio.domain.DomainException;
import org.junit.jupiter.api.Test;

class RatingsTableTest {

    @Test
    void readsCommasSemicolonsQuotesAndEmptyCells() {
        Ratings commas = RatingsTable.parse("\uFEFFUnit,K1,K2,K3\r\nm1,\"a, b\",c,\r\n\r\nm2,,\"say \"\"x\"\"\",c\r\nm3,c\r\n", "t.csv");
        assertThat(commas.coders()).containsExactly("K1", "K2", "K3");
        assertThat(commas.units()).containsExactly("m1", "m2", "m3");
        assertThat(commas.value(0, 0)).isEqualTo("a, b");
        assertThat(commas.value(0, 2)).isNull();
        assertThat(commas.value(1, 1)).isEqualTo("say \"x\"");
        assertThat(commas.value(2, 1)).isNull(); // a short row: the remaining coders gave nothing
        Ratings semicolons = RatingsTable.parse("unit;K1;K2\nm1;2,5;3\n", "t.csv");
        assertThat(semicolons.value(0, 0)).isEqualTo("2,5");
    }

    @Test
    void anOpenQuoteAndAHeaderWithoutUnitsAreRefused() {
        assertThatThrownBy(() -> RatingsTable.parse("unit,K1,K2\nm1,\"a,b\n", "t.csv")).isInstanceOf(DomainException.class)
                .hasMessage("t.csv, line 2: a quote is opened but not closed. Close it, or leave the quotes out.");
        assertThatThrownBy(() -> RatingsTable.parse("unit,K1,K2\n\n", "t.csv")).isInstanceOf(DomainException.class)
                .hasMessageContaining("has a header but no units");
        assertThatThrownBy(() -> RatingsTable.parse("unit,K1,K1\nm1,1,1\n", "t.csv")).isInstanceOf(DomainException.class)
                .hasMessageContaining("line 1: The coder K1 is named twice");
    }
}
