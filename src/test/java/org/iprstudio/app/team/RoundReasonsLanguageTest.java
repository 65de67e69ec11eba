package org.iprstudio.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iprstudio.analysis.ThemeFrequency;
import org.iprstudio.analysis.agreement.RoundAgreement;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.export.Cancellation;
import org.iprstudio.app.export.ExportFormat;
import org.iprstudio.app.export.StudyExport;
import org.iprstudio.app.export.StudyReport;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a closed round or one of its variables has no figures, in the reader's language: a round whose sessions have no
 * moment, and an exclusive group a coder broke (two of its codes on one moment). The report says it in the program's
 * language, named by the codes' names; round_agreement.csv's note stays English, as every cell of the tables does.
 */
class RoundReasonsLanguageTest {
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    @TempDir
    Path dir;

    private final Locale before = Locale.getDefault();
    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private Path file;
    private Code group;
    private Code first;
    private Code second;

    @BeforeEach
    void aRoundWithABrokenExclusiveGroupAndOneWithoutMoments() {
        Study demo = TestStudies.demo();
        Session empty = new Session(UUID.randomUUID(), demo.dyads().get(0).id(), 99, null, null);
        demo.put(empty);
        file = dir.resolve("demo.iprs");
        files.create(file, demo);
        StudyService service = new StudyService(files.open(file), Clock.systemUTC());
        TeamActions team = new TeamActions(service, new CodingActions(service, new EditHistory(service), Clock.systemUTC()));
        Study study = service.study();
        group = study.codes().stream().filter(g -> children(study, g).size() >= 2).findFirst().orElseThrow();
        first = children(study, group).get(0);
        second = children(study, group).get(1);
        Session session = study.sessions().stream().filter(s -> !org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, s).isEmpty()).findFirst().orElseThrow();
        Moment moment = org.iprstudio.testing.TestStudies.momentsInTimeOrder(study, session).get(0);
        service.setActor("LD");
        team.join(new Researcher("LD", "Lead researcher"));
        CodingRound broken = team.startRound("Round 1", List.of(session.id()), List.of("AB", "CD"), List.of(first.id(), second.id()), List.of(group.id()));
        CodingRound nothing = team.startRound("Round 2", List.of(empty.id()), List.of("AB", "CD"), List.of(first.id()), List.of());
        service.setActor("AB");
        team.toggle(broken, first, moment);
        team.toggle(broken, second, moment);
        service.setActor("CD");
        team.toggle(broken, first, moment);
        service.setActor("LD");
        team.close(broken);
        team.close(nothing);
        service.close();
    }

    @AfterEach
    void restoreTheLanguage() {
        Locale.setDefault(before);
    }

    @Test
    void theReasonsAreMessagesThatNameTheCodesInEitherLanguage() {
        List<RoundAgreement> rounds = RoundStatistics.ofClosedRounds(new StudySources(files).read(file).study());
        assertThat(rounds).extracting(RoundAgreement::round).containsExactly("Round 1", "Round 2");
        RoundAgreement.Line brokenGroup = rounds.get(0).lines().stream().filter(l -> l.report() == null).findFirst().orElseThrow();
        assertThat(brokenGroup.name()).isEqualTo(group.name());
        assertThat(brokenGroup.problem().english()).startsWith("Coder AB gave unit ").contains(first.name(), second.name(), "is exclusive")
                .doesNotContain(first.id().toString());
        assertThat(brokenGroup.problem().render(NORWEGIAN)).startsWith("Koderen AB ga enheten ").contains(first.name(), second.name(), " og ",
                "gjensidig utelukkende").doesNotContain("Coder", "exclusive", first.id().toString());
        assertThat(rounds.get(1).notComparedBecause().english()).isEqualTo("Round 'Round 2' has no moment or pair to compare: its sessions have no recalled moments.");
        assertThat(rounds.get(1).notComparedBecause().render(NORWEGIAN)).startsWith("Runden «Round 2» har ingen øyeblikk").doesNotContain("has no");
    }

    @Test
    void theNorwegianReportSaysWhyInNorwegianAndTheCsvNoteStaysEnglish() throws Exception {
        Locale.setDefault(NORWEGIAN);
        Path report = dir.resolve("report.html");
        new StudyReport(new StudySources(files), null, "").write(file, new StudyReport.Request(report, false, ThemeFrequency.Thresholds.DEFAULT, false),
                Cancellation.NONE);
        String html = Files.readString(report);
        assertThat(html).contains("ikke sammenlignet: Koderen AB ga enheten", "Ikke sammenlignet: Runden «Round 2» har ingen øyeblikk")
                .doesNotContain("Coder AB gave", "has no moment or pair");

        Path out = dir.resolve("csv");
        new StudyExport(new StudySources(files)).export(file, new StudyExport.Request(ExportFormat.CSV, out, null, null, false, false, false, Locale.ROOT));
        List<String> notes = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(out.resolve("round_agreement.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            parser.getRecords().stream().map((CSVRecord r) -> r.get("note")).filter(n -> n.startsWith("not compared")).forEach(notes::add);
        }
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0)).startsWith("not compared: Coder AB gave unit ").contains(first.name()).doesNotContain("Koderen");
        assertThat(notes.get(1)).isEqualTo("not compared: Round 'Round 2' has no moment or pair to compare: its sessions have no recalled moments.");
        assertThat(Files.readString(out.resolve("README.txt"))).contains("forklart i ord på engelsk");
    }

    private static List<Code> children(Study study, Code parent) {
        return study.codes().stream().filter(c -> parent.id().equals(c.parentId())).toList();
    }
}
