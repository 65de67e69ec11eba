package org.iprstudio.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The report in the language its caller asks for: the report's own words from the Norwegian bundle, machine values as in English. */
class NorwegianReportTest {
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private final Study demo = TestStudies.demo();
    private final ReportOptions options = new ReportOptions(null, null, null, java.time.Instant.EPOCH);
    private final String english = new HtmlReport(demo, options.in(Locale.ENGLISH)).render();
    private final String norwegian = new HtmlReport(demo, options.in(NORWEGIAN)).render();

    @Test
    void headingsAreNorwegianAndNoEnglishHeadingIsLeft() {
        assertThat(norwegian).contains("<html lang=\"nb\">", "<h2>Koblingsoversikt per dyade</h2>", "<h2>Samsvar mellom perspektivene</h2>",
                "<h2>Studie og protokoll</h2>", "<th class=\"n\">Klientens markeringer</th>");
        List<String> englishHeadings = all("<h[23]>([^<]*)</h[23]>", english);
        assertThat(englishHeadings).contains("Pairing summary per dyad", "Agreement of the perspectives");
        for (String heading : englishHeadings) {
            if (isEnglishBundleText(heading)) {
                assertThat(norwegian).as("the English heading " + heading).doesNotContain(">" + heading + "</h");
            }
        }
        for (String header : all("<th[^>]*>([^<]*)</th>", english)) {
            if (isEnglishBundleText(header) && !header.equals(norwegianOf(header))) {
                assertThat(norwegian).as("the English column header " + header).doesNotContain(">" + header + "</th>");
            }
        }
    }

    @Test
    void figuresInTheProseUseTheDecimalCommaButTheSvgKeepsItsPoints() {
        assertThat(english).contains("<td class=\"n\">0.800</td>");
        assertThat(norwegian).contains("<td class=\"n\">0,800</td>").doesNotContain("<td class=\"n\">0.800</td>");
        String coordinates = "(?:x1|y1|x2|y2|cx|cy|x|y|width|points|viewBox)=\"([^\"]*)\"";
        assertThat(all(coordinates, norwegian)).isNotEmpty().isEqualTo(all(coordinates, english));
        assertThat(all("points=\"([^\"]*)\"", norwegian)).allMatch(p -> p.matches("[0-9., ]+") && p.contains("."));
    }

    @Test
    void everyNumberTheReaderSeesUsesTheDecimalCommaInTheChartsToo() {
        assertThat(english).contains(">0.25</text>", ">0.50</text>");
        assertThat(norwegian).contains(">0,25</text>", ">0,50</text>", ">1,00</text>").doesNotContain(">0.25</text>");
        List<String> pointed = new ArrayList<>();
        for (String text : all(">([^<>]+)<", norwegian)) {
            // a decimal point between digits, except in a time stamp (00:02:40.000), which reads the same in every
            // language, and in a Norwegian date (04.03.2025)
            Matcher m = Pattern.compile("(?<![:\\d])\\d+\\.\\d+").matcher(text.replaceAll("\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b", ""));
            while (m.find()) {
                pointed.add(text);
            }
        }
        assertThat(pointed).as("text in the Norwegian report with a decimal point").isEmpty();
    }

    @Test
    void datesAreInTheReadersFormat() {
        assertThat(english).contains("(2025-03-04)", "1970-01-01 00:00 UTC");
        assertThat(norwegian).contains("(04.03.2025)", "01.01.1970 00:00 UTC");
        List<String> iso = new ArrayList<>();
        for (String text : all(">([^<>]+)<", norwegian)) {
            if (Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b").matcher(text).find()) {
                iso.add(text);
            }
        }
        assertThat(iso).as("text in the Norwegian report with an ISO date").isEmpty();
    }

    @Test
    void theEnglishDefaultIsTheReportAsBefore() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ReportOptions inTheProgramsLanguage = new ReportOptions(null, null, null, java.time.Instant.EPOCH);
            assertThat(inTheProgramsLanguage.locale()).isEqualTo(Locale.US);
            assertThat(new HtmlReport(demo, inTheProgramsLanguage).render()).isEqualTo(english);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static boolean isEnglishBundleText(String text) {
        ResourceBundle bundle = bundle(Locale.ROOT);
        return bundle.keySet().stream().anyMatch(k -> new ReportText(Locale.ENGLISH).get(k).equals(text));
    }

    private static String norwegianOf(String englishText) {
        ResourceBundle bundle = bundle(Locale.ROOT);
        ReportText en = new ReportText(Locale.ENGLISH);
        ReportText nb = new ReportText(NORWEGIAN);
        return bundle.keySet().stream().filter(k -> en.get(k).equals(englishText)).map(nb::get).findFirst().orElse(englishText);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ReportText.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
