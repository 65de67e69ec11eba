package org.iprstudio.analysis.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.domain.UserMessage;

/**
 * A percentile bootstrap confidence interval for Krippendorff's alpha: the pairable units are
 * drawn with replacement as many times as there are of them, alpha is recomputed on each
 * resample, and the interval is the middle share of the resampled alphas. Resamples in which
 * alpha is undefined (every drawn unit had the same single category) are left out and counted.
 * The random sequence has a fixed seed, so the same data always give the same interval.
 */
public final class AlphaBootstrap {
    public static final int DEFAULT_RESAMPLES = 2000;
    public static final long DEFAULT_SEED = 13L;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private AlphaBootstrap() {
    }

    /**
     * @param usable how many resamples had a defined alpha
     * @param undefinedBecause null when the interval exists
     */
    public record Interval(double lower, double upper, double confidence, int resamples, int usable, UserMessage reason) {
        public boolean isDefined() {
            return reason == null;
        }

        /** Why there is no interval, in English (exports, logs); null when it exists. */
        public String undefinedBecause() {
            return reason == null ? null : reason.english();
        }

        /** Why there is no interval, to be shown in the reader's language; null when it exists. */
        public UserMessage undefinedMessage() {
            return reason;
        }
    }

    public static Interval of(Ratings ratings, MeasurementLevel level) {
        return of(ratings, level, DEFAULT_RESAMPLES, DEFAULT_SEED, DEFAULT_CONFIDENCE);
    }

    public static Interval of(Ratings ratings, MeasurementLevel level, int resamples, long seed, double confidence) {
        if (resamples < 1 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("resamples " + resamples + ", confidence " + confidence);
        }
        ValueCounts counts = ValueCounts.of(ratings, level);
        Estimate alpha = KrippendorffAlpha.compute(counts, null).alpha();
        if (!alpha.isDefined()) {
            return new Interval(0, 0, confidence, resamples, 0, alpha.undefinedMessage());
        }
        int units = counts.unitCount();
        if (units < 2) {
            return new Interval(0, 0, confidence, resamples, 0, AnalysisMessages.of("estimate.oneUnitToResample"));
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] alphas = new double[resamples];
        int usable = 0;
        int[] weights = new int[units];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(weights, 0);
            for (int i = 0; i < units; i++) {
                weights[random.nextInt(units)]++;
            }
            Estimate resampled = KrippendorffAlpha.compute(counts, weights).alpha();
            if (resampled.isDefined()) {
                alphas[usable++] = resampled.value();
            }
        }
        if (usable == 0) {
            return new Interval(0, 0, confidence, resamples, 0, AnalysisMessages.of("estimate.everyResampleOneCategory"));
        }
        Arrays.sort(alphas, 0, usable);
        double tail = (1 - confidence) / 2;
        // nearest-rank percentiles
        int low = Math.max(0, (int) Math.ceil(tail * usable) - 1);
        int high = Math.min(usable - 1, (int) Math.ceil((1 - tail) * usable) - 1);
        return new Interval(alphas[low], alphas[high], confidence, resamples, usable, null);
    }
}
