package org.iprstudio.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coder kit out, coded on "another computer" (another study service on the kit file), and back in. */
class CoderKitsTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();

    private record Opened(StudyService service, TeamActions team) implements AutoCloseable {
        @Override
        public void close() {
            service.close();
        }
    }

    private Opened open(Path file, String who) {
        StudyService service = new StudyService(files.open(file));
        service.setActor(who);
        return new Opened(service, new TeamActions(service, new CodingActions(service, new EditHistory(service), Clock.systemUTC())));
    }

    /** A clock one second further on at each reading, so that what is done after the kit is written is later than it. */
    private Opened openStepping(Path file, String who) {
        java.time.Instant[] now = {java.time.Instant.parse("2026-12-01T10:00:00Z")};
        Clock stepping = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                now[0] = now[0].plusSeconds(1);
                return now[0];
            }
        };
        StudyService service = new StudyService(files.open(file), stepping);
        service.setActor(who);
        return new Opened(service, new TeamActions(service, new CodingActions(service, new EditHistory(service), stepping)));
    }

    private Path demo(String name) {
        Path file = dir.resolve(name);
        files.create(file, TestStudies.demo());
        return file;
    }

    private static List<Moment> moments(Study study, Session session) {
        List<Moment> all = new ArrayList<>();
        study.passesOf(session.id()).forEach(p -> all.addAll(study.momentsOf(p.id())));
        return all;
    }

    private static CodingRound startOn(Opened lead, String name) {
        Study study = lead.service().study();
        Session session = study.sessionByLabel("D02/3").orElseThrow();
        return lead.team().startRound(name, List.of(session.id()), List.of("AB", "CD"), study.codes().stream().map(Code::id).toList(), List.of());
    }

    @Test
    void aKitHoldsOnlyItsCodersWorkComesBackOnceAndRefusesAnotherStudyOrRound() throws Exception {
        Path home = demo("home.iprs");
        Path kit = dir.resolve("CD-round1.iprs");
        CodingRound round;
        try (Opened lead = open(home, "LD")) {
            round = startOn(lead, "Round 1");
            Study study = lead.service().study();
            Session session = study.sessionByLabel("D02/3").orElseThrow();
            lead.service().setActor("AB");
            lead.team().toggle(round, study.codes().get(0), moments(study, session).get(0)); // AB codes at home
            assertThatThrownBy(() -> new CoderKits(lead.service()).export(round, "EF", kit, files)).hasMessageContaining("not a coder");
            new CoderKits(lead.service()).export(round, "CD", kit, files);
            assertThatThrownBy(() -> new CoderKits(lead.service()).export(round, "CD", kit, files)).hasMessageContaining("already a file");
        }

        // on the coder's computer: the kit is a study of its own, blind to AB and to the study's own coding
        Code first;
        try (Opened coder = open(kit, "CD")) {
            Study inKit = coder.service().study();
            assertThat(inKit.codings()).isEmpty();
            assertThat(inKit.themes()).isEmpty();
            assertThat(inKit.memos()).isEmpty();
            assertThat(inKit.sessions()).extracting(s -> inKit.dyad(s.dyadId()).code() + "/" + s.number()).containsExactly("D02/3");
            assertThat(inKit.team().roundCodings(round.id())).isEmpty();
            Session session = inKit.sessions().get(0);
            first = inKit.codes().get(0);
            coder.team().toggle(round, first, moments(inKit, session).get(0));
            coder.team().toggle(round, inKit.codes().get(1), moments(inKit, session).get(1));
        }

        try (Opened lead = open(home, "LD")) {
            CoderKits kits = new CoderKits(lead.service());
            CoderKits.ImportResult once = kits.importKit(kit, files);
            assertThat(once.coder()).isEqualTo("CD");
            assertThat(once.added()).isEqualTo(2);
            assertThat(once.historyLines()).isEqualTo(2);
            CoderKits.ImportResult twice = kits.importKit(kit, files);
            assertThat(twice.added()).isZero();
            assertThat(twice.alreadyHere()).isEqualTo(2);
            assertThat(twice.historyLines()).isZero();
            assertThat(lead.service().study().team().roundCodingsBy(round.id(), "CD")).hasSize(2);
            assertThat(lead.service().study().team().roundCodingsBy(round.id(), "AB")).hasSize(1);
            assertThat(lead.service().study().team().audit()).filteredOn(e -> e.who().equals("CD")).hasSize(2);
        }

        // a kit of another study, or of a round this study does not have, is refused and changes nothing
        Path other = dir.resolve("other.iprs");
        files.create(other, new TestStudies().study());
        try (Opened stranger = open(other, "LD")) {
            assertThatThrownBy(() -> new CoderKits(stranger.service()).importKit(kit, files)).hasMessageContaining("another study");
        }
        Path copy = demo("copy.iprs");
        Path otherRoundKit = dir.resolve("other-round.iprs");
        try (Opened lead = open(copy, "LD")) {
            new CoderKits(lead.service()).export(startOn(lead, "Round 1"), "CD", otherRoundKit, files);
        }
        try (Opened lead = open(home, "LD")) {
            int before = lead.service().study().team().audit().size();
            assertThatThrownBy(() -> new CoderKits(lead.service()).importKit(otherRoundKit, files)).hasMessageContaining("which this study does not have");
            lead.team().close(lead.service().study().team().round(round.id()).orElseThrow());
            assertThatThrownBy(() -> new CoderKits(lead.service()).importKit(kit, files)).hasMessageContaining("was closed here");
            assertThat(lead.service().study().team().audit()).hasSize(before + 1); // the closing only
        }
        assertThat(Files.exists(kit)).isTrue();
    }

    @Test
    void aCodingTheCoderRemovedInTheKitIsRemovedAtImportOnceAndACodingMadeHereLaterIsKept() throws Exception {
        Path home = demo("home.iprs");
        Path kit = dir.resolve("CD-round1.iprs");
        CodingRound round;
        List<Code> codes;
        List<Moment> units;
        try (Opened lead = openStepping(home, "LD")) {
            round = startOn(lead, "Round 1");
            Study study = lead.service().study();
            codes = study.codes();
            units = moments(study, study.sessionByLabel("D02/3").orElseThrow());
            lead.service().setActor("CD"); // CD starts at the study's computer
            lead.team().toggle(round, codes.get(0), units.get(0));
            lead.team().toggle(round, codes.get(1), units.get(0));
            new CoderKits(lead.service()).export(round, "CD", kit, files);
            lead.team().toggle(round, codes.get(2), units.get(1)); // and codes once more here, after the kit was written
        }
        try (Opened coder = open(kit, "CD")) {
            Study inKit = coder.service().study();
            assertThat(inKit.team().roundCodings(round.id())).hasSize(2);
            coder.team().toggle(round, codes.get(1), units.get(0)); // removed in the kit
            coder.team().toggle(round, codes.get(3), units.get(1)); // added in the kit
        }
        try (Opened lead = open(home, "LD")) {
            CoderKits kits = new CoderKits(lead.service());
            CoderKits.ImportResult once = kits.importKit(kit, files);
            assertThat(once.removed()).isEqualTo(1);
            assertThat(once.added()).isEqualTo(1);
            assertThat(once.notInKit()).isEqualTo(1);
            assertThat(lead.service().study().team().roundCodingsBy(round.id(), "CD")).extracting(c -> c.codeId())
                    .containsExactlyInAnyOrder(codes.get(0).id(), codes.get(2).id(), codes.get(3).id());
            CoderKits.ImportResult twice = kits.importKit(kit, files);
            assertThat(twice.removed()).isZero();
            assertThat(twice.added()).isZero();
            assertThat(lead.service().study().team().roundCodingsBy(round.id(), "CD")).hasSize(3);
        }
        try (Opened lead = open(home, "LD")) { // what the import did is in the file
            assertThat(lead.service().study().team().roundCodingsBy(round.id(), "CD")).hasSize(3);
        }
    }
}
