package org.iprstudio.analysis.agreement;

import org.iprstudio.domain.UserMessage;

/**
 * A statistic's value, or the reason in words why it has none. Agreement coefficients are
 * undefined when the data cannot carry them (one category only, too few units); the program
 * says so instead of printing NaN.
 */
public record Estimate(double value, UserMessage reason) {

    public Estimate {
        if (reason == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("An estimate without a reason must be a finite number, not " + value + ".");
        }
    }

    public static Estimate of(double value) {
        return new Estimate(value, null);
    }

    /** @param reason what is missing in the data, e.g. "only one category was used" */
    public static Estimate undefined(UserMessage reason) {
        return new Estimate(Double.NaN, reason);
    }

    public boolean isDefined() {
        return reason == null;
    }

    /** Why there is no value, in English (exports, logs); null when defined. */
    public String undefinedBecause() {
        return reason == null ? null : reason.english();
    }

    /** Why there is no value, to be shown in the reader's language; null when defined. */
    public UserMessage undefinedMessage() {
        return reason;
    }

    /** The value; only call when {@link #isDefined()}. */
    @Override
    public double value() {
        if (!isDefined()) {
            throw new IllegalStateException("The statistic is undefined: " + undefinedBecause() + ".");
        }
        return value;
    }
}
