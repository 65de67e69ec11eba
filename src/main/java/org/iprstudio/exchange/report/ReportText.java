package org.iprstudio.exchange.report;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's own words in one language, from org/iprstudio/exchange/report/report.properties
 * (English) and its _nb twin. Each value is a MessageFormat pattern, always formatted; numbers
 * are passed already written (so counts of 1,000 or more keep their old English form), and
 * {@link #decimal(String)} gives prose and table figures the reader's decimal sign. Values meant
 * for machines (SVG coordinates, colours, data attributes) never pass through here.
 */
final class ReportText {
    static final String BUNDLE = "org.iprstudio.exchange.report.report";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final char decimalSign;

    ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.decimalSign = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    Locale locale() {
        return locale;
    }

    /** The ISO code for the page's lang attribute: "en" for the English base bundle. */
    String language() {
        return bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A day in the reader's date format (2025-03-04 in English, 04.03.2025 in Norwegian); "" for none. */
    String date(java.time.LocalDate day) {
        return day == null ? "" : java.time.format.DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale).format(day);
    }

    /** When a report was made, in UTC, in the reader's format ("2026-12-01 20:55 UTC", "01.12.2026 20:55 UTC"). */
    String stamp(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern(bundle.getString("format.stamp"), locale).withZone(java.time.ZoneOffset.UTC).format(at);
    }

    /** A figure written with a point (Locale.ROOT) in the reader's decimal sign. */
    String decimal(String rootFigure) {
        return decimalSign == '.' ? rootFigure : rootFigure.replace('.', decimalSign);
    }

    /** For a header cell written as markup: the bundle's words escaped for text content. */
    static String words(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
