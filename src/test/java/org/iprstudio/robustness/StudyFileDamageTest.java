package org.iprstudio.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Moment;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyStore;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-level damage of real study files: the header, random pages, whole pages zeroed, cut
 * short. Reading it as info does and opening it as the window does each give one clean line (or
 * work, when the damage hit nothing that matters), and the damaged file is left as it was.
 */
class StudyFileDamageTest {
    private static final long SEED = 20_261_203L;
    private static final int CASES = 240;
    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    private record Damage(String description, byte[] bytes) {
    }

    private static Damage damage(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int pages = original.length / PAGE;
        switch (random.nextInt(5)) {
            case 0 -> {
                int count = 1 + random.nextInt(4);
                StringBuilder at = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    int offset = random.nextInt(100);
                    bytes[offset] = (byte) random.nextInt(256);
                    at.append(i == 0 ? "" : ",").append(offset);
                }
                return new Damage("header bytes " + at, bytes);
            }
            case 1 -> {
                int page = 1 + random.nextInt(pages - 1);
                int count = 1 + random.nextInt(64);
                for (int i = 0; i < count; i++) {
                    bytes[page * PAGE + random.nextInt(PAGE)] = (byte) random.nextInt(256);
                }
                return new Damage(count + " random bytes in page " + (page + 1), bytes);
            }
            case 2 -> {
                int page = random.nextInt(pages);
                Arrays.fill(bytes, page * PAGE + (page == 0 ? 100 : 0), (page + 1) * PAGE, (byte) 0);
                return new Damage("page " + (page + 1) + " zeroed", bytes);
            }
            case 3 -> {
                int page = random.nextInt(pages);
                byte[] junk = new byte[PAGE];
                random.nextBytes(junk);
                System.arraycopy(junk, 0, bytes, page * PAGE + (page == 0 ? 100 : 0), PAGE - (page == 0 ? 100 : 0));
                return new Damage("page " + (page + 1) + " overwritten with random bytes", bytes);
            }
            default -> {
                int length = random.nextBoolean() ? random.nextInt(original.length) : PAGE * random.nextInt(pages);
                return new Damage("cut to " + length + " of " + original.length + " bytes", Arrays.copyOf(original, length));
            }
        }
    }

    @Test
    void everyDamagedStudyFileIsOneCleanLineAndStaysAsItWas() throws Exception {
        SqliteStudyFiles files = new SqliteStudyFiles();
        Path good = dir.resolve("good.iprs");
        files.create(good, TestStudies.demo());
        Path source = dir.resolve("source.iprs");
        files.create(source, TestStudies.demo());
        byte[] original = Files.readAllBytes(source);
        List<String> failures = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        int refused = 0;
        try (StudyService open = new StudyService(files.open(good))) {
            for (int i = 0; i < CASES; i++) {
                Damage damage = damage(original, new Random(SEED + i));
                String name = "case " + i + " (" + damage.description() + ")";
                Path file = dir.resolve("damaged-" + i + ".iprs");
                Files.write(file, damage.bytes());

                Optional<String> read = outcome(() -> new StudySources(files).read(file));
                read.filter(p -> !p.isEmpty()).ifPresent(p -> failures.add(name + ", info --check: " + p));
                // plain info reads the outline, without SQLite's check of every page: still one clean line or a result
                Optional<String> outline = outcome(() -> new StudySources(files).outline(file));
                outline.filter(p -> !p.isEmpty()).ifPresent(p -> failures.add(name + ", info: " + p));
                if (!Arrays.equals(Files.readAllBytes(file), damage.bytes())) {
                    failures.add(name + ", info: the file was changed");
                }

                Optional<String> opened = outcome(() -> {
                    StudyStore store = files.open(file);
                    try {
                        new StudyService(store);
                    } finally {
                        store.close();
                    }
                });
                opened.filter(p -> !p.isEmpty()).ifPresent(p -> failures.add(name + ", open: " + p));
                if (opened.isPresent() && !Arrays.equals(Files.readAllBytes(file), damage.bytes())) {
                    failures.add(name + ", open: refused, yet the file was changed");
                }
                for (String suffix : new String[] {"-wal", "-shm", ".lock"}) {
                    // a study that opened keeps its .lock file by design (StudyLock); a refused one leaves nothing
                    if (opened.isPresent() && Files.exists(file.resolveSibling(file.getFileName() + suffix))) {
                        leftovers.add(name + ": " + suffix);
                    }
                }
                refused += read.isPresent() || opened.isPresent() ? 1 : 0;
            }
            assertThat(failures).as("damaged study files (seed %d + case index) not refused cleanly", SEED).isEmpty();
            assertThat(refused).as("most damage must be noticed").isGreaterThan(CASES / 3);

            Moment any = open.study().moments().get(0);
            open.put(any.withComment("after the damage"));
        }
        try (StudyStore store = files.openReadOnly(good)) {
            assertThat(store.load().moments()).anyMatch(m -> m.comment().equals("after the damage"));
        }
        assertThat(leftovers).as("files left next to damaged studies after a refused open").isEmpty();
    }

    /** Empty when it worked; "" when refused with a clean StoreException; otherwise what was wrong. */
    private static Optional<String> outcome(Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(Clean.problemWith(e.getMessage()).orElse(""));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
        }
    }
}
