package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule broken in a study.json is reported in the system's language: Norwegian under a Norwegian locale, English otherwise. */
class NorwegianErrorsTest {
    static {
        // the command line's own bundle is read once, in the locale of the first use: let that be the test run's
        // (English), not this test's Norwegian, so that the other command-line tests in this JVM read English
        Texts.get("error.prefix", "");
    }

    @TempDir
    Path dir;

    private final Locale before = Locale.getDefault();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> null, (study, session) -> 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    /** The demo study's study.json with its title emptied: the domain refuses it while it is read. */
    private Path untitledStudyJson() throws Exception {
        String json = Files.readString(TestStudies.DEMO_JSON);
        String untitled = json.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"\"");
        assertThat(untitled).isNotEqualTo(json);
        Path file = dir.resolve("study.json");
        Files.writeString(file, untitled);
        return file;
    }

    @Test
    void anEmptyStudyTitleIsReportedInNorwegianUnderANorwegianLocale() throws Exception {
        Path file = untitledStudyJson();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        assertThat(run("info", file.toString())).isEqualTo(FriendlyErrors.USER_DATA_PROBLEM);
        assertThat(err.toString()).contains(file + ": Studiens tittel må fylles ut. Ingenting ble importert.")
                .doesNotContain("must not be empty").doesNotContain("Exception");
    }

    @Test
    void theSameStudyJsonIsReportedInEnglishUnderAnEnglishLocale() throws Exception {
        Path file = untitledStudyJson();
        Locale.setDefault(Locale.UK);
        assertThat(run("info", file.toString())).isEqualTo(FriendlyErrors.USER_DATA_PROBLEM);
        assertThat(err.toString()).contains(file + ": The study's title must not be empty. Nothing was imported.");
    }
}
