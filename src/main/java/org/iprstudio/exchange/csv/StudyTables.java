package org.iprstudio.exchange.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.DomainException;
import org.iprstudio.analysis.agreement.RoundAgreement;
import org.iprstudio.domain.Study;
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
        StringBuilder text = new StringBuilder();
        text.append("Data dictionary: ").append(study.header().title()).append(nl).append(nl);
        text.append("Exported by IPR Studio. Files are UTF-8").append(options.byteOrderMark() ? " with a byte order mark" : "")
                .append(", RFC 4180: fields separated by '").append(options.separator()).append("', quoted with \" when they hold the separator,")
                .append(nl).append("a quote or a line break (a quote inside is doubled), records end with CRLF, the first line names the columns.")
                .append(nl).append("Decimal separator: '").append(options.decimalSeparator()).append("'. An empty field means no value (missing).")
                .append(nl).append("Lists inside one field are separated by '; '. Times are milliseconds from the start of the session video")
                .append(nl).append("(*_ms) or clock times hh:mm:ss.mmm. Participants appear by code and pseudonym only.").append(nl)
                .append("R: read.csv(\"moments.csv\", encoding = \"UTF-8\"); Stata: import delimited moments.csv, varnames(1) encoding(utf8) bindquote(strict);")
                .append(nl).append("SPSS: GET DATA /TYPE=TXT /ENCODING='UTF8' /DELIMITERS=\"").append(options.separator())
                .append("\" /QUALIFIER='\"' /FIRSTCASE=2.").append(nl);
        if (options.escapeFormulas()) {
            text.append(nl).append("Formulas: this is the Excel form, so a text field that begins with =, +, -, @, a tab or a carriage return")
                    .append(nl).append("starts with an apostrophe (') that is not part of the value: it keeps Excel from running the field as a")
                    .append(nl).append("formula. Numbers such as -2.5 are written as they are. Remove the apostrophe if you read these files with")
                    .append(nl).append("other tools, or export without --excel.").append(nl);
        }
        for (Table<?> table : tables) {
            text.append(nl).append(table.fileName()).append(nl).append("=".repeat(table.fileName().length())).append(nl)
                    .append(table.description()).append(nl).append(nl);
            for (Column<?> c : table.columns()) {
                text.append(c.name()).append(nl)
                        .append("    type:    ").append(c.type()).append(nl)
                        .append("    meaning: ").append(c.meaning()).append(nl);
                if (!c.allowed().isEmpty()) {
                    text.append("    allowed: ").append(c.allowed()).append(nl);
                }
            }
        }
        out.write(text.toString());
    }
}
