package org.iprstudio.domain;

/** A rating on the Helpful Aspects of Therapy scale: 1 extremely hindering, 5 neutral, 9 extremely helpful, half points allowed. */
public record Helpfulness(double value) {
    public static final double MIN = 1;
    public static final double MAX = 9;
    public static final double NEUTRAL = 5;

    public Helpfulness {
        Require.that(value >= MIN && value <= MAX && value * 2 == Math.rint(value * 2),
                () -> DomainMessages.of("helpfulness.helpfulnessScaleUseSteps", value));
    }

    public Valence valence() {
        return value < NEUTRAL ? Valence.HINDERING : value > NEUTRAL ? Valence.HELPFUL : Valence.NEUTRAL;
    }

    /** "7.5" or "7": no trailing ".0". */
    public String display() {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
