package org.iprstudio.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.exchange.eaf.EafReader;
import org.iprstudio.exchange.eaf.EafWriter;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ELAN tiers made into recall passes of real study files. */
class EafImportTest {
    static final Path SAMPLES = Path.of("..", "shared", "samples", "eaf");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final TestStudies t = new TestStudies();

    /** The test study with its two recalls of D01/3 only planned (nothing recorded yet). */
    private Study planned() {
        Study study = t.study();
        study.put(withStatus(t.clientPass, PassStatus.PLANNED));
        study.put(withStatus(t.therapistPass, PassStatus.PLANNED));
        return study;
    }

    private static RecallPass withStatus(RecallPass p, PassStatus status) {
        return new RecallPass(p.id(), p.sessionId(), p.perspective(), p.participantId(), p.interviewerId(), p.date(), status, null);
    }

    private Path save(Study study) {
        Path file = dir.resolve(UUID.randomUUID() + ".iprs");
        files.create(file, study);
        return file;
    }

    private EafImport.Result importInto(Path study, Path eaf, String session, Map<String, String> tiers) {
        EafReader.Document document = EafReader.read(eaf);
        try (StudyService service = new StudyService(files.open(study))) {
            return new EafImport(service, CLOCK).apply(document, session, tiers);
        }
    }

    private Study reopen(Path study) {
        try (var store = files.openReadOnly(study)) {
            return store.load();
        }
    }

    @Test
    void anExportedSessionComesBackMomentForMoment() throws Exception {
        Study source = t.study();
        Instant made = Instant.parse("2025-03-05T10:00:00Z");
        List<Moment> moments = List.of(
                new Moment(UUID.randomUUID(), t.clientPass.id(), MediaTime.parse("00:02:40.000"), null, Initiator.PARTICIPANT,
                        "I rehearsed what to say", null, new Helpfulness(4), 3, made, List.of("tension")),
                new Moment(UUID.randomUUID(), t.clientPass.id(), MediaTime.parse("00:10:05.250"),
                        new TimeSpan(MediaTime.parse("00:09:50.000"), MediaTime.parse("00:10:05.250")), Initiator.INTERVIEWER,
                        "She \"got\" it; <relief> & more", null, new Helpfulness(7.5), null, made, List.of("relief", "felt understood")),
                new Moment(UUID.randomUUID(), t.therapistPass.id(), MediaTime.parse("00:02:55.000"), null, Initiator.PARTICIPANT,
                        "", null, null, null, made, List.of()));
        moments.forEach(source::put);
        ByteArrayOutputStream eaf = new ByteArrayOutputStream();
        new EafWriter(source).write(t.session, null, eaf);
        Path file = Files.write(dir.resolve("D01-S3.eaf"), eaf.toByteArray());

        Path study = save(planned());
        Map<String, String> tiers = new LinkedHashMap<>();
        tiers.put("client C01", "C01");
        tiers.put("therapist T01", "T01");
        EafImport.Result result = importInto(study, file, "D01/3", tiers);
        assertThat(result.moments()).isEqualTo(3);
        Study after = reopen(study);
        assertThat(after.pass(t.clientPass.id()).status()).isEqualTo(PassStatus.DONE);
        for (Moment original : moments) {
            Moment copy = after.moment(original.id());
            assertThat(copy.passId()).isEqualTo(original.passId());
            assertThat(copy.anchor()).isEqualTo(original.anchor());
            assertThat(copy.span()).isEqualTo(original.span());
            assertThat(copy.comment()).isEqualTo(original.comment());
            assertThat(copy.helpfulness()).isEqualTo(original.helpfulness());
            assertThat(copy.intensity()).isEqualTo(original.intensity());
            assertThat(copy.initiator()).isEqualTo(original.initiator());
            assertThat(copy.tags()).isEqualTo(original.tags());
        }
    }

    @Test
    void anElanTierFromAnotherToolBecomesARecallWithItsTextAsComments() {
        Study base = t.study();
        base.remove(t.clientPass.id());
        Path study = save(base);
        EafReader.Tier tier = EafReader.read(SAMPLES.resolve("speach_test.eaf")).tier("Person1 (Utterance)");
        EafImport.Result result = importInto(study, SAMPLES.resolve("speach_test.eaf"), "D01/3", Map.of("Person1 (Utterance)", "C01"));
        assertThat(result.moments()).isEqualTo(tier.annotations().size()).isPositive();
        Study after = reopen(study);
        RecallPass pass = after.passesOf(t.session.id()).stream().filter(p -> p.participantId().equals(t.client.id())).findFirst().orElseThrow();
        List<Moment> made = after.momentsOf(pass.id()).stream().sorted(Comparator.comparing(Moment::anchor)).toList();
        EafReader.Annotation first = tier.annotations().get(0);
        assertThat(made.get(0).comment()).isEqualTo(first.value());
        assertThat(made.get(0).anchor().millis()).as("the stop is where the annotation ends").isEqualTo(first.end());
        assertThat(made.get(0).span()).isEqualTo(new TimeSpan(MediaTime.ofMillis(first.begin()), MediaTime.ofMillis(first.end())));
        assertThat(made).extracting(Moment::comment).contains("このリンゴ、おいしいね！");
    }

    @Test
    void unknownTiersParticipantsSessionsAndRecallsAlreadyThereAreRefusedAndNothingChanges() throws Exception {
        Study base = t.study();
        base.put(t.moment(t.clientPass, "00:01:00", 6, "there already"));
        Path study = save(base);
        // opening a study touches its file (lock, journal), so what it holds is compared, not its bytes
        List<String> before = reopen(study).entitiesInDependencyOrder().stream().map(Object::toString).toList();
        Path eaf = SAMPLES.resolve("speach_test.eaf");
        assertThatThrownBy(() -> importInto(study, eaf, "D01/3", Map.of("Person9", "C01"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("no tier \"Person9\"").hasMessageContaining("\"Person1 (Utterance)\" (");
        assertThatThrownBy(() -> importInto(study, eaf, "D01/3", Map.of("Person1 (Utterance)", "C77")))
                .hasMessageContaining("no participant C77").hasMessageContaining("C01");
        assertThatThrownBy(() -> importInto(study, eaf, "D01/4", Map.of("Person1 (Utterance)", "C01")))
                .hasMessageContaining("no session D01/4").hasMessageContaining("D01/3");
        assertThatThrownBy(() -> importInto(study, eaf, "D01/3", Map.of("Person1 (Utterance)", "I1"))).hasMessageContaining("interviewer");
        assertThatThrownBy(() -> importInto(study, eaf, "D01/3", Map.of()))
                .hasMessageContaining("--tier \"Person1 (Utterance)=C01\"");
        assertThatThrownBy(() -> importInto(study, eaf, "D01/3", Map.of("Person1 (Utterance)", "C01")))
                .hasMessageContaining("already has C01's recall (done, 1 moments)").hasMessageContaining("Nothing was imported");
        Map<String, String> both = new LinkedHashMap<>();
        both.put("Person1 (Utterance)", "T01");
        both.put("marker", "T01");
        assertThatThrownBy(() -> importInto(study, eaf, "D01/3", both)).hasMessageContaining("both name T01");
        assertThat(reopen(study).entitiesInDependencyOrder().stream().map(Object::toString).toList()).isEqualTo(before);
        assertThat(reopen(study).momentCount()).isEqualTo(1);
    }
}
