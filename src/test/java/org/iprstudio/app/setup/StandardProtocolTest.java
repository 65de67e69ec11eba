package org.iprstudio.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.ScaleLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The standard protocol in the language a study is created in; the numbers are the same in every language. */
class StandardProtocolTest {
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void englishIsTheDomainsStandardProtocol() {
        assertThat(StandardProtocol.in(Locale.ENGLISH)).isEqualTo(Protocol.standard());
        assertThat(StandardProtocol.in(Locale.GERMAN)).as("a language it does not have").isEqualTo(Protocol.standard());
    }

    @Test
    void norwegianHasNorwegianPromptsAndLabelsOnTheSamePoints() {
        Protocol english = Protocol.standard();
        Protocol norwegian = StandardProtocol.in(NORWEGIAN);
        assertThat(norwegian.prompts()).hasSameSizeAs(english.prompts()).contains("Hva skjedde med deg akkurat da?")
                .doesNotContainAnyElementsOf(english.prompts());
        assertThat(norwegian.helpfulness().name()).isEqualTo("Hjelpsomhet (HAT)");
        assertThat(norwegian.helpfulness().labelOf(1)).isEqualTo("ekstremt hemmende");
        assertThat(norwegian.helpfulness().labelOf(5)).isEqualTo("nøytralt");
        assertThat(norwegian.intensity().labelOf(5)).isEqualTo("svært sterkt");
        sameNumbers(norwegian.helpfulness(), english.helpfulness());
        sameNumbers(norwegian.intensity(), english.intensity());
        assertThat(norwegian.sessionNumbers()).isEqualTo(english.sessionNumbers());
        assertThat(norwegian.pairingWindow()).isEqualTo(english.pairingWindow());
        assertThat(norwegian.transcriptInRecall()).isFalse();
    }

    @Test
    void anEnglishStudyMadeWhileTheProgramSpeaksNorwegianStaysEnglish() {
        Locale.setDefault(NORWEGIAN);
        assertThat(StandardProtocol.in(Locale.ENGLISH)).isEqualTo(Protocol.standard());
    }

    private static void sameNumbers(RatingScale a, RatingScale b) {
        assertThat(a.min()).isEqualTo(b.min());
        assertThat(a.max()).isEqualTo(b.max());
        assertThat(a.step()).isEqualTo(b.step());
        assertThat(a.labels().stream().map(ScaleLabel::value).toList()).isEqualTo(b.labels().stream().map(ScaleLabel::value).toList());
    }
}
