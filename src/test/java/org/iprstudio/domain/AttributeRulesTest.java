package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class AttributeRulesTest {
    private final TestStudies t = new TestStudies();
    private final Study study = t.study();
    private final Attribute experience = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Years of experience", AttributeType.NUMBER, List.of());
    private final Attribute outcome = new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE,
            List.of("improved", "unchanged", "worse"));

    @Test
    void anAttributeHasAUniqueNamePerKindAndChoicesOnlyWhenItIsAList() {
        study.put(experience);
        assertThatThrownBy(() -> study.put(new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "years OF experience", AttributeType.TEXT, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("already an attribute named 'years OF experience' for participants");
        study.put(new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Years of experience", AttributeType.NUMBER, null));
        assertThatThrownBy(() -> new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of()))
                .hasMessageContaining("has none");
        assertThatThrownBy(() -> new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.TEXT, List.of("a")))
                .hasMessageContaining("has no choices");
        assertThatThrownBy(() -> new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of("a", "A")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, " ", AttributeType.TEXT, null))
                .hasMessageContaining("must not be empty");
    }

    @Test
    void aValueMustFitItsAttributesType() {
        study.put(experience);
        study.put(outcome);
        assertThatThrownBy(() -> study.put(value(experience, t.therapist, "twelve"))).hasMessageContaining("'twelve' is not a number");
        assertThatThrownBy(() -> study.put(value(outcome, t.dyad, "better"))).hasMessageContaining("not one of the choices")
                .hasMessageContaining("improved, unchanged, worse");
        study.put(value(experience, t.therapist, " 12.5 "));
        study.put(value(outcome, t.dyad, "improved"));
        assertThat(study.valueOf(experience.id(), t.therapist.id())).map(AttributeValue::value).contains("12.5");
        assertThat(study.valueOf(outcome.id(), t.dyad.id())).map(AttributeValue::value).contains("improved");
    }

    @Test
    void aValueRefersToAnExistingAttributeAndARecordOfTheRightKindOnce() {
        assertThatThrownBy(() -> study.put(value(experience, t.therapist, "3"))).hasMessageContaining("no record of the attribute");
        study.put(experience);
        assertThatThrownBy(() -> study.put(new AttributeValue(UUID.randomUUID(), experience.id(), t.dyad.id(), "3")))
                .hasMessageContaining("no record of the participant");
        assertThatThrownBy(() -> study.put(new AttributeValue(UUID.randomUUID(), experience.id(), UUID.randomUUID(), "3")))
                .hasMessageContaining("no record of the participant");
        study.put(value(experience, t.therapist, "3"));
        assertThatThrownBy(() -> study.put(value(experience, t.therapist, "4"))).hasMessageContaining("T01 already has a value");
    }

    @Test
    void anAttributeCannotChangeSoThatItsValuesNoLongerFit() {
        study.put(outcome);
        study.put(value(outcome, t.dyad, "worse"));
        Attribute fewerChoices = new Attribute(outcome.id(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of("improved", "unchanged"));
        assertThatThrownBy(() -> study.put(fewerChoices)).hasMessageContaining("'worse' is not one of the choices");
        Attribute forParticipants = new Attribute(outcome.id(), AttributeTarget.PARTICIPANT, "Outcome", AttributeType.TEXT, null);
        assertThatThrownBy(() -> study.put(forParticipants)).hasMessageContaining("already has values for dyads");
        study.put(new Attribute(outcome.id(), AttributeTarget.DYAD, "Result", AttributeType.TEXT, null));
        assertThat(study.attribute(outcome.id()).name()).isEqualTo("Result");
    }

    @Test
    void removingAnAttributeOrItsRecordTakesTheValuesAlong() {
        study.put(experience);
        study.put(outcome);
        AttributeValue years = value(experience, t.therapist, "7");
        AttributeValue result = value(outcome, t.dyad, "improved");
        study.put(years);
        study.put(result);
        assertThat(study.removalOf(experience.id())).containsExactly(years, experience);
        assertThat(study.removalOf(t.dyad.id())).contains(result).last().isEqualTo(t.dyad);
        assertThat(study.removalOf(t.therapist.id())).contains(years, result);
        assertThatThrownBy(() -> study.remove(experience.id())).hasMessageContaining("still used");
        study.remove(years.id());
        study.remove(experience.id());
        assertThat(study.attributes()).containsExactly(outcome);
        assertThat(study.valuesOf(t.therapist.id())).isEmpty();
    }

    @Test
    void aStudyWithAttributesIsBuiltFromRecordsInAnyOrder() {
        study.put(outcome);
        AttributeValue result = value(outcome, t.dyad, "unchanged");
        study.put(result);
        List<Entity> reversed = new java.util.ArrayList<>(study.entitiesInDependencyOrder());
        java.util.Collections.reverse(reversed);
        Study rebuilt = Study.of(study.header(), reversed);
        assertThat(rebuilt.attributeValues()).containsExactly(result);
        assertThat(rebuilt.attributesOf(AttributeTarget.DYAD)).containsExactly(outcome);
    }

    private static AttributeValue value(Attribute attribute, Entity owner, String value) {
        return new AttributeValue(UUID.randomUUID(), attribute.id(), owner.id(), value);
    }
}
