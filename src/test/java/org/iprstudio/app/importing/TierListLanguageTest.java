package org.iprstudio.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.eaf.EafReader;
import org.junit.jupiter.api.Test;

/** The tiers an ELAN import asks the user to choose from are listed in the reader's language; the tier ids as the file has them. */
class TierListLanguageTest {
    @Test
    void theTiersOfAFileAreListedInNorwegianAndInEnglishAsBefore() {
        EafReader.Document document = EafReader.read(EafImportTest.SAMPLES.resolve("speach_test.eaf"));
        EafReader.Tier tier = document.tier("Person1 (Utterance)");
        UserMessage list = EafImport.tierList(document);
        String english = "\"" + tier.id() + "\" (" + tier.annotations().size() + " annotations"
                + (tier.participant().isBlank() ? "" : ", participant " + tier.participant()) + (tier.parent() == null ? "" : ", under " + tier.parent()) + ")";
        assertThat(list.english()).contains(english);
        assertThat(list.render(Locale.forLanguageTag("nb-NO"))).contains("\"" + tier.id() + "\" (" + tier.annotations().size() + " annoteringer")
                .doesNotContain("annotations", "participant ");
    }
}
