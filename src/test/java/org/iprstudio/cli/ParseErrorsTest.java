package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command line that was not understood: one line saying what is wrong, in the reader's language, and where the help is;
 * not picocli's English message followed by the whole usage text.
 */
class ParseErrorsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private int run(Locale locale, String... args) {
        Locale.setDefault(locale);
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> {
            throw new AssertionError("no media probe needed");
        }, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    @Test
    void anUnknownOptionIsNamedInEnglish() {
        assertThat(run(Locale.ENGLISH, "info", "--colour", "x.iprs")).isEqualTo(2);
        assertThat(err.toString()).contains("Error: --colour is not an option of this command.", "See 'ipr-studio info --help'")
                .doesNotContain("Unknown option", "Usage:");
    }

    @Test
    void aMissingFileIsNamedInNorwegian() {
        assertThat(run(Locale.forLanguageTag("nb-NO"), "info")).isEqualTo(2);
        assertThat(err.toString()).contains("Feil: Mangler: FILE.", "Se «ipr-studio info --help»")
                .doesNotContain("Missing required", "Usage:", "Bruk:");
    }

    @Test
    void anUnknownCommandIsNamedInNorwegian() {
        assertThat(run(Locale.forLanguageTag("nb-NO"), "infoo")).isEqualTo(2);
        assertThat(err.toString()).contains("Feil: «infoo» var ikke ventet her.", "Mente du: info?", "Se «ipr-studio --help»")
                .doesNotContain("Did you mean");
    }
}
