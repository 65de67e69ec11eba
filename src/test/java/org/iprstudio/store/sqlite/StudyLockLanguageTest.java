package org.iprstudio.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.iprstudio.store.StoreException;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a study is open elsewhere, said in the reader's language with the time in the reader's format; the lock file keeps its one form. */
class StudyLockLanguageTest {
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    @TempDir
    Path dir;

    @Test
    void theHolderOfALockFileIsSaidInTheReadersLanguage() {
        assertThat(StudyLock.holderWords("on lab-pc, process 123456, since 2026-03-05 09:07").render(NORWEGIAN))
                .isEqualTo("på lab-pc, prosess 123456, siden 5. mars 2026 kl. 09:07");
        assertThat(StudyLock.holderWords("on lab-pc, process 123456, since 2026-03-05 09:07").english())
                .startsWith("on lab-pc, process 123456, since March 5, 2026, ").contains("9:07");
        // another program's words that are not in that form are shown as they were written
        assertThat(StudyLock.holderWords("opened by a script").render(NORWEGIAN)).isEqualTo("opened by a script");
    }

    @Test
    void aStudyOpenInThisProgramSaysWhoHoldsItInNorwegian() {
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, new TestStudies().study());
        long pid = ProcessHandle.current().pid();
        try (SqliteStudyStore first = SqliteStudyStore.open(file)) {
            StoreException refused = catchThrowableOfType(() -> SqliteStudyStore.open(file), StoreException.class);
            String today = LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(NORWEGIAN));
            assertThat(refused.userMessage().render(NORWEGIAN)).startsWith("study.iprs er allerede åpen i IPR Studio (på ")
                    .contains(", prosess " + pid + ", siden " + today + " kl. ").doesNotContain("process", "since");
            assertThat(refused.getMessage()).contains("already open in IPR Studio (on ", ", process " + pid + ", since ");
        }
    }
}
