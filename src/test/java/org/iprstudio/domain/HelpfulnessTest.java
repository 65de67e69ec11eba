package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HelpfulnessTest {
    @ParameterizedTest
    @CsvSource({"1, HINDERING", "4.5, HINDERING", "5, NEUTRAL", "5.5, HELPFUL", "9, HELPFUL"})
    void valenceFollowsTheHatScale(double value, Valence expected) {
        assertThat(new Helpfulness(value).valence()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 9.5, 7.25, 10})
    void refusesValuesOffTheScale(double value) {
        assertThatThrownBy(() -> new Helpfulness(value)).isInstanceOf(DomainException.class).hasMessageContaining("1 to 9 in steps of 0.5");
    }

    @ParameterizedTest
    @CsvSource({"7.5, 7.5", "7, 7"})
    void displaysWithoutTrailingZero(double value, String shown) {
        assertThat(new Helpfulness(value).display()).isEqualTo(shown);
    }
}
