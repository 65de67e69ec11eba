package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** moments.csv carries the case attributes as columns after the fixed ones, and the dictionary describes them. */
class AttributeCsvTest {
    @TempDir
    Path dir;

    @Test
    void caseAttributesBecomeColumnsOfMomentsCsvParticipantsFirst() throws Exception {
        Study demo = TestStudies.demo();
        Attribute outcome = new Attribute(UUID.randomUUID(), AttributeTarget.DYAD, "Outcome", AttributeType.CHOICE, List.of("improved", "unchanged"));
        Attribute experience = new Attribute(UUID.randomUUID(), AttributeTarget.PARTICIPANT, "Years of experience", AttributeType.NUMBER, null);
        demo.put(outcome);
        demo.put(experience);
        Dyad first = demo.dyads().get(0);
        demo.put(new AttributeValue(UUID.randomUUID(), outcome.id(), first.id(), "improved"));
        demo.put(new AttributeValue(UUID.randomUUID(), experience.id(), first.therapistId(), "12"));
        Path json = dir.resolve("study.json");
        new StudyJson().write(demo, json);

        Path out = dir.resolve("csv");
        new StudyExport(new StudySources(new SqliteStudyFiles()))
                .export(json, new StudyExport.Request(ExportFormat.CSV, out, null, null, false, false, false, Locale.ROOT));

        try (Reader in = Files.newBufferedReader(out.resolve("moments.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = parser.getHeaderNames();
            assertThat(header.subList(header.size() - 3, header.size()))
                    .containsExactly("client_years_of_experience", "therapist_years_of_experience", "dyad_outcome");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).isNotEmpty();
            for (CSVRecord row : rows) {
                boolean ofFirst = row.get("dyad").equals(first.code());
                assertThat(row.get("dyad_outcome")).isEqualTo(ofFirst ? "improved" : "");
                assertThat(row.get("therapist_years_of_experience")).isEqualTo(ofFirst ? "12" : "");
                assertThat(row.get("client_years_of_experience")).isEmpty();
            }
            assertThat(rows.stream().filter(r -> r.get("dyad").equals(first.code()))).isNotEmpty();
        }
        assertThat(Files.readString(out.resolve("README.txt"))).contains("dyad_outcome").contains("improved, unchanged; empty if not given");
    }
}
