package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A rule's message is a key with arguments: English for getMessage() and the log, the reader's language where it is shown. */
class UserMessageTest {
    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Test
    void anEmptyStudyTitleIsEnglishInTheLogAndNorwegianForANorwegianReader() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> new StudyHeader(UUID.randomUUID(), "  ", "", null, null, null));
        assertThat(e.getMessage()).isEqualTo("The study's title must not be empty.");
        assertThat(e.userMessage().key()).isEqualTo("require.text");
        assertThat(e.userMessage().render(NB)).isEqualTo("Studiens tittel må fylles ut.");
        assertThat(UserMessage.describe(e, Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void numbersPassedAsValuesAreWrittenTheWayTheReaderWritesThem() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> new Helpfulness(9.5 + 0.25));
        assertThat(e.getMessage()).startsWith("Helpfulness 9.75 is not on the scale");
        assertThat(e.userMessage().render(NB)).startsWith("Hjelpsomhet 9,75 er ikke på skalaen");
    }

    @Test
    void theMessageIsMadeOnlyWhenACheckFails() {
        // a passing check with a Supplier never calls it: nothing is formatted for the million moments that are fine
        Require.that(true, () -> {
            throw new AssertionError("formatted although the check passed");
        });
        assertThatThrownBy(() -> Require.that(false, "study.momentsPaired")).isInstanceOf(DomainException.class)
                .hasMessage("These two moments are already paired.");
    }

    @Test
    void aFailureWithoutAKeyIsShownInItsOwnWordsAndANestedMessageInTheReadersLanguage() {
        assertThat(UserMessage.describe(new IllegalStateException("disk on fire"), NB)).isEqualTo("disk on fire");
        assertThat(UserMessage.describe(new IllegalStateException(), NB)).isEqualTo("IllegalStateException");
        UserMessage nested = DomainMessages.of("study.studyHasRecord", DomainMessages.of("what.aMoment"), "x");
        assertThat(nested.english()).isEqualTo("The study has no record of moment (x).");
        assertThat(nested.render(NB)).isEqualTo("Studien har ingen oppføring for øyeblikk (x).");
        assertThat(nested.map((text, locale) -> text.toUpperCase(locale)).render(NB)).isEqualTo("STUDIEN HAR INGEN OPPFØRING FOR ØYEBLIKK (X).");
    }

    @Test
    void theEnglishTextDoesNotDependOnTheSystemsLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(NB);
            DomainException e = catchThrowableOfType(DomainException.class, () -> new StudyHeader(UUID.randomUUID(), "", "", null, null, null));
            assertThat(e.getMessage()).isEqualTo("The study's title must not be empty.");
            assertThat(e.userMessage().localized()).isEqualTo("Studiens tittel må fylles ut.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
