package org.iprstudio.ui.common;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.iprstudio.ui.Texts;

/**
 * Numbers, dates and times as the window shows them, in the language it speaks (a decimal comma and day.month.year in
 * Norwegian). Only for reading on screen: files, exports and typed input keep their fixed forms.
 */
public final class LocalFormats {
    private LocalFormats() {
    }

    /** A number with at most {@code maxDecimals} decimals and no trailing zeros: "7.5" / "7,5", "30". */
    public static String decimal(double value, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(maxDecimals);
        String text = format.format(value);
        return isNegativeZero(text) ? format.format(0) : text;
    }

    /** A number with exactly {@code decimals} decimals: "0.743" / "0,743"; never "-0.000". */
    public static String fixed(double value, int decimals) {
        String text = String.format(Locale.getDefault(), "%." + decimals + "f", value);
        return isNegativeZero(text) ? String.format(Locale.getDefault(), "%." + decimals + "f", 0.0) : text;
    }

    /** A signed number with exactly {@code decimals} decimals: "+12.5" / "+12,5". */
    public static String signed(double value, int decimals) {
        return String.format(Locale.getDefault(), "%+." + decimals + "f", value);
    }

    /** A day as the language writes it: 2025-03-14 in English, 14.03.2025 in Norwegian. */
    public static String date(LocalDate day) {
        return day == null ? "" : pattern("format.date").format(day);
    }

    /** A day and time to the minute, in this computer's time zone. */
    public static String dateTime(java.time.Instant at) {
        return at == null ? "" : pattern("format.dateTime").format(at.atZone(ZoneId.systemDefault()));
    }

    /** A day and time to the second, in this computer's time zone. */
    public static String dateTimeSeconds(java.time.Instant at) {
        return at == null ? "" : pattern("format.dateTimeSeconds").format(at.atZone(ZoneId.systemDefault()));
    }

    /** Formats any date-time with one of the bundle's patterns. */
    public static String format(String patternKey, TemporalAccessor value) {
        return pattern(patternKey).format(value);
    }

    private static DateTimeFormatter pattern(String key) {
        String pattern = Texts.get(key);
        return PATTERNS.computeIfAbsent(Locale.getDefault() + "|" + pattern, k -> DateTimeFormatter.ofPattern(pattern, Locale.getDefault()));
    }

    /** Each pattern made once per language (a formatter is immutable and safe to share): a large study's tree formats thousands of dates. */
    private static final java.util.Map<String, DateTimeFormatter> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean isNegativeZero(String text) {
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9');
    }
}
