package org.iprstudio.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iprstudio.exchange.json.JsonFormatException;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of study.json: thousands of damaged copies of the demo study, from a fixed seed.
 * Each is either read (the damage left a valid study) or refused with one clean line; nothing else.
 */
class StudyJsonFuzzTest {
    static final long SEED = 20_261_201L;
    private static final int CASES = 2500;

    @Test
    void everyDamagedStudyJsonIsReadOrRefusedWithOneCleanLine() throws Exception {
        byte[] demo = Files.readAllBytes(TestStudies.DEMO_JSON);
        JsonMutator mutator = new JsonMutator(demo);
        StudyJson json = new StudyJson();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            JsonMutator.Mutation mutation = mutator.mutate(new Random(SEED + i));
            try {
                json.read(new ByteArrayInputStream(mutation.bytes()), "study.json");
            } catch (JsonFormatException e) {
                refused++;
                Optional<String> problem = Clean.problemWith(e.getMessage());
                if (problem.isPresent()) {
                    failures.add("case " + i + " (" + mutation.description() + "): " + problem.get());
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("case " + i + " (" + mutation.description() + "): " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
            }
        }
        assertThat(failures).as("damaged study.json cases (seed %d + case index) that were not refused cleanly", SEED)
                .isEmpty();
        assertThat(refused).as("most damage must be noticed").isGreaterThan(CASES / 2);
    }
}
