package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.UserMessage;

/**
 * Reads reliability data from a plain table, so anyone can check the numbers: a header row
 * {@code unit,CODER1,CODER2,...}, then one row per unit and one column per coder, an empty
 * cell where that coder gave no value. Commas separate the cells (a semicolon or a tab is taken
 * if the header has no comma, as spreadsheets in many countries write them); a cell may be
 * quoted in double quotes.
 */
public final class RatingsTable {
    private RatingsTable() {
    }

    /** @param source how to name the table in messages, e.g. its file name */
    public static Ratings parse(String text, String source) {
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            throw new DomainException(AnalysisMessages.of("ratingsTable.emptyWriteHeaderRow", source));
        }
        String header = lines[headerLine];
        char separator = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> names = cells(header, separator, source, headerLine + 1);
        if (!names.get(0).strip().toLowerCase(Locale.ROOT).equals("unit")) {
            throw new DomainException(AnalysisMessages.of("ratingsTable.hasHeaderRowFirst", source, header.strip()));
        }
        List<String> coders = names.subList(1, names.size());
        if (coders.size() < 2) {
            throw new DomainException(AnalysisMessages.of("ratingsTable.hasAgreementNeedsLeast", source, (coders.isEmpty() ? AnalysisMessages.of("ratingsTable.noCoder") : AnalysisMessages.of("ratingsTable.onlyOneCoder", coders.get(0).strip()))));
        }
        Ratings.Builder builder;
        try {
            builder = Ratings.builder(coders);
        } catch (DomainException e) {
            throw new DomainException(AnalysisMessages.of("ratingsTable.line", source, (headerLine + 1), UserMessage.from(e)));
        }
        int rows = 0;
        for (int i = headerLine + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> row = cells(lines[i], separator, source, i + 1);
            try {
                builder.unit(row.get(0), row.subList(1, row.size()));
            } catch (DomainException e) {
                throw new DomainException(AnalysisMessages.of("ratingsTable.line", source, (i + 1), UserMessage.from(e)));
            }
            rows++;
        }
        if (rows == 0) {
            throw new DomainException(AnalysisMessages.of("ratingsTable.hasHeaderButUnits", source));
        }
        return builder.build();
    }

    /** The cells of one line; a cell in double quotes may hold the separator, and "" stands for one quote. */
    private static List<String> cells(String line, char separator, String source, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new DomainException(AnalysisMessages.of("ratingsTable.lineQuoteOpenedBut", source, lineNumber));
        }
        cells.add(cell.toString());
        return cells;
    }
}
