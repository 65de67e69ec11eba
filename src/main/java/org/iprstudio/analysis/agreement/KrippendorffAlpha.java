package org.iprstudio.analysis.agreement;

import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.domain.UserMessage;

/**
 * Krippendorff's alpha for any number of coders, missing values allowed, at the four levels
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). Each pairable unit u with
 * m_u values adds its m_u(m_u-1) ordered pairs of values to a coincidence matrix, each with
 * weight 1/(m_u-1); then alpha = 1 - (n-1) sum o_ck d_ck / sum n_c n_k d_ck, d the level's
 * squared difference. Units with a single value are left out: they cannot be compared.
 */
public final class KrippendorffAlpha {
    static final UserMessage NO_PAIRABLE_UNIT = AnalysisMessages.of("estimate.noPairableUnit");
    static final UserMessage ONE_CATEGORY = AnalysisMessages.of("estimate.oneCategory");

    private KrippendorffAlpha() {
    }

    /** Alpha with its observed and expected disagreement (both NaN-free: 0 when undefined). */
    public record Result(Estimate alpha, double observedDisagreement, double expectedDisagreement, double pairableValues) {
    }

    public static Estimate of(Ratings ratings, MeasurementLevel level) {
        return compute(ratings, level).alpha();
    }

    public static Result compute(Ratings ratings, MeasurementLevel level) {
        ValueCounts counts = ValueCounts.of(ratings, level);
        return compute(counts, null);
    }

    /**
     * @param weights how often each pairable unit counts (a bootstrap resample draws some units
     *                several times and others not at all); null for once each
     */
    static Result compute(ValueCounts counts, int[] weights) {
        int k = counts.categoryCount;
        double[][] o = new double[k][k];
        boolean any = false;
        for (int u = 0; u < counts.unitCount(); u++) {
            int w = weights == null ? 1 : weights[u];
            if (w == 0) {
                continue;
            }
            any = true;
            int[] row = counts.counts[u];
            double share = (double) w / (counts.m[u] - 1);
            for (int c = 0; c < k; c++) {
                if (row[c] == 0) {
                    continue;
                }
                for (int d = 0; d < k; d++) {
                    int pairs = row[c] * (row[d] - (c == d ? 1 : 0));
                    if (pairs > 0) {
                        o[c][d] += pairs * share;
                    }
                }
            }
        }
        if (!any) {
            return new Result(Estimate.undefined(NO_PAIRABLE_UNIT), 0, 0, 0);
        }
        double[] marginal = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                marginal[c] += o[c][d];
            }
            n += marginal[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c == d) {
                    continue;
                }
                double delta = difference(counts, marginal, c, d);
                observed += o[c][d] * delta;
                expected += marginal[c] * marginal[d] * delta;
            }
        }
        double dObserved = observed / n;
        double dExpected = expected / (n * (n - 1));
        if (expected == 0) {
            return new Result(Estimate.undefined(ONE_CATEGORY), dObserved, 0, n);
        }
        return new Result(Estimate.of(1 - (n - 1) * observed / expected), dObserved, dExpected, n);
    }

    /** The squared difference of categories c and d at the level (Krippendorff 2011, section C). */
    private static double difference(ValueCounts counts, double[] marginal, int c, int d) {
        switch (counts.level) {
            case NOMINAL:
                return 1;
            case ORDINAL: {
                // the categories' ranks as the coders used them: the values between c and d, each counted
                int low = Math.min(c, d);
                int high = Math.max(c, d);
                double between = 0;
                for (int g = low; g <= high; g++) {
                    between += marginal[g];
                }
                double x = between - (marginal[c] + marginal[d]) / 2;
                return x * x;
            }
            case INTERVAL: {
                double x = counts.numbers[c] - counts.numbers[d];
                return x * x;
            }
            case RATIO: {
                double sum = counts.numbers[c] + counts.numbers[d];
                double x = sum == 0 ? 0 : (counts.numbers[c] - counts.numbers[d]) / sum;
                return x * x;
            }
            default:
                throw new IllegalStateException(counts.level.name());
        }
    }
}
