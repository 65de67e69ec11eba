package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class AttributeGroupingTest {
    private final Study demo = TestStudies.demo();
    private final Dyad d01 = demo.dyads().get(0);
    private final Dyad d02 = demo.dyads().get(1);

    private String dyadOf(UUID momentId) {
        RecallPass pass = demo.pass(demo.moment(momentId).passId());
        return demo.dyad(demo.session(pass.sessionId()).dyadId()).code();
    }

    private Role perspectiveOf(UUID momentId) {
        return demo.pass(demo.moment(momentId).passId()).perspective();
    }

    @Test
    void themesByTherapistExperienceGroupBothPerspectivesByTheTherapistsValueInChoiceOrder() {
        Attribute experience = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Therapist experience", AttributeType.CHOICE,
                List.of("under 5 years", "5 or more"));
        demo.put(experience);
        demo.put(new AttributeValue(UUID.randomUUID(), experience.id(), d01.therapistId(), "5 or more"));
        demo.put(new AttributeValue(UUID.randomUUID(), experience.id(), d02.therapistId(), "under 5 years"));
        ThemeMatrix matrix = ThemeMatrix.of(demo, null);

        AttributeGrouping grouped = AttributeGrouping.of(matrix, demo, new AttributeGrouping.Key(experience, Role.THERAPIST));

        assertThat(grouped.columns()).containsExactly(new AttributeGrouping.Column(Role.CLIENT, "under 5 years"),
                new AttributeGrouping.Column(Role.CLIENT, "5 or more"), new AttributeGrouping.Column(Role.THERAPIST, "under 5 years"),
                new AttributeGrouping.Column(Role.THERAPIST, "5 or more"));
        assertThat(grouped.rows()).extracting(r -> r.theme().name()).containsExactlyElementsOf(matrix.rows().stream().map(r -> r.theme().name()).toList());
        for (int i = 0; i < matrix.rows().size(); i++) {
            ThemeMatrix.Row row = matrix.rows().get(i);
            AttributeGrouping.Row groupedRow = grouped.rows().get(i);
            assertThat(groupedRow.total()).isEqualTo(row.total());
            List<UUID> all = row.cells().stream().flatMap(List::stream).toList();
            assertThat(groupedRow.cells().get(0)).containsExactlyInAnyOrderElementsOf(
                    all.stream().filter(m -> dyadOf(m).equals(d02.code()) && perspectiveOf(m) == Role.CLIENT).toList());
            assertThat(groupedRow.cells().get(3)).containsExactlyInAnyOrderElementsOf(
                    all.stream().filter(m -> dyadOf(m).equals(d01.code()) && perspectiveOf(m) == Role.THERAPIST).toList());
        }
        assertThat(grouped.rows().stream().mapToInt(r -> r.count(0)).sum()).isPositive();
    }

    @Test
    void aDyadWithoutAValueIsInTheEmptyGroupShownLast() {
        Attribute outcome = new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.NUMBER, null);
        demo.put(outcome);
        demo.put(new AttributeValue(UUID.randomUUID(), outcome.id(), d02.id(), "10"));
        AttributeGrouping grouped = AttributeGrouping.of(ThemeMatrix.of(demo, null), demo, new AttributeGrouping.Key(outcome, Role.CLIENT));
        assertThat(grouped.key().whose()).isNull();
        assertThat(grouped.columns()).extracting(AttributeGrouping.Column::group).containsExactly("10", "", "10", "");
        assertThat(AttributeGrouping.keys(demo)).containsExactly(new AttributeGrouping.Key(outcome, null));
    }

    @Test
    void aParticipantAttributeNeedsToKnowWhoseValueCounts() {
        Attribute age = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Age group", AttributeType.TEXT, null);
        assertThatThrownBy(() -> new AttributeGrouping.Key(age, null)).hasMessageContaining("client's or the therapist's");
        demo.put(age);
        assertThat(AttributeGrouping.keys(demo)).containsExactly(new AttributeGrouping.Key(age, Role.CLIENT), new AttributeGrouping.Key(age, Role.THERAPIST));
    }

    @Test
    void numbersGroupByTheirValueNotByHowTheyWereTyped() {
        Attribute years = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Years of experience", AttributeType.NUMBER, null);
        demo.put(years);
        demo.put(new AttributeValue(UUID.randomUUID(), years.id(), d01.therapistId(), "12"));
        demo.put(new AttributeValue(UUID.randomUUID(), years.id(), d02.therapistId(), "12.0"));
        ThemeMatrix matrix = ThemeMatrix.of(demo, null);

        AttributeGrouping grouped = AttributeGrouping.of(matrix, demo, new AttributeGrouping.Key(years, Role.THERAPIST));

        assertThat(grouped.columns()).extracting(AttributeGrouping.Column::group).doesNotContain("12.0").contains("12");
        List<UUID> ofBoth = grouped.rows().stream().flatMap(r -> r.cells().get(grouped.columns().indexOf(
                new AttributeGrouping.Column(Role.THERAPIST, "12"))).stream()).toList();
        assertThat(ofBoth).extracting(this::dyadOf).contains(d01.code(), d02.code());
    }
}
