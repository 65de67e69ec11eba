package org.iprstudio.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** study.json version 2 carries case attributes; version 1 (without them) is still read and still written when there are none. */
class AttributeJsonTest {
    private final StudyJson json = new StudyJson();
    private final TestStudies t = new TestStudies();

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

    private Study withAttributes() {
        Study study = t.study();
        Attribute experience = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Years of experience", AttributeType.NUMBER, null);
        Attribute group = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Diagnosis group", AttributeType.TEXT, null);
        Attribute outcome = new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of("improved", "unchanged"));
        study.put(experience);
        study.put(group);
        study.put(outcome);
        study.put(new AttributeValue(UUID.randomUUID(), group.id(), t.therapist.id(), "none"));
        study.put(new AttributeValue(UUID.randomUUID(), group.id(), t.client.id(), "depression"));
        study.put(new AttributeValue(UUID.randomUUID(), experience.id(), t.therapist.id(), "12"));
        study.put(new AttributeValue(UUID.randomUUID(), outcome.id(), t.dyad.id(), "improved"));
        return study;
    }

    @Test
    void aStudyWithAttributesIsVersionTwoAndComesBackAsItWas() {
        Study study = withAttributes();
        String text = write(study);
        assertThat(text).contains("\"formatVersion\" : 2").contains("\"attributes\" : [ {").contains("\"appliesTo\" : \"dyad\"")
                .contains("\"choices\" : [ \"improved\", \"unchanged\" ]");
        // values by the code of their record: C01 before T01
        assertThat(text.indexOf("\"depression\"")).isLessThan(text.indexOf("\"none\""));
        Study back = read(text);
        assertThat(new HashSet<>(back.entitiesInDependencyOrder())).isEqualTo(new HashSet<>(study.entitiesInDependencyOrder()));
        assertThat(write(back)).isEqualTo(text);
    }

    @Test
    void attributesSurviveAStudyFileAndComeOutAsTheSameBytes() {
        String text = write(withAttributes());
        Path file = dir.resolve("study.iprs");
        SqliteStudyStore.create(file, read(text));
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            assertThat(write(store.load())).isEqualTo(text);
        }
    }

    @Test
    void aStudyWithoutAttributesIsStillWrittenAndReadAsVersionOne() {
        String text = write(t.study());
        assertThat(text).contains("\"formatVersion\" : 1").doesNotContain("attributes");
        assertThat(read(text).attributes()).isEmpty();
        assertThat(read(text.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")).dyads()).hasSize(1);
    }

    @Test
    void attributesInAVersionOneFileOrWrongValuesAreRefusedClearly() {
        String text = write(withAttributes());
        assertThatThrownBy(() -> read(text.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")))
                .hasMessageContaining("\"attributes\" belongs to study.json format version 2");
        assertThatThrownBy(() -> read(text.replace("\"formatVersion\" : 2", "\"formatVersion\" : 4")))
                .hasMessageContaining("format version 4 is not supported").hasMessageContaining("versions 1 to 3");
        assertThatThrownBy(() -> read(text.replace("\"value\" : \"12\"", "\"value\" : \"twelve\"")))
                .hasMessageContaining("'twelve' is not a number");
        assertThatThrownBy(() -> read(text.replace("\"type\" : \"number\"", "\"type\" : \"date\"")))
                .hasMessageContaining("\"date\" is not a valid type of attribute \"Years of experience\"; use one of text, number, choice");
        assertThatThrownBy(() -> read(text.replace("\"value\" : \"improved\"", "\"value\" : 3")))
                .isInstanceOf(JsonFormatException.class);
    }
}
