package org.iprstudio.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** How the matrix and the moment filter name a case attribute of a dyad's client or therapist, and which values they offer. */
class AttributePhrasesTest {
    private final Study demo = TestStudies.demo();

    @Test
    void anAttributeThatNamesItsRoleIsNotSaidTwice() {
        assertThat(Describe.attributeOf(Role.THERAPIST, "Therapist experience")).isEqualTo("Therapist experience");
        assertThat(Describe.attributeOf(Role.THERAPIST, "therapist's age")).isEqualTo("therapist's age");
        assertThat(Describe.attributeOf(Role.THERAPIST, "Years of experience")).isEqualTo("therapist's years of experience");
        assertThat(Describe.attributeOf(Role.CLIENT, "GAF score")).isEqualTo("client's GAF score");
        assertThat(Describe.attributeOf(Role.CLIENT, "Therapist experience")).isEqualTo("client's therapist experience");
        assertThat(Describe.attributeOf(Role.THERAPIST, "Therapists' union")).isEqualTo("therapist's therapists' union");
        assertThat(Describe.lowerFirst("Therapist experience")).isEqualTo("therapist experience");
        assertThat(Describe.lowerFirst("GAF score")).isEqualTo("GAF score");
    }

    @Test
    void theFilterOffersANumberOnceWhateverWayItWasTypedAndFindsBothDyads() {
        Attribute years = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Therapist experience", AttributeType.NUMBER, null);
        demo.put(years);
        Dyad d01 = demo.dyads().get(0);
        Dyad d02 = demo.dyads().get(1);
        demo.put(new AttributeValue(UUID.randomUUID(), years.id(), d01.therapistId(), "12"));
        demo.put(new AttributeValue(UUID.randomUUID(), years.id(), d02.therapistId(), "12.0"));

        List<MomentTablePanel.Choice> choices = MomentTablePanel.attributeChoices(demo);

        assertThat(choices).extracting(MomentTablePanel.Choice::label).containsExactly(
                "Client's therapist experience: 12", "Therapist experience: 12");
        MomentTablePanel.Choice twelve = choices.get(1);
        List<MomentRows.Row> rows = MomentRows.of(demo, demo, (session, unit) -> demo.codingsOf(unit)); // no round open: the study's own codings
        assertThat(rows.stream().filter(twelve.test()).map(MomentRows.Row::dyad).distinct()).containsExactlyInAnyOrder(d01.code(), d02.code());
    }
}
