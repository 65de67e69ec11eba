package org.iprstudio.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StudyTables(demo, options).write(file, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The lines that name a column: not indented, not a heading's underline, inside a file's part. */
    private static List<String> columnNames(String readme) {
        String tables = readme.substring(readme.indexOf("\nmoments.csv\n"));
        return tables.lines().filter(l -> l.matches("[a-z0-9_]+")).toList();
    }
}
