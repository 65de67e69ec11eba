package org.iprstudio.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** README.txt in the language its caller asks for; the column names and the tables themselves never change with it. */
class ReadmeLanguageTest {
    private final Study demo = TestStudies.demo();

    @Test
    void theNorwegianReadmeHasNorwegianWordsAndTheSameColumnNames() throws IOException {
        String english = write(CsvOptions.excel(Locale.US).withReadmeIn(Locale.ENGLISH), StudyTables.README);
        String norwegian = write(CsvOptions.excel(Locale.US).withReadmeIn(Locale.forLanguageTag("nb-NO")), StudyTables.README);
        assertThat(english).startsWith("Data dictionary: ").contains("    meaning: ", "Formulas: this is the Excel form");
        assertThat(norwegian).startsWith("Dataordbok: ").contains("    betydning: ", "Formler: dette er Excel-formen", "Desimaltegn: '.'",
                "moments.csv\n===========\nÉn rad per øyeblikk i hver gjenkalling.\n")
                .doesNotContain("Data dictionary", "    meaning: ", "Formulas:", "Decimal separator", "One row per");
        assertThat(columnNames(norwegian)).isNotEmpty().isEqualTo(columnNames(english)).contains("moment_id", "helpfulness");
    }

    @Test
    void everyColumnIsDescribedInTheReadersLanguage() throws IOException {
        Study study = TestStudies.demo();
        study.put(new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of("improved", "unchanged")));
        study.put(new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Years of experience", AttributeType.NUMBER, null));
        String english = write(study, CsvOptions.standard().withReadmeIn(Locale.ENGLISH), StudyTables.README);
        String norwegian = write(study, CsvOptions.standard().withReadmeIn(Locale.forLanguageTag("nb")), StudyTables.README);

        assertThat(english).contains("    meaning: The moment's id; joins codings.csv and pairs.csv.\n",
                "    type:    list of text\n", "    meaning: Case attribute 'Outcome' of the dyad.\n", "    allowed: improved, unchanged; empty if not given\n",
                "    allowed: number; empty if not given\n", "(units resampled 2000 times, seed 13, percentile)");
        assertThat(norwegian).contains("    betydning: Øyeblikkets id; kobler til codings.csv og pairs.csv.\n",
                "    type:      liste med tekst\n", "    betydning: Caseegenskapen 'Outcome' for dyaden.\n",
                "    tillatt:   improved, unchanged; tom hvis ikke oppgitt\n", "    tillatt:   tall; tom hvis ikke oppgitt\n",
                "(enhetene trukket på nytt 2000 ganger, frø 13, persentilmetoden)")
                .doesNotContain("The moment's id", "list of text", "Case attribute", "empty if", "empty when", "Number of", "Session number");
        // Every meaning is Norwegian; only the one that is a formula of column names reads the same in both
        List<String> same = new java.util.ArrayList<>(meanings(english));
        same.retainAll(meanings(norwegian));
        assertThat(same).containsExactly("second_anchor_ms minus first_anchor_ms.");
        assertThat(meanings(norwegian)).hasSameSizeAs(meanings(english)).hasSizeGreaterThan(130);
    }

    /** The text of every column's meaning line. */
    private static List<String> meanings(String readme) {
        return readme.lines().filter(l -> l.startsWith("    meaning: ") || l.startsWith("    betydning: "))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).toList();
    }

    @Test
    void theTablesAreTheSameInEveryLanguage() throws IOException {
        CsvOptions en = CsvOptions.standard().withReadmeIn(Locale.ENGLISH);
        CsvOptions nb = CsvOptions.standard().withReadmeIn(Locale.forLanguageTag("nb-NO"));
        for (String file : new StudyTables(demo, en).fileNames()) {
            if (!file.equals(StudyTables.README)) {
                assertThat(write(nb, file)).as(file).isEqualTo(write(en, file));
            }
        }
    }

    private String write(CsvOptions options, String file) throws IOException {
        return write(demo, options, file);
    }

    private static String write(Study study, CsvOptions options, String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StudyTables(study, options).write(file, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The lines that name a column: not indented, not a heading's underline, inside a file's part. */
    private static List<String> columnNames(String readme) {
        String tables = readme.substring(readme.indexOf("\nmoments.csv\n"));
        return tables.lines().filter(l -> l.matches("[a-z0-9_]+")).toList();
    }
}
