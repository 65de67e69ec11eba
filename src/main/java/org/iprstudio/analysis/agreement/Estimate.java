package org.iprstudio.analysis.agreement;

/**
 * A statistic's value, or the reason in words why it has none. Agreement coefficients are
 * undefined when the data cannot carry them (one category only, too few units); the program
 * says so instead of printing NaN.
 */
public record Estimate(double value, String undefinedBecause) {

    public Estimate {
        if (undefinedBecause == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("An estimate without a reason must be a finite number, not " + value + ".");
        }
    }

    public static Estimate of(double value) {
        return new Estimate(value, null);
    }

    /** @param reason what is missing in the data, e.g. "only one category was used" */
    public static Estimate undefined(String reason) {
        return new Estimate(Double.NaN, reason);
    }

    public boolean isDefined() {
        return undefinedBecause == null;
    }

    /** The value; only call when {@link #isDefined()}. */
    @Override
    public double value() {
        if (!isDefined()) {
            throw new IllegalStateException("The statistic is undefined: " + undefinedBecause + ".");
        }
        return value;
    }
}
