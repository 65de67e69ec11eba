package org.iprstudio.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.assertj.core.api.AbstractThrowableAssert;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** study.json values of the wrong kind are refused with a message that names the place; none slips through rounded or as a crash. */
class StrictStudyJsonTest {
    private final StudyJson json = new StudyJson();

    private static String demo() throws Exception {
        return Files.readString(TestStudies.DEMO_JSON);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> reading(String text) {
        return assertThatThrownBy(() -> json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "study.json"))
                .isExactlyInstanceOf(JsonFormatException.class)
                .hasMessageStartingWith("study.json")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("java.")
                .hasMessageNotContaining("jackson")
                .hasMessageNotContaining("Dto")
                .hasMessageContaining("Nothing was imported");
    }

    private static String once(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void aNullInsideAListIsNamedWithItsPlace() throws Exception {
        reading(once(demo(), "\"sessions\" : [ 3, 5 ]", "\"sessions\" : [ 3, null ]"))
                .hasMessageContaining("study.protocol.sessions[1]").hasMessageContaining("line ").hasMessageContaining("null");
        reading(once(demo(), "\"sites\" : [ {", "\"sites\" : [ null, {")).hasMessageContaining("sites[0]");
        reading(once(demo(), "\"quickTags\" : [ \"", "\"quickTags\" : [ null, \"")).hasMessageContaining("quickTags[0]");
    }

    @Test
    void aTimeTooLargeForALongIsRefusedClearly() throws Exception {
        reading(once(demo(), "\"anchor\" : \"00:02:40.000\"", "\"anchor\" : \"99999999999999999999:02:40.000\""))
                .hasMessageContaining("99999999999999999999:02:40.000").hasMessageContaining("too large");
        // fits a long as hours, but not as milliseconds
        reading(once(demo(), "\"anchor\" : \"00:02:40.000\"", "\"anchor\" : \"9223372036854775:02:40.000\""))
                .hasMessageContaining("too large");
    }

    @Test
    void aFractionAsSessionNumberIsRefusedNotRounded() throws Exception {
        reading(once(demo(), "\"number\" : 3,", "\"number\" : 3.7,"))
                .hasMessageContaining("dyads[0].sessions[0].number").hasMessageContaining("3.7").hasMessageContaining("whole number");
        reading(once(demo(), "\"sessions\" : [ 3, 5 ]", "\"sessions\" : [ 3.7, 5 ]")).hasMessageContaining("study.protocol.sessions[0]");
        reading(once(demo(), "\"number\" : 3,", "\"number\" : 3.0,")).as("a whole number is written without a fraction").hasMessageContaining("3.0");
    }

    @Test
    void aFractionAsIntensityIsRefusedNotRounded() throws Exception {
        reading(once(demo(), "\"intensity\" : 4,", "\"intensity\" : 2.7,"))
                .hasMessageContaining(".intensity").hasMessageContaining("2.7").hasMessageContaining("whole number");
    }

    @Test
    void wrongTypesAreNamedWithoutJavaTypes() throws Exception {
        reading(once(demo(), "\"comment\" : \"", "\"comment\" : { }, \"x\" : \"")).hasMessageContaining(".comment").hasMessageContaining("text");
        reading(once(demo(), "\"number\" : 3,", "\"number\" : \"3\",")).hasMessageContaining("whole number");
        reading(once(demo(), "\"role\" : \"client\"", "\"role\" : 7")).hasMessageContaining(".role").hasMessageContaining("text");
        reading(once(demo(), "\"helpfulness\" : 4.0", "\"helpfulness\" : true")).hasMessageContaining("number");
        reading(once(demo(), "\"sites\" : [ {", "\"sites\" : { \"a\" : [ {")).hasMessageContaining("sites").hasMessageContaining("list");
        reading("[ 1, 2 ]").hasMessageContaining("object");
        reading(once(demo(), "\"formatVersion\" : 3", "\"formatVersion\" : 99999999999999999999"))
                .hasMessageContaining("formatVersion").hasMessageContaining("too large");
    }

    @Test
    void aDuplicatedFieldIsRefused() throws Exception {
        reading(once(demo(), "\"title\" : \"", "\"title\" : \"x\", \"title\" : \"")).hasMessageContaining("title").hasMessageContaining("twice");
    }

    @Test
    void brokenJsonSaysWhereWithoutInternals() throws Exception {
        String text = demo();
        reading(text.substring(0, text.length() / 3)).hasMessageContaining("line ").hasMessageContaining("ends too early");
        reading(text + "{}").hasMessageContaining("after the end");
        reading("").hasMessageContaining("empty");
        reading("[".repeat(5000)).hasMessageContaining("line ");
    }

    @Test
    void aGoodStudyStillReadsAndWritesTheSameText() throws Exception {
        var study = json.read(new ByteArrayInputStream(demo().getBytes(StandardCharsets.UTF_8)), "study.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(study, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(demo());
    }
}
