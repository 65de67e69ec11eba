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

    @Test
    void aWordForANumberIsNamedInNorwegianWithWhatTheOptionTakes() {
        assertThat(run(Locale.forLanguageTag("nb-NO"), "new", "x.iprs", "--title", "T", "--sessions", "1,abc")).isEqualTo(2);
        assertThat(err.toString()).contains("Feil: --sessions tar et heltall, for eksempel 3; «abc» er ikke det.", "Se «ipr-studio new --help»")
                .doesNotContain("Invalid value", "is not an int", "ikke forstått");
    }

    @Test
    void aDateThatDoesNotExistIsNamedInNorwegianWithoutJavasWords() {
        assertThat(run(Locale.forLanguageTag("nb-NO"), "new", "x.iprs", "--title", "T", "--start", "2025-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("Feil: --start tar en dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2025-03-04; «2025-13-01» er ikke det.")
                .doesNotContain("java.time", "Invalid value", "cannot convert");
    }

    @Test
    void aWordForADecimalNumberIsNamedInEnglish() {
        assertThat(run(Locale.ENGLISH, "report", "x.iprs", "--general", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("Error: --general takes a number written with a decimal point, such as 0.5; 'abc' is not one.")
                .doesNotContain("Invalid value", "is not a double");
    }

    /** A command with a fixed set of values, as picocli reads an enum option. */
    @picocli.CommandLine.Command(name = "pick")
    static final class Pick implements Runnable {
        enum Side { CLIENT, THERAPIST }

        @picocli.CommandLine.Option(names = "--side")
        Side side;

        @Override
        public void run() {
        }
    }

    @Test
    void aValueNotAmongTheChoicesListsTheChoicesInNorwegian() {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        picocli.CommandLine pick = new picocli.CommandLine(new Pick()).setParameterExceptionHandler(new ParseErrors())
                .setErr(new PrintWriter(err, true));
        assertThat(pick.execute("--side", "both")).isEqualTo(2);
        assertThat(err.toString()).contains("Feil: --side tar ikke imot «both»; velg en av: CLIENT, THERAPIST.")
                .doesNotContain("expected one of", "Invalid value");
    }
}
