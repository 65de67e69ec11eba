package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.iprstudio.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The measures against published worked examples, to three decimals, and where they are undefined. */
class AgreementMeasuresTest {
    private static final org.assertj.core.data.Offset<Double> THREE_DECIMALS = within(0.0005);

    @Test
    void krippendorffsOwnExampleAtAllFourLevels() {
        Ratings data = PublishedExamples.krippendorff2011();
        KrippendorffAlpha.Result nominal = KrippendorffAlpha.compute(data, MeasurementLevel.NOMINAL);
        // n = 40 pairable values; alpha = 1 - 36.8/1216 ... = 113/152
        assertThat(nominal.pairableValues()).isCloseTo(40, within(1e-9));
        assertThat(nominal.alpha().value()).isCloseTo(113.0 / 152, within(1e-12));
        assertThat(nominal.alpha().value()).isCloseTo(0.743, THREE_DECIMALS);
        assertThat(nominal.observedDisagreement()).isCloseTo(0.200, THREE_DECIMALS);
        assertThat(nominal.expectedDisagreement()).isCloseTo(0.779, THREE_DECIMALS);
        assertThat(KrippendorffAlpha.of(data, MeasurementLevel.ORDINAL).value()).isCloseTo(0.815, THREE_DECIMALS);
        assertThat(KrippendorffAlpha.of(data, MeasurementLevel.INTERVAL).value()).isCloseTo(0.849, THREE_DECIMALS);
        assertThat(KrippendorffAlpha.of(data, MeasurementLevel.RATIO).value()).isCloseTo(0.797, THREE_DECIMALS);
    }

    @Test
    void aUnitWithASingleValueChangesNothing() {
        Ratings data = PublishedExamples.krippendorff2011();
        Ratings.Builder more = Ratings.builder(data.coders());
        for (int u = 0; u < data.units().size(); u++) {
            more.unit(data.units().get(u), Arrays.asList(data.value(u, 0), data.value(u, 1), data.value(u, 2), data.value(u, 3)));
        }
        more.unit("13", Arrays.asList(null, null, "1", null));
        for (MeasurementLevel level : MeasurementLevel.values()) {
            assertThat(KrippendorffAlpha.of(more.build(), level).value()).isEqualTo(KrippendorffAlpha.of(data, level).value());
        }
        assertThat(more.build().pairableUnitCount()).isEqualTo(11);
    }

    @Test
    void cohensTwoExamplesAndTheSasTable() {
        CohenKappa.Result first = CohenKappa.compute(PublishedExamples.twoCoders(PublishedExamples.COHEN_1960_EXAMPLE_1), MeasurementLevel.NOMINAL);
        assertThat(first.observed()).isCloseTo(0.29, within(0.005));
        assertThat(first.chance()).isCloseTo(0.35, within(0.005));
        assertThat(first.units()).isEqualTo(100);
        CohenKappa.Result second = CohenKappa.compute(PublishedExamples.twoCoders(PublishedExamples.COHEN_1960_EXAMPLE_2), MeasurementLevel.NOMINAL);
        assertThat(second.observed()).isCloseTo(0.70, within(1e-12));
        assertThat(second.chance()).isCloseTo(0.41, within(1e-12));
        assertThat(second.kappa().value()).isCloseTo(0.492, THREE_DECIMALS);
        assertThat(CohenKappa.of(PublishedExamples.twoCoders(PublishedExamples.SAS_TABLE), MeasurementLevel.NOMINAL).value())
                .isCloseTo(0.4842, within(0.00005));
    }

    @Test
    void cohenUsesOnlyTheUnitsBothCoded() {
        Ratings.Builder builder = Ratings.builder(List.of("first", "second"));
        Ratings sas = PublishedExamples.twoCoders(PublishedExamples.SAS_TABLE);
        for (int u = 0; u < sas.units().size(); u++) {
            builder.unit(sas.units().get(u), List.of(sas.value(u, 0), sas.value(u, 1)));
        }
        builder.unit("only first", Arrays.asList("3", null)).unit("only second", Arrays.asList(null, "1"));
        CohenKappa.Result result = CohenKappa.compute(builder.build(), MeasurementLevel.NOMINAL);
        assertThat(result.units()).isEqualTo(19);
        assertThat(result.kappa().value()).isCloseTo(0.4842, within(0.00005));
    }

    @Test
    void fleiss1971() {
        FleissKappa.Result result = FleissKappa.compute(PublishedExamples.fleiss1971());
        assertThat(result.observed()).isCloseTo(0.5556, within(0.00005));
        // Fleiss printed .2201 from category shares rounded to three decimals; unrounded it is .21994
        assertThat(result.chance()).isCloseTo(0.220, THREE_DECIMALS);
        assertThat(result.kappa().value()).isCloseTo(0.430, THREE_DECIMALS);
        assertThat(result.kappa().value()).isCloseTo(0.4302445, within(1e-6)); // R irr::kappam.fleiss
    }

