package org.iprstudio.analysis.agreement;

import java.util.Locale;

/**
 * The scale of the values coders give, which decides how far apart two different values are
 * (Krippendorff's difference functions). Codes present/absent and exclusive code groups are
 * nominal; a helpfulness rating may be treated as ordinal or interval.
 */
public enum MeasurementLevel {
    NOMINAL, ORDINAL, INTERVAL, RATIO;

    /** Whether the values must be numbers (ordinal needs their order; interval and ratio their size). */
    public boolean needsNumbers() {
        return this != NOMINAL;
    }

    /** "nominal", "ordinal", ...: as the command line writes it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
