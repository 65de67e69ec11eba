package org.iprstudio.exchange.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iprstudio.domain.DomainException;
import org.iprstudio.analysis.agreement.RoundAgreement;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;

/**
 * A study as tidy CSV tables for R, SPSS, Stata and Excel (moments.csv, pairs.csv, codings.csv,
 * codes.csv, themes.csv, participants.csv, transcript.csv, agreement.csv, agreement_curve.csv, round_agreement.csv) and a README.txt data
 * dictionary generated from the
 * same column definitions, so the dictionary cannot drift from the files. Rows are written as they
 * are made; nothing but the small lookups is collected.
 */
public final class StudyTables {
    public static final String README = "README.txt";
    static final String README_BUNDLE = "org.iprstudio.exchange.csv.readme";

    private final CsvOptions options;
    private final List<Table<?>> tables = new ArrayList<>();
    private final Study study;

    public StudyTables(Study study, CsvOptions options) {
        this(study, options, List.of());
    }

    /** @param rounds the closed coding rounds' agreement (round_agreement.csv); the team use cases compute it */
    public StudyTables(Study study, CsvOptions options, List<RoundAgreement> rounds) {
        this.study = study;
        this.options = options;
        Lookups lookups = new Lookups(study);
        tables.add(MomentTable.of(lookups, new Numbers(options.decimalSeparator())));
        tables.add(OtherTables.pairs(lookups));
        tables.add(OtherTables.codings(lookups));
        tables.add(OtherTables.codes(lookups));
        tables.add(OtherTables.themes(lookups));
        tables.add(OtherTables.participants(lookups));
        tables.add(TranscriptTable.of(lookups));
        tables.add(AgreementTables.agreement(study, new Numbers(options.decimalSeparator())));
        tables.add(AgreementTables.curve(study, new Numbers(options.decimalSeparator())));
        tables.add(RoundTable.of(rounds, new Numbers(options.decimalSeparator())));
    }

    /** The file names, in the order they are best read; README.txt last. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>(tables.stream().map(Table::fileName).toList());
        names.add(README);
        return names;
    }

    /** Writes one of {@link #fileNames()}. */
    public void write(String fileName, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (fileName.equals(README)) {
            readme(out);
        } else {
            if (options.byteOrderMark()) {
                out.write('\uFEFF');
            }
            Table<?> table = tables.stream().filter(t -> t.fileName().equals(fileName)).findFirst()
                    .orElseThrow(() -> new DomainException(ExchangeMessages.of("studyTables.noTable", fileName)));
            table.write(new CsvWriter(out, options.separator(), options.escapeFormulas()));
        }
        out.flush();
    }

    private void readme(Writer out) throws IOException {
        String nl = "\n";
        Locale locale = options.readmeLocale();
        String separator = String.valueOf(options.separator());
        StringBuilder text = new StringBuilder();
        text.append(words(locale, "readme.title", study.header().title())).append(nl).append(nl);
        text.append(words(locale, "readme.format", options.byteOrderMark() ? words(locale, "readme.withByteOrderMark") : "", separator,
                String.valueOf(options.decimalSeparator()))).append(nl)
                .append("R: read.csv(\"moments.csv\", encoding = \"UTF-8\"); Stata: import delimited moments.csv, varnames(1) encoding(utf8) bindquote(strict);")
                .append(nl).append("SPSS: GET DATA /TYPE=TXT /ENCODING='UTF8' /DELIMITERS=\"").append(separator)
                .append("\" /QUALIFIER='\"' /FIRSTCASE=2.").append(nl);
        if (options.escapeFormulas()) {
            text.append(nl).append(words(locale, "readme.formulas")).append(nl);
        }
        String type = words(locale, "readme.type");
        String meaning = words(locale, "readme.meaning");
        String allowed = words(locale, "readme.allowed");
        int width = Math.max(type.length(), Math.max(meaning.length(), allowed.length())) + 1;
        for (Table<?> table : tables) {
            text.append(nl).append(table.fileName()).append(nl).append("=".repeat(table.fileName().length())).append(nl)
                    .append(words(locale, "table." + table.fileName())).append(nl).append(nl);
            for (Column<?> c : table.columns()) {
                String key = table.fileName() + "." + c.key();
                Object[] arguments = c.arguments().toArray();
                text.append(c.name()).append(nl)
                        .append("    ").append(pad(type, width)).append(words(locale, "type." + c.type())).append(nl)
                        .append("    ").append(pad(meaning, width)).append(words(locale, key + ".meaning", arguments)).append(nl);
                if (hasWords(locale, key + ".allowed")) {
                    text.append("    ").append(pad(allowed, width)).append(words(locale, key + ".allowed", arguments)).append(nl);
                }
            }
        }
        out.write(text.toString());
    }

    /** The README's own words, from org/iprstudio/exchange/csv/readme.properties and its _nb twin. */
    private static String words(Locale locale, String key, Object... arguments) {
        return UserMessage.of(README_BUNDLE, key, arguments).render(locale);
    }

    /** Whether the README's bundle has {@code key} (a column without allowed values has no {@code .allowed}). */
    private static boolean hasWords(Locale locale, String key) {
        return ResourceBundle.getBundle(README_BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(key);
    }

    private static String pad(String label, int width) {
        return label + " ".repeat(Math.max(1, width - label.length()));
    }
}
