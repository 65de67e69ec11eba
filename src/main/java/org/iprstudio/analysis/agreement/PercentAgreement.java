package org.iprstudio.analysis.agreement;

/**
 * Percent agreement, pairwise: for each unit with values from two or more coders, the share of
 * its pairs of coders who gave the same value; then the mean over those units. With two coders
 * it is the share of units both coded alike; with complete data it is Fleiss' P-bar.
 * Values must be identical to agree, at every level.
 */
public final class PercentAgreement {
    private PercentAgreement() {
    }

    public static Estimate of(Ratings ratings, MeasurementLevel level) {
        return of(ValueCounts.of(ratings, level));
    }

    static Estimate of(ValueCounts counts) {
        if (counts.unitCount() == 0) {
            return Estimate.undefined(KrippendorffAlpha.NO_PAIRABLE_UNIT);
        }
        double sum = 0;
        for (int u = 0; u < counts.unitCount(); u++) {
            sum += unitAgreement(counts, u);
        }
        return Estimate.of(sum / counts.unitCount());
    }

    /** The share of unit u's pairs of values that agree. */
    static double unitAgreement(ValueCounts counts, int u) {
        long agreeing = 0;
        for (int n : counts.counts[u]) {
            agreeing += (long) n * (n - 1);
        }
        long m = counts.m[u];
        return (double) agreeing / (m * (m - 1));
    }
}
