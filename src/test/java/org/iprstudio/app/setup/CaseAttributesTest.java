package org.iprstudio.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.iprstudio.app.coding.EditKind;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.DomainException;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseAttributesTest {
    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();
    private SetupFixture f;
    private CaseAttributes attributes;

    @BeforeEach
    void open() {
        f = new SetupFixture(dir.resolve("study.iprs"), t.study());
        attributes = new CaseAttributes(f.service, f.history);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anAttributeIsDefinedRenamedAndRemovedEachUndoably() {
        Attribute outcome = attributes.define(AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of("improved", "unchanged"));
        assertThat(f.reread().attributes()).containsExactly(outcome);
        Attribute renamed = attributes.rename(outcome, "Outcome at 6 months");
        assertThat(f.reread().attribute(outcome.id()).name()).isEqualTo("Outcome at 6 months");
        assertThat(f.history.nextUndo().orElseThrow().kind()).isEqualTo(EditKind.EDIT_ATTRIBUTE);
        attributes.setValue(renamed, t.dyad.id(), "improved");
        assertThat(attributes.valueCount(renamed)).isEqualTo(1);
        attributes.remove(renamed);
        assertThat(f.reread().attributes()).isEmpty();
        assertThat(f.reread().attributeValues()).isEmpty();
        f.history.undo();
        assertThat(f.reread().valueOf(outcome.id(), t.dyad.id())).map(AttributeValue::value).contains("improved");
        f.history.undo();
        f.history.undo();
        assertThat(f.reread().attribute(outcome.id()).name()).isEqualTo("Outcome");
        f.history.undo();
        assertThat(f.reread().attributes()).isEmpty();
    }

    @Test
    void aValueIsSetChangedAndClearedAndEachStepUndoes() {
        Attribute years = attributes.define(AttributeTarget.PARTICIPANT, "Years of experience", AttributeType.NUMBER, null);
        AttributeValue first = attributes.setValue(years, t.therapist.id(), "4,5").orElseThrow();
        assertThat(first.value()).isEqualTo("4.5");
        AttributeValue second = attributes.setValue(years, t.therapist.id(), "12").orElseThrow();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(f.history.nextUndo().orElseThrow().subject().english()).isEqualTo("Years of experience of T01");
        attributes.setValue(years, t.therapist.id(), " ");
        assertThat(f.reread().valuesOf(t.therapist.id())).isEmpty();
        f.history.undo();
        assertThat(f.reread().valueOf(years.id(), t.therapist.id())).map(AttributeValue::value).contains("12");
        f.history.undo();
        assertThat(f.reread().valueOf(years.id(), t.therapist.id())).map(AttributeValue::value).contains("4.5");
    }

    @Test
    void aWrongValueOrAClashingNameIsRefusedAndChangesNothing() {
        Attribute outcome = attributes.define(AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of("improved", "unchanged"));
        assertThat(attributes.setValue(outcome, t.dyad.id(), "IMPROVED").orElseThrow().value()).isEqualTo("improved");
        assertThatThrownBy(() -> attributes.setValue(outcome, t.dyad.id(), "better")).isInstanceOf(DomainException.class)
                .hasMessageContaining("not one of the choices");
        assertThatThrownBy(() -> attributes.define(AttributeTarget.DYAD, "outcome", AttributeType.TEXT, null))
                .hasMessageContaining("already an attribute named");
        assertThatThrownBy(() -> attributes.edit(outcome, "Outcome", AttributeType.CHOICE, List.of("unchanged")))
                .hasMessageContaining("'improved' is not one of the choices");
        assertThat(f.reread().attributes()).containsExactly(outcome);
        assertThat(f.reread().valueOf(outcome.id(), t.dyad.id())).map(AttributeValue::value).contains("improved");
    }

    @Test
    void removingADyadTakesItsValuesAlongAndTheUndoBringsThemBack() {
        Attribute outcome = attributes.define(AttributeTarget.DYAD, "Outcome", AttributeType.TEXT, null);
        attributes.setValue(outcome, t.dyad.id(), "good");
        assertThat(f.people.whatGoesWith(f.service.study().dyad(t.dyad.id())).attributeValues()).isEqualTo(1);
        f.people.remove(f.service.study().dyad(t.dyad.id()));
        assertThat(f.reread().attributeValues()).isEmpty();
        f.history.undo();
        assertThat(f.reread().valueOf(outcome.id(), t.dyad.id())).map(AttributeValue::value).contains("good");
    }
}
