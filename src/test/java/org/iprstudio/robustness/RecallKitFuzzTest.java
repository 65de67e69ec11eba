package org.iprstudio.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iprstudio.app.RecallKits;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.exchange.json.JsonFormatException;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of recall kits, imported into a study that stays open all along (the office)
 * and opened as a study of their own (the laptop). Every case is refused with one clean line or
 * accepted; the kit file is never changed; nothing is left half-made; the open study keeps working.
 */
class RecallKitFuzzTest {
    private static final long SEED = 20_261_202L;
    private static final int CASES = 1500;
    private static final int OPENED_EVERY = 10;

    @TempDir
    Path dir;

    @Test
    void everyDamagedKitIsImportedOrRefusedCleanlyAndTheOpenStudyKeepsWorking() throws Exception {
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path officeFile = dir.resolve("office.iprs");
        files.create(officeFile, TestStudies.demo());
        List<String> failures = new ArrayList<>();
        int refused = 0;
        try (StudyService office = new StudyService(files.open(officeFile))) {
            Session session = office.study().sessionByLabel("D01/3").orElseThrow();
            Path original = new RecallKits(office).export(session, Role.CLIENT, dir.resolve("original.iprkit"));
            JsonMutator mutator = new JsonMutator(Files.readAllBytes(original));
            Path cases = Files.createDirectories(dir.resolve("cases"));
            for (int i = 0; i < CASES; i++) {
                JsonMutator.Mutation mutation = mutator.mutate(new Random(SEED + i));
                String name = "case " + i + " (" + mutation.description() + ")";
                Path kit = cases.resolve("kit-" + i + ".iprkit");
                Files.write(kit, mutation.bytes());
                Optional<String> problem = refusedCleanly(() -> new RecallKits(office).importKit(kit));
                if (problem.isPresent() && !problem.get().isEmpty()) {
                    failures.add(name + ", import: " + problem.get());
                }
                refused += problem.isPresent() ? 1 : 0;
                if (i % OPENED_EVERY == 0) {
                    Optional<String> opened = refusedCleanly(() -> RecallKits.openKit(kit, files));
                    if (opened.isPresent() && !opened.get().isEmpty()) {
                        failures.add(name + ", open: " + opened.get());
                    }
                    Path made = kit.resolveSibling(kit.getFileName() + ".iprs");
                    if (opened.isPresent() && Files.exists(made)) {
                        failures.add(name + ", open: refused, yet " + made.getFileName() + " was made");
                    }
                }
                if (!java.util.Arrays.equals(Files.readAllBytes(kit), mutation.bytes())) {
                    failures.add(name + ": the kit file was changed");
                }
            }
            assertThat(failures).as("damaged kits (seed %d + case index) not handled cleanly", SEED).isEmpty();
            assertThat(refused).as("most damage must be noticed").isGreaterThan(CASES / 2);

            // the study that was open all along takes one more change, and it is in the file
            Moment any = office.study().moments().get(0);
            office.put(any.withComment("after the fuzzing"));
        }
        try (var store = files.openReadOnly(officeFile)) {
            assertThat(store.load().moments()).anyMatch(m -> m.comment().equals("after the fuzzing"));
        }
    }

    /** Empty when it went through; "" when refused with a clean message; otherwise what was wrong. */
    static Optional<String> refusedCleanly(Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (JsonFormatException | DomainException | StoreException e) {
            return Optional.of(Clean.problemWith(e.getMessage()).orElse(""));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
        }
    }
}
