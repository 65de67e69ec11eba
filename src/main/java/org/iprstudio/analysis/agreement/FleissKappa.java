package org.iprstudio.analysis.agreement;

/**
 * Fleiss' kappa (Fleiss 1971) for any number of coders. Fleiss assumed the same number of
 * ratings per unit; here a unit may have fewer (a coder skipped it): P_i is the share of unit
 * i's own pairs of ratings that agree, P-bar their mean over the units with two or more
 * ratings, and p_j the share of category j among all those units' ratings. With the same
 * number per unit this is exactly Fleiss' formula.
 */
public final class FleissKappa {
    private FleissKappa() {
    }

    public static Estimate of(Ratings ratings, MeasurementLevel level) {
        return of(ValueCounts.of(ratings, level));
    }

    /** Observed (P-bar), chance (P-bar_e) agreement and kappa. */
    public record Result(Estimate kappa, double observed, double chance) {
    }

    public static Result compute(Ratings ratings) {
        return compute(ValueCounts.of(ratings, MeasurementLevel.NOMINAL));
    }

    static Estimate of(ValueCounts counts) {
        return compute(counts).kappa();
    }

    static Result compute(ValueCounts counts) {
        if (counts.unitCount() == 0) {
            return new Result(Estimate.undefined(KrippendorffAlpha.NO_PAIRABLE_UNIT), 0, 0);
        }
        double observed = PercentAgreement.of(counts).value();
        double[] perCategory = new double[counts.categoryCount];
        double total = 0;
        for (int u = 0; u < counts.unitCount(); u++) {
            for (int c = 0; c < counts.categoryCount; c++) {
                perCategory[c] += counts.counts[u][c];
            }
            total += counts.m[u];
        }
        double chance = 0;
        for (double n : perCategory) {
            chance += (n / total) * (n / total);
        }
        if (perCategoryUsed(perCategory) < 2) {
            return new Result(Estimate.undefined(KrippendorffAlpha.ONE_CATEGORY), observed, chance);
        }
        return new Result(Estimate.of((observed - chance) / (1 - chance)), observed, chance);
    }

    private static int perCategoryUsed(double[] perCategory) {
        int used = 0;
        for (double n : perCategory) {
            if (n > 0) {
                used++;
            }
        }
        return used;
    }
}
