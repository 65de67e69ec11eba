package org.iprstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line under a Norwegian locale: its help in Norwegian, a new study's protocol in Norwegian, machine numbers unchanged. */
class NorwegianCommandLineTest {
    private static final Path TABLES = Path.of("src", "test", "resources", "org", "iprstudio", "cli", "agreement").toAbsolutePath();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale before;

    @BeforeEach
    void norwegian() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private int run(String... args) {
        CliContext context = new CliContext(new SqliteStudyFiles(), () -> {
            throw new AssertionError("no media probe needed");
        }, (study, session) -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return IprStudioCommand.commandLine(context).execute(args);
    }

    private static Study read(Path file) {
        try (StudyStore store = new SqliteStudyFiles().openReadOnly(file)) {
            return store.load();
        }
    }

    @Test
    void helpIsInNorwegian() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Bruk: ipr-studio", "Uten kommando åpnes hovedvinduet.", "Kommandoer:",
                "Åpne den fiktive demostudien", "Vis denne hjelpen og avslutt.").doesNotContain("Usage:", "Open the fictional demo study");
    }

    @Test
    void aSubcommandsHelpIsInNorwegian() {
        assertThat(run("new", "--help")).isZero();
        assertThat(out.toString()).contains("Lag en ny, tom studiefil", "Studiens tittel.", "Språket for protokollens standardspørsmål");
    }

    @Test
    void aNewStudyGetsTheProtocolInNorwegianUnlessAnotherLanguageIsAsked() {
        Path file = dir.resolve("ny.iprs");
        assertThat(run("new", file.toString(), "--title", "Allianse")).isZero();
        assertThat(out.toString()).contains("Studie laget: " + file);
        var protocol = read(file).header().protocol();
        assertThat(protocol.prompts()).contains("Hva skjedde med deg akkurat da?");
        assertThat(protocol.helpfulness().labelOf(9)).isEqualTo("ekstremt hjelpsomt");

        Path english = dir.resolve("english.iprs");
        assertThat(run("new", english.toString(), "--title", "Alliance", "--language", "en")).isZero();
        assertThat(read(english).header().protocol().prompts()).contains("What was happening for you right then?");

        assertThat(run("new", dir.resolve("x.iprs").toString(), "--title", "X", "--language", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("«de» er ikke et språk IPR Studio skriver protokoller på");
    }

    @Test
    void infoNamesRolesAndStatusesInNorwegian() {
        assertThat(run("info", org.iprstudio.testing.TestStudies.DEMO_JSON.toString())).isZero();
        assertThat(out.toString()).contains("Protokoll: sesjoner 3, 5; koblingsvindu 10 s før / 30 s etter",
                "    klient     C01  ferdig  10 øyeblikk", "    terapeut   T02  MANGLER: ", "forløp: positivt")
                .doesNotContain(" client ", " done ");
    }

    @Test
    void theStatisticsKeepTheirDecimalPointSoTheyCanBeReadByOtherTools() {
        assertThat(run("agreement", "--ratings", TABLES.resolve("krippendorff-2011.csv").toString())).isZero();
        assertThat(out.toString().split("\\R")).startsWith("Krippendorffs alfa (nominal): 0.743", "Fleiss' kappa: 0.761");
    }
}
