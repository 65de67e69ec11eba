package org.iprstudio.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyJsonTest {
    private final StudyJson json = new StudyJson();

    @TempDir
    Path dir;

    private String write(Study study) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(study, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Study read(String text) {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static Set<Entity> entities(Study study) {
        return new HashSet<>(study.entitiesInDependencyOrder());
    }

    @Test
    void jsonToStudyToJsonGivesTheSameText() throws Exception {
        String shipped = Files.readString(TestStudies.DEMO_JSON);
        assertThat(write(read(shipped))).isEqualTo(shipped);
    }

    @Test
    void studyToJsonToStudyGivesTheSameStudy() {
        Study demo = TestStudies.demo();
        Study back = read(write(demo));
        assertThat(back.header()).isEqualTo(demo.header());
        assertThat(entities(back)).isEqualTo(entities(demo));
    }

    @Test
    void jsonToStudyFileToJsonGivesTheSameText() throws Exception {
        String shipped = Files.readString(TestStudies.DEMO_JSON);
        Path file = dir.resolve("demo.iprs");
        SqliteStudyStore.create(file, read(shipped));
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(write(store.load())).isEqualTo(shipped);
        }
    }

    @Test
    void aTypoInAFieldNameIsNamedWithItsLine() {
        String text = write(new TestStudies().study()).replace("\"pseudonym\"", "\"pseudonyme\"");
        assertThatThrownBy(() -> read(text)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("unknown field 'pseudonyme'").hasMessageContaining("line ").hasMessageContaining("Nothing was imported");
    }

    @Test
    void aWrongValueSaysWhichValuesAreAllowed() {
        String text = write(new TestStudies().study()).replace("\"role\" : \"client\"", "\"role\" : \"patient\"");
        assertThatThrownBy(() -> read(text)).hasMessageContaining("\"patient\" is not a valid role")
                .hasMessageContaining("client, therapist, observer");
    }

    @Test
    void aBrokenRuleIsReportedNotImported() {
        String text = write(new TestStudies().study()).replace("\"duration\" : \"00:50:00.000\"", "\"duration\" : \"00:00:00.000\"");
        assertThatThrownBy(() -> read(text)).hasMessageContaining("longer than 0 ms");
    }

    @Test
    void truncatedOrForeignJsonIsRefusedClearly() {
        String text = write(new TestStudies().study());
        assertThatThrownBy(() -> read(text.substring(0, text.length() / 2))).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("not a valid study.json");
        assertThatThrownBy(() -> read("{\"format\": \"something-else\", \"formatVersion\": 1}"))
                .hasMessageContaining("not an IPR Studio study");
        assertThatThrownBy(() -> read("{\"format\": \"ipr-studio-study\", \"formatVersion\": 7, \"study\": {}}"))
                .hasMessageContaining("format version 7 is not supported");
        assertThatThrownBy(() -> read("")).isInstanceOf(JsonFormatException.class);
    }

    @Test
    void writingToAFileReplacesItOnlyWhenComplete() throws Exception {
        Path target = dir.resolve("study.json");
        Files.writeString(target, "old");
        json.write(TestStudies.demo(), target);
        assertThat(Files.readString(target)).isEqualTo(Files.readString(TestStudies.DEMO_JSON));
        try (var listing = Files.list(dir)) {
            assertThat(listing).hasSize(1);
        }
    }
}
