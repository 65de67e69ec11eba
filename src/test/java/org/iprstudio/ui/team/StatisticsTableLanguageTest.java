package org.iprstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.analysis.agreement.AgreementReport;
import org.iprstudio.analysis.agreement.MeasurementLevel;
import org.iprstudio.analysis.agreement.Ratings;
import org.iprstudio.app.team.RoundStatistics;
import org.iprstudio.domain.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The round's statistics table says why a figure is missing in the program's language, as the rest of the window does. */
class StatisticsTableLanguageTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreTheLanguage() {
        Locale.setDefault(before);
    }

    @Test
    void anUndefinedFigureAndABrokenGroupAreSaidInNorwegian() {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        // both coders gave every unit the same single value: alpha and kappa are undefined (one category)
        AgreementReport oneCategory = AgreementReport.of(Ratings.builder(List.of("AB", "CD")).value("u1", "AB", "x").value("u1", "CD", "x")
                .value("u2", "AB", "x").value("u2", "CD", "x").build(), MeasurementLevel.NOMINAL);
        UserMessage broken = AnalysisMessages.of("codePresence.coderGaveUnitBut", "AB", "u1",
                UserMessage.joined(List.of("BOND", "GOAL"), AnalysisMessages.of("codePresence.and")), "Bordin");
        StatisticsTable table = new StatisticsTable();
        table.show(new RoundStatistics(null, Map.of("BOND", oneCategory), oneCategory, Map.of(), Map.of("Bordin", broken)));

        assertThat(table.getValueAt(0, 1)).isEqualTo("udefinert: bare én kategori ble brukt");
        assertThat((String) table.getValueAt(2, 1)).startsWith("ikke beregnet: Koderen AB ga enheten u1 BOND og GOAL, men gruppen Bordin er gjensidig utelukkende")
                .doesNotContain("Coder", "exclusive");
    }
}