    @Test
    void fleissWithDifferingNumbersOfRatingsUsesEachUnitsOwnPairs() {
        // Krippendorff's data: 11 units with 2-4 values. Per-unit agreement 1, 1/2, 1, 1, 1, 0, 1, 1/2, 1, 1, 1
        // gives P-bar 9/11; category shares 9, 13, 10, 5, 3 of 40 give P_e 384/1600; kappa 159/209
        FleissKappa.Result result = FleissKappa.compute(PublishedExamples.krippendorff2011());
        assertThat(result.observed()).isCloseTo(9.0 / 11, within(1e-12));
        assertThat(result.chance()).isCloseTo(0.24, within(1e-12));
        assertThat(result.kappa().value()).isCloseTo(159.0 / 209, within(1e-12));
        assertThat(PercentAgreement.of(PublishedExamples.krippendorff2011(), MeasurementLevel.NOMINAL).value()).isCloseTo(9.0 / 11, within(1e-12));
    }

    @Test
    void percentAgreementWithTwoCodersIsTheShareOfUnitsCodedAlike() {
        assertThat(PercentAgreement.of(PublishedExamples.twoCoders(PublishedExamples.COHEN_1960_EXAMPLE_2), MeasurementLevel.NOMINAL).value())
                .isCloseTo(0.70, within(1e-12));
        assertThat(PercentAgreement.of(PublishedExamples.twoCoders(PublishedExamples.SAS_TABLE), MeasurementLevel.NOMINAL).value())
                .isCloseTo(13.0 / 19, within(1e-12));
    }

    @Test
    void oneCategoryOnlyIsUndefinedInWordsNotNaN() {
        Ratings same = Ratings.builder(List.of("a", "b", "c"))
                .unit("1", List.of("present", "present", "present")).unit("2", List.of("present", "present", "")).build();
        for (Estimate e : List.of(KrippendorffAlpha.of(same, MeasurementLevel.NOMINAL), FleissKappa.of(same, MeasurementLevel.NOMINAL))) {
            assertThat(e.isDefined()).isFalse();
            assertThat(e.undefinedBecause()).isEqualTo("only one category was used");
            assertThatThrownBy(e::value).isInstanceOf(IllegalStateException.class);
        }
        assertThat(PercentAgreement.of(same, MeasurementLevel.NOMINAL).value()).isEqualTo(1.0);
        Ratings two = Ratings.builder(List.of("a", "b")).unit("1", List.of("x", "x")).unit("2", List.of("x", "x")).build();
        assertThat(CohenKappa.of(two, MeasurementLevel.NOMINAL).undefinedBecause()).isEqualTo("only one category was used");
    }

    @Test
    void noUnitWithTwoValuesIsUndefinedInWords() {
        Ratings lonely = Ratings.builder(List.of("a", "b")).unit("1", Arrays.asList("x", null)).unit("2", Arrays.asList(null, "y")).build();
        assertThat(KrippendorffAlpha.of(lonely, MeasurementLevel.NOMINAL).undefinedBecause()).startsWith("too few units");
        assertThat(FleissKappa.of(lonely, MeasurementLevel.NOMINAL).undefinedBecause()).startsWith("too few units");
        assertThat(PercentAgreement.of(lonely, MeasurementLevel.NOMINAL).undefinedBecause()).startsWith("too few units");
        assertThat(CohenKappa.of(lonely, MeasurementLevel.NOMINAL).undefinedBecause()).isEqualTo("too few units: no unit was coded by both coders");
    }

    @Test
    void numericLevelsTreatEqualNumbersAsOneValueAndRefuseText() {
        Ratings written = Ratings.builder(List.of("a", "b")).unit("1", List.of("2", "2.0")).unit("2", List.of("3", "1")).build();
        assertThat(PercentAgreement.of(written, MeasurementLevel.INTERVAL).value()).isEqualTo(0.5);
        assertThat(PercentAgreement.of(written, MeasurementLevel.NOMINAL).value()).isEqualTo(0.0);
        Ratings text = Ratings.builder(List.of("a", "b")).unit("1", List.of("2", "high")).build();
        assertThatThrownBy(() -> KrippendorffAlpha.of(text, MeasurementLevel.INTERVAL)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Unit 1, coder b: 'high' is not a number");
        Ratings negative = Ratings.builder(List.of("a", "b")).unit("1", List.of("2", "-1")).build();
        assertThatThrownBy(() -> KrippendorffAlpha.of(negative, MeasurementLevel.RATIO)).isInstanceOf(DomainException.class)
                .hasMessageContaining("ratio values start at zero");
    }

    @Test
    void aUnitOrCoderTwiceIsRefused() {
        assertThatThrownBy(() -> Ratings.builder(List.of("a", "a"))).isInstanceOf(DomainException.class).hasMessageContaining("named twice");
        Ratings.Builder builder = Ratings.builder(List.of("a", "b")).unit("7", List.of("1", "1"));
        assertThatThrownBy(() -> builder.unit("7", List.of("1", "2"))).isInstanceOf(DomainException.class).hasMessageContaining("unit 7 appears twice");
    }
}
