package org.iprstudio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;

/** The schema check the export tests rely on does reject what the schemas forbid (the traps of the shared notes). */
class SchemasTest {
    private static StreamSource xml(String text) {
        return new StreamSource(new StringReader(text));
    }

    @Test
    void eafWithoutADateOrWithAnIdThatIsNotAnNcNameIsRejected() throws Exception {
        assertThat(Schemas.problems(Schemas.EAF, xml("<ANNOTATION_DOCUMENT AUTHOR='' VERSION='3.0'><HEADER/><TIME_ORDER/></ANNOTATION_DOCUMENT>")))
                .anyMatch(p -> p.contains("DATE"));
        assertThat(Schemas.problems(Schemas.EAF, xml("<ANNOTATION_DOCUMENT AUTHOR='' DATE='2026-01-01T00:00:00Z' VERSION='3.0'><HEADER/>"
                + "<TIME_ORDER><TIME_SLOT TIME_SLOT_ID='1'/></TIME_ORDER></ANNOTATION_DOCUMENT>"))).isNotEmpty();
        assertThat(Schemas.problems(Schemas.EAF, xml("<ANNOTATION_DOCUMENT AUTHOR='' DATE='2026-01-01T00:00:00Z' VERSION='3.0'><HEADER/>"
                + "<TIME_ORDER><TIME_SLOT TIME_SLOT_ID='ts1'/></TIME_ORDER></ANNOTATION_DOCUMENT>"))).isEmpty();
    }

    @Test
    void refiDocumentsWithEmptyContainersOrFractionalTimesAreRejected() throws Exception {
        String ns = "xmlns='urn:QDA-XML:project:1.0'";
        assertThat(Schemas.problems(Schemas.QDE, xml("<Project " + ns + " name='x'><Sources/></Project>"))).isNotEmpty();
        assertThat(Schemas.problems(Schemas.QDE, xml("<Project " + ns + " name='x'><Sources><VideoSource guid='0EF270BA-47AD-4107-B78F-7697362BCA44'>"
                + "<VideoSelection guid='0EF270BA-47AD-4107-B78F-7697362BCA45' begin='1.5' end='2'/></VideoSource></Sources></Project>"))).isNotEmpty();
        assertThat(Schemas.problems(Schemas.QDC, xml("<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes/></CodeBook>"))).isNotEmpty();
    }
}
