package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlphaBootstrapTest {

    @Test
    void theIntervalHoldsAlphaAndIsTheSameEveryTime() {
        Ratings data = PublishedExamples.krippendorff2011();
        AlphaBootstrap.Interval interval = AlphaBootstrap.of(data, MeasurementLevel.NOMINAL);
        double alpha = KrippendorffAlpha.of(data, MeasurementLevel.NOMINAL).value();
        assertThat(interval.isDefined()).isTrue();
        assertThat(interval.lower()).isLessThan(alpha).isGreaterThanOrEqualTo(-1);
        assertThat(interval.upper()).isGreaterThan(alpha).isLessThanOrEqualTo(1);
        assertThat(interval.resamples()).isEqualTo(2000);
        assertThat(interval.usable()).isBetween(1900, 2000);
        assertThat(AlphaBootstrap.of(data, MeasurementLevel.NOMINAL)).isEqualTo(interval);
        AlphaBootstrap.Interval otherSeed = AlphaBootstrap.of(data, MeasurementLevel.NOMINAL, 2000, 99, 0.95);
        assertThat(otherSeed).isNotEqualTo(interval);
        AlphaBootstrap.Interval narrower = AlphaBootstrap.of(data, MeasurementLevel.NOMINAL, 2000, AlphaBootstrap.DEFAULT_SEED, 0.5);
        assertThat(narrower.lower()).isGreaterThanOrEqualTo(interval.lower());
        assertThat(narrower.upper()).isLessThanOrEqualTo(interval.upper());
    }

    @Test
    void moreUnitsOfTheSameKindNarrowTheInterval() {
        Ratings sas = PublishedExamples.twoCoders(PublishedExamples.SAS_TABLE);
        int[][] tenfold = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                tenfold[i][j] = PublishedExamples.SAS_TABLE[i][j] * 10;
            }
        }
        AlphaBootstrap.Interval small = AlphaBootstrap.of(sas, MeasurementLevel.NOMINAL);
        AlphaBootstrap.Interval large = AlphaBootstrap.of(PublishedExamples.twoCoders(tenfold), MeasurementLevel.NOMINAL);
        assertThat(large.upper() - large.lower()).isLessThan((small.upper() - small.lower()) / 2);
    }

    @Test
    void perfectAgreementGivesOneAndOneCategoryGivesAReason() {
        Ratings perfect = Ratings.builder(List.of("a", "b")).unit("1", List.of("x", "x")).unit("2", List.of("y", "y")).unit("3", List.of("x", "x")).build();
        AlphaBootstrap.Interval interval = AlphaBootstrap.of(perfect, MeasurementLevel.NOMINAL);
        assertThat(interval.lower()).isEqualTo(1.0);
        assertThat(interval.upper()).isEqualTo(1.0);
        assertThat(interval.usable()).isLessThan(2000); // some resamples drew only x-units or only the y-unit
        Ratings same = Ratings.builder(List.of("a", "b")).unit("1", List.of("x", "x")).unit("2", List.of("x", "x")).build();
        assertThat(AlphaBootstrap.of(same, MeasurementLevel.NOMINAL).undefinedBecause()).isEqualTo("only one category was used");
    }
}
