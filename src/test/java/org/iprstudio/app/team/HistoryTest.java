package org.iprstudio.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path dir;

    private static AuditEvent event(String at, String who, AuditKind kind, String what) {
        return new AuditEvent(UUID.randomUUID(), Instant.parse(at), who, kind, null, what);
    }

    private final List<AuditEvent> trail = List.of(
            event("2026-11-30T23:30:00Z", "AB", AuditKind.CODING, "apply code: BOND"),
            event("2026-12-01T08:00:00Z", "CD", AuditKind.MEMO, "write memo: =SUM(A1), \"quoted\"\nsecond line"),
            event("2026-12-02T09:00:00Z", "AB", AuditKind.UNDO, "undo apply code: BOND"));

    @Test
    void theFilterTakesPersonKindAndDaysInTheUsersZoneNewestFirst() {
        assertThat(HistoryFilter.everything().apply(trail)).containsExactly(trail.get(2), trail.get(1), trail.get(0));
        assertThat(new HistoryFilter(Set.of("AB"), null, null, Set.of(), ZoneOffset.UTC).apply(trail)).containsExactly(trail.get(2), trail.get(0));
        assertThat(new HistoryFilter(Set.of(), null, null, Set.of(AuditKind.UNDO), ZoneOffset.UTC).apply(trail)).containsExactly(trail.get(2));
        LocalDate first = LocalDate.of(2026, 12, 1);
        // 23:30 UTC on 30 November is already 1 December in Oslo
        assertThat(new HistoryFilter(Set.of(), first, first, Set.of(), ZoneOffset.UTC).apply(trail)).containsExactly(trail.get(1));
        assertThat(new HistoryFilter(Set.of(), first, first, Set.of(), ZoneId.of("Europe/Oslo")).apply(trail)).containsExactly(trail.get(1), trail.get(0));
        assertThatThrownBy(() -> new HistoryFilter(Set.of(), first, first.minusDays(1), Set.of(), null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("swap the dates");
    }

    @Test
    void theCsvQuotesWhatNeedsQuotingDefusesFormulasAndNeverReplacesUnasked() throws Exception {
        Study study = new TestStudies().study();
        study.team().putResearcher(new Researcher("AB", "Ann Brown"));
        Path file = dir.resolve("history.csv");
        HistoryCsv.write(study, trail, file, false);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("when_utc,who,name,kind,what,target_id\r\n2026-11-30T23:30:00Z,AB,Ann Brown,CODING,apply code: BOND,\r\n");
        assertThat(text).contains("2026-12-01T08:00:00Z,CD,,MEMO,\"write memo: =SUM(A1), \"\"quoted\"\"\nsecond line\",\r\n");
        assertThatThrownBy(() -> HistoryCsv.write(study, List.of(), file, false)).hasMessageContaining("already a file");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
        HistoryCsv.write(study, List.of(trail.get(1)), file, true);
        assertThat(Files.readAllLines(file)).first().isEqualTo("when_utc,who,name,kind,what,target_id");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("history.csv"); // no temporary left
        }
        Path cell = dir.resolve("formula.csv");
        HistoryCsv.write(study, List.of(event("2026-12-01T08:00:00Z", "AB", AuditKind.MEMO, "=cmd|' /C calc'!A0")), cell, false);
        assertThat(Files.readAllLines(cell).get(1)).contains(",'=cmd|' /C calc'!A0,");
    }

    @Test
    void theResearcherIsRememberedOnThisComputerAndAnInvalidMemoryIsAskedAgain() throws Exception {
        Preferences node = Preferences.userRoot().node("org/iprstudio/test/team-" + UUID.randomUUID());
        try {
            ResearcherMemory memory = ResearcherMemory.in(node);
            assertThat(memory.known()).isEmpty();
            memory.remember(new Researcher("ab", "Ann Brown"));
            assertThat(ResearcherMemory.in(node).known()).contains(new Researcher("AB", "Ann Brown"));
            node.put("initials", "not initials!");
            assertThat(ResearcherMemory.in(node).known()).isEmpty();
        } finally {
            node.removeNode();
        }
        assertThat(ResearcherMemory.parsePreset("TS=Tester")).isEqualTo(new Researcher("TS", "Tester"));
        assertThatThrownBy(() -> ResearcherMemory.parsePreset("TS")).hasMessageContaining("AB=Ann Brown");
    }
}
