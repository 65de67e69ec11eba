package org.iprstudio.analysis.agreement;

import java.util.HashMap;
import java.util.Map;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.domain.DomainException;

/**
 * Cohen's kappa (Cohen 1960) for exactly two coders, over the units both coded (a unit only
 * one coded says nothing about the pair): kappa = (p_o - p_e) / (1 - p_e), p_e from each coder's
 * own marginal shares.
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /** Observed and chance agreement, kappa, and the number of units both coders coded. */
    public record Result(Estimate kappa, double observed, double chance, int units) {
    }

    public static Estimate of(Ratings ratings, MeasurementLevel level) {
        return compute(ratings, level).kappa();
    }

    public static Result compute(Ratings ratings, MeasurementLevel level) {
        if (ratings.coders().size() != 2) {
            throw new DomainException(AnalysisMessages.of("cohenKappa.cohenSKappaCompares", ratings.coders().size()));
        }
        Map<Object, Integer> index = new HashMap<>();
        Map<Integer, double[]> marginals = new HashMap<>(); // category -> {first coder's count, second coder's count}
        int n = 0;
        int agreeing = 0;
        for (int u = 0; u < ratings.units().size(); u++) {
            String a = ratings.value(u, 0);
            String b = ratings.value(u, 1);
            if (a == null || b == null) {
                continue;
            }
            String unit = ratings.units().get(u);
            int ca = index.computeIfAbsent(ValueCounts.key(a, level, unit, ratings.coders().get(0)), k -> index.size());
            int cb = index.computeIfAbsent(ValueCounts.key(b, level, unit, ratings.coders().get(1)), k -> index.size());
            marginals.computeIfAbsent(ca, k -> new double[2])[0]++;
            marginals.computeIfAbsent(cb, k -> new double[2])[1]++;
            n++;
            if (ca == cb) {
                agreeing++;
            }
        }
        if (n == 0) {
            return new Result(Estimate.undefined(AnalysisMessages.of("estimate.noUnitCodedByBoth")), 0, 0, 0);
        }
        double observed = (double) agreeing / n;
        double chance = 0;
        for (double[] m : marginals.values()) {
            chance += m[0] / n * (m[1] / n);
        }
        if (index.size() < 2) {
            return new Result(Estimate.undefined(KrippendorffAlpha.ONE_CATEGORY), observed, chance, n);
        }
        if (chance >= 1) {
            return new Result(Estimate.undefined(AnalysisMessages.of("estimate.eachCoderOneCategory")), observed, chance, n);
        }
        return new Result(Estimate.of((observed - chance) / (1 - chance)), observed, chance, n);
    }
}
