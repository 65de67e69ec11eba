package org.iprstudio.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.BruteForceMarks;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The report's "Agreement of the perspectives": the dyads' figures as matched by hand, the window curve as well-formed inline SVG. */
class AgreementSectionTest {
    private final Study demo = TestStudies.demo();
    private final String html = new HtmlReport(demo, new ReportOptions(null, null, null, null)).render();

    private String section() {
        int start = html.indexOf("<section class=\"agreement\">");
        assertThat(start).as("the agreement section").isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void eachDyadsRowHoldsItsMarksMatchesAndAgreement() {
        String section = section();
        long before = demo.header().protocol().pairingWindow().before().millis();
        long after = demo.header().protocol().pairingWindow().after().millis();
        for (Dyad dyad : demo.dyads()) {
            List<BruteForceMarks.Result> parts = new ArrayList<>();
            for (Session s : demo.sessions()) {
                if (s.dyadId().equals(dyad.id())) {
                    BruteForceMarks.clientAndTherapist(demo, s).ifPresent(sides -> parts.add(BruteForceMarks.match(sides.get(0), sides.get(1), before, after, true)));
                }
            }
            BruteForceMarks.Result r = BruteForceMarks.Result.sum(parts);
            Matcher row = Pattern.compile("<tr><td>" + dyad.code() + "</td>(.*?)</tr>").matcher(section);
            assertThat(row.find()).as(dyad.code()).isTrue();
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            assertThat(cells.subList(0, 5)).as(dyad.code()).containsExactly(String.valueOf(parts.size()), String.valueOf(r.first()),
                    String.valueOf(r.second()), String.valueOf(r.matches()), String.format(Locale.ROOT, "%.3f", r.agreement()));
        }
        assertThat(section).contains("D02 session 5: therapist recall (T02) missing").doesNotContain("NaN");
        assertThat(section).contains("No session of this study has two recalls of the same perspective");
    }

    @Test
    void theCurveIsWellFormedSvgWithAPointPerSecondAndTheStudyWindowMarked() throws Exception {
        String section = section();
        Matcher svg = Pattern.compile("<svg[^>]*class=\"curve\".*?</svg>", Pattern.DOTALL).matcher(section);
        assertThat(svg.find()).isTrue();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg.group())));
        var polylines = doc.getElementsByTagName("polyline");
        assertThat(polylines.getLength()).as("the study and its two dyads").isEqualTo(3);
        for (int i = 0; i < polylines.getLength(); i++) {
            assertThat(polylines.item(i).getAttributes().getNamedItem("points").getNodeValue().split(" ")).hasSize(61);
        }
        assertThat(svg.group()).contains("study window 10/30 s");
    }
}
