package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Our implementation against DKPro Statistics (an independent one, used here only) on random
 * tables: 2 to 5 coders, 5 categories. Alpha is compared with empty cells; the kappas and percent
 * agreement only on complete tables, because with differing numbers of values per unit DKPro
 * averages differently (Fleiss 1971 does not define that case; decision 0011 says what we do).
 */
class AgainstDkproTest {

    private record Table(Ratings ours, CodingAnnotationStudy theirs) {
    }

    private static Table randomTable(long seed, boolean gaps) {
        Random random = new Random(seed);
        int coders = 2 + random.nextInt(4);
        int units = 10 + random.nextInt(60);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < coders; c++) {
            names.add("K" + (c + 1));
        }
        Ratings.Builder ours = Ratings.builder(names);
        CodingAnnotationStudy theirs = new CodingAnnotationStudy(coders);
        for (int u = 0; u < units; u++) {
            // a unit's "true" value, from which coders stray now and then: agreement well above chance
            int truth = 1 + random.nextInt(5);
            Integer[] values = new Integer[coders];
            for (int c = 0; c < coders; c++) {
                values[c] = random.nextDouble() < 0.65 ? truth : 1 + random.nextInt(5);
            }
            if (gaps) {
                int kept = 0;
                for (int c = 0; c < coders; c++) {
                    if (random.nextDouble() < 0.25) {
                        values[c] = null;
                    } else {
                        kept++;
                    }
                }
                if (kept < 2) {
                    continue; // DKPro expects every item to be pairable; ours simply leaves such units out
                }
            }
            ours.unit("u" + u, Arrays.stream(values).map(v -> v == null ? null : String.valueOf(v)).toList());
            theirs.addItemAsArray(values);
        }
        return new Table(ours.build(), theirs);
    }

    @RepeatedTest(25)
    void alphaAtEveryLevelWithGaps(RepetitionInfo info) {
        Table t = randomTable(1000 + info.getCurrentRepetition(), true);
        check(t, MeasurementLevel.NOMINAL, new NominalDistanceFunction());
        check(t, MeasurementLevel.INTERVAL, new IntervalDistanceFunction());
        check(t, MeasurementLevel.RATIO, new RatioDistanceFunction());
        check(t, MeasurementLevel.ORDINAL, new OrdinalDistanceFunction());
    }

    @RepeatedTest(25)
    void kappasAndPercentAgreementOnCompleteTables(RepetitionInfo info) {
        Table t = randomTable(2000 + info.getCurrentRepetition(), false);
        assertThat(FleissKappa.of(t.ours(), MeasurementLevel.NOMINAL).value())
                .isCloseTo(new FleissKappaAgreement(t.theirs()).calculateAgreement(), within(1e-9));
        assertThat(PercentAgreement.of(t.ours(), MeasurementLevel.NOMINAL).value())
                .isCloseTo(new PercentageAgreement(t.theirs()).calculateAgreement(), within(1e-9));
        if (t.ours().coders().size() == 2) {
            assertThat(CohenKappa.of(t.ours(), MeasurementLevel.NOMINAL).value())
                    .isCloseTo(new CohenKappaAgreement(t.theirs()).calculateAgreement(), within(1e-9));
        }
    }

    private static void check(Table t, MeasurementLevel level, IDistanceFunction distance) {
        double theirs = new KrippendorffAlphaAgreement(t.theirs(), distance).calculateAgreement();
        assertThat(KrippendorffAlpha.of(t.ours(), level).value()).as(level.word()).isCloseTo(theirs, within(1e-9));
    }
}
