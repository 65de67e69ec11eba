package org.iprstudio.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.iprstudio.app.StudyService;
import org.iprstudio.cli.CliContext;
import org.iprstudio.cli.IprStudioCommand;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A study file whose rows were edited outside the program: one clear line naming the place and the value, never a stack trace. */
class BadRowValuesTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void createStudy() {
        file = dir.resolve("study.iprs");
        new SqliteStudyFiles().create(file, TestStudies.demo());
    }

    private void damage(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate(sql)).as(sql).isPositive();
        }
    }

    private int info(StringWriter out, StringWriter err, String... options) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("info", file.toString()), java.util.Arrays.stream(options)).toArray(String[]::new);
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an enum       | UPDATE participant SET role = 'PATIENT' WHERE code = 'C01'                          | role | PATIENT | true",
        "a date        | UPDATE session SET date = '2025-13-45' WHERE number = 3                              | date | 2025-13-45 | true",
        "a UUID        | UPDATE recall_pass SET interviewer_id = 'nobody' WHERE interviewer_id IS NOT NULL    | interviewer_id | nobody | true",
        "an instant    | UPDATE moment SET created_at = 'yesterday' WHERE rowid = 1                           | created_at | yesterday | false",
        "a time        | UPDATE moment SET anchor_ms = 'soon' WHERE rowid = 1                                 | anchor_ms | soon | false",
        "a duration    | UPDATE session SET media_duration_ms = 'long' WHERE media_duration_ms IS NOT NULL   | media_duration_ms | long | true",
        "a memo target | UPDATE memo SET target = 'NOTHING' WHERE rowid = 1                                   | target | NOTHING | false",
        "a listed id   | UPDATE theme_code SET code_id = 'x' WHERE rowid = 1                                  | code_id | 'x' | false",
        "a session number | UPDATE session SET number = 'three' WHERE number = 3 AND rowid = 1                | number | three | true",
    })
    void aBadValueInARowIsOneClearLineInInfoAndOpen(String kind, String sql, String column, String value, boolean inOutline) throws Exception {
        damage(sql);
        byte[] before = Files.readAllBytes(file);

        // plain info reads the study's structure (not its moments, codes, themes or memos); --check reads every row
        for (String[] options : inOutline ? new String[][] {{}, {"--check"}} : new String[][] {{"--check"}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertThat(info(out, err, options)).as("info %s", String.join(" ", options)).isEqualTo(2);
            assertThat(err.toString()).startsWith("Error: ").contains("is damaged", column, value).endsWith(System.lineSeparator());
            assertThat(err.toString().strip().lines()).hasSize(1);
            assertThat(Clean.problemWith(err.toString().strip())).isEmpty();
            assertThat(Files.readAllBytes(file)).as("info leaves the file as it was").isEqualTo(before);
        }

        // the window's way: opening the store reads and checks every row before anything is written
        assertThatThrownBy(() -> SqliteStudyStore.open(file).close())
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED);
                    assertThat(Clean.problemWith(e.getMessage())).isEmpty();
                })
                .hasMessageContaining(column).hasMessageContaining(value).hasMessageContaining("The file was not changed");
        assertThat(Files.readAllBytes(file)).as("a failed open leaves the study exactly as it was").isEqualTo(before);
    }
    @org.junit.jupiter.api.Test
    void whatTheColumnShouldHoldIsSaidInTheReadersLanguage() throws Exception {
        damage("UPDATE session SET date = '2025-13-45' WHERE number = 3");
        StoreException refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> SqliteStudyStore.open(file).close(), StoreException.class);
        assertThat(refused.getMessage()).contains("'2025-13-45', which is not a date such as 2025-03-14");
        assertThat(refused.userMessage().render(java.util.Locale.forLanguageTag("nb-NO"))).contains("«2025-13-45», som ikke er en dato som 2025-03-14")
                .doesNotContain("a date such as");
    }
}
