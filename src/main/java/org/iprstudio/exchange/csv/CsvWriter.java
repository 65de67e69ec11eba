package org.iprstudio.exchange.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 records: CRLF line ends; a field is quoted when it holds the separator, a quote or a line break.
 * With {@code escapeFormulas} (the Excel form) a text field that begins with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running
 * it as a formula (CSV injection, as OWASP describes it); numbers such as -2.5 stay numbers.
 */
final class CsvWriter {
    /** What a formula may begin with in Excel, LibreOffice and Google Sheets. */
    static final String FORMULA_STARTS = "=+-@\t\r";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private final Writer out;
    private final char separator;
    private final boolean escapeFormulas;

    CsvWriter(Writer out, char separator) {
        this(out, separator, false);
    }

    CsvWriter(Writer out, char separator, boolean escapeFormulas) {
        this.out = out;
        this.separator = separator;
        this.escapeFormulas = escapeFormulas;
    }

    /** The field as a spreadsheet should show it: with a leading apostrophe if it could be taken for a formula. */
    static String formulaSafe(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            field(fields.get(i));
        }
        out.write("\r\n");
    }

    private void field(String given) throws IOException {
        if (given == null || given.isEmpty()) {
            return;
        }
        String value = escapeFormulas ? formulaSafe(given) : given;
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == separator || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
