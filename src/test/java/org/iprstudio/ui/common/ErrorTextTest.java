package org.iprstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import java.util.UUID;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.StudyHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the window's dialogs show of a failure (Forms.refused, the coding view's warnings): the keyed message in the system's language. */
class ErrorTextTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aDomainRuleIsShownInNorwegianUnderANorwegianLocaleAndInEnglishOtherwise() {
        Throwable noTitle = catchThrowable(() -> new StudyHeader(UUID.randomUUID(), "", "", null, null, null));
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        assertThat(ErrorText.of(noTitle)).isEqualTo("Studiens tittel må fylles ut.");
        Locale.setDefault(Locale.US);
        assertThat(ErrorText.of(noTitle)).isEqualTo("The study's title must not be empty.");
    }

    @Test
    void aRuleWithAValueGivesTheValueInTheSentence() {
        Throwable tooIntense = catchThrowable(() -> new Moment(UUID.randomUUID(), UUID.randomUUID(), org.iprstudio.domain.MediaTime.ofMillis(1000), null,
                org.iprstudio.domain.Initiator.PARTICIPANT, "", null, null, 7, java.time.Instant.now(), java.util.List.of()));
        Locale.setDefault(Locale.forLanguageTag("nb"));
        assertThat(ErrorText.of(tooIntense)).isEqualTo("Intensitet 7 er ikke på skalaen: bruk 1 til 5.");
    }
}
