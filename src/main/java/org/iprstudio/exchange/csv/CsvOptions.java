package org.iprstudio.exchange.csv;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.iprstudio.domain.DomainException;
import org.iprstudio.exchange.ExchangeMessages;

/**
 * How the tables are spelled. The standard form is RFC 4180 with commas and decimal points, UTF-8
 * without a byte order mark (what R, Stata and SPSS read by default). The Excel form adds a byte
 * order mark (else Excel reads UTF-8 as a legacy code page) and, where the locale writes decimal
 * commas, uses semicolons between fields and decimal commas, as Excel there expects. It also keeps
 * Excel from running a cell as a formula ({@code escapeFormulas}, see {@link CsvWriter}). The README's
 * words are in {@code readmeLocale} (the program's language unless the caller says); the tables'
 * cells and column names never depend on it.
 */
public record CsvOptions(boolean byteOrderMark, char separator, char decimalSeparator, boolean escapeFormulas, Locale readmeLocale) {
    public CsvOptions(boolean byteOrderMark, char separator, char decimalSeparator) {
        this(byteOrderMark, separator, decimalSeparator, false);
    }

    public CsvOptions(boolean byteOrderMark, char separator, char decimalSeparator, boolean escapeFormulas) {
        this(byteOrderMark, separator, decimalSeparator, escapeFormulas, null);
    }

    /** These options with the README written in {@code locale}. */
    public CsvOptions withReadmeIn(Locale locale) {
        return new CsvOptions(byteOrderMark, separator, decimalSeparator, escapeFormulas, locale);
    }

    public CsvOptions {
        readmeLocale = readmeLocale == null ? Locale.getDefault() : readmeLocale;
        if (separator == decimalSeparator || separator == '"' || separator == '\n' || separator == '\r') {
            throw new DomainException(ExchangeMessages.of("csvOptions.separators", String.valueOf(separator), String.valueOf(decimalSeparator)));
        }
    }

    public static CsvOptions standard() {
        return new CsvOptions(false, ',', '.');
    }

    public static CsvOptions excel(Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return decimal == ',' ? new CsvOptions(true, ';', ',', true) : new CsvOptions(true, ',', '.', true);
    }
}
