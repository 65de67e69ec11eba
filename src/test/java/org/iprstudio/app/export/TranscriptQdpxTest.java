package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.coding.QuoteActions;
import org.iprstudio.app.coding.TranscriptSelection;
import org.iprstudio.app.transcript.TranscriptImport;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.Schemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Transcripts in the .qdpx: a plain-text file per session inside the project, named by a
 * {@code <Transcript>} under the session's video source with sync points, and each quote a coded
 * transcript selection between two of them; what QualCoder's importer needs (the text inside the
 * project, a name, a date; a selection with a coding) is there, and the project still validates.
 */
class TranscriptQdpxTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();

    @AfterEach
    void clear() {
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private static List<Element> all(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS("*", name);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static List<Element> children(Element parent, String name) {
        return all(parent, name).stream().filter(e -> e.getParentNode() == parent).toList();
    }

    @Test
    void eachTranscriptIsPlainTextWithSyncPointsAndEachQuoteACodedSelectionOfIt() throws Exception {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        Path study = new DemoStudy(files).install(false);
        Quote quote;
        Code code;
        Session session;
        Transcript transcript;
        try (StudyService service = new StudyService(files.open(study))) {
            session = service.study().sessionByLabel("D02/3").orElseThrow();
            transcript = service.study().transcriptOf(session.id()).orElseThrow();
            Transcript words = transcript;
            Moment moment = service.study().momentsOf(service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.CLIENT)
                    .findFirst().orElseThrow().id()).stream().filter(m -> words.around(m).size() >= 2).findFirst().orElseThrow();
            List<TranscriptCue> lines = transcript.around(moment).subList(0, 2);
            String first = lines.get(0).text();
            String second = lines.get(1).text();
            TranscriptSelection selection = TranscriptSelection.of(session.id(), first.substring(first.length() / 2) + "\n" + second.substring(0,
                    second.length() / 2), lines);
            EditHistory history = new EditHistory(service);
            code = new CodingActions(service, history, Clock.systemUTC()).createCode("Said in session", null);
            new QuoteActions(service, history, Clock.systemUTC()).codeSelection(code, selection, moment);
            quote = service.study().quoteOf(moment.id()).orElseThrow();
        }
        Path qdpx = dir.resolve("demo.qdpx");
        new StudyExport(new StudySources(files)).export(study, new StudyExport.Request(ExportFormat.QDPX, qdpx, null, null, false, false, false));

        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        try (InputStream in = new ByteArrayInputStream(entries.get("project.qde"))) {
            assertThat(Schemas.problems(Schemas.QDE, new StreamSource(in))).isEmpty();
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("project.qde"))).getDocumentElement();

        List<Element> sources = all(root, "VideoSource");
        assertThat(sources).hasSize(4).allSatisfy(s -> assertThat(children(s, "Transcript")).as("one transcript a session").hasSize(1));
        Element source = sources.stream().filter(s -> s.getAttribute("guid").equals(session.id().toString().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow();
        Element t = children(source, "Transcript").get(0);
        assertThat(t.getAttribute("name")).isEqualTo("D02-S3-transcript.txt");
        assertThat(t.getAttribute("creationDateTime")).isNotEmpty();
        assertThat(t.getAttribute("plainTextPath")).startsWith("internal://").endsWith(".txt");
        byte[] bytes = entries.get("sources/" + t.getAttribute("plainTextPath").substring("internal://".length()));
        assertThat(bytes).as("the text is inside the project, as QualCoder needs").isNotNull();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.split("\n")).hasSameSizeAs(transcript.cues()).allMatch(line -> line.matches("\\[\\d\\d:\\d\\d:\\d\\d\\] .*"));

        List<Element> syncPoints = children(t, "SyncPoint");
        assertThat(syncPoints).hasSize(2 * transcript.cues().size() + 2);
        Map<String, Element> byGuid = new java.util.HashMap<>();
        syncPoints.forEach(p -> byGuid.put(p.getAttribute("guid"), p));
        for (int i = 0; i < transcript.cues().size(); i++) { // each line's words lie between its two sync points
            Element start = syncPoints.get(2 * i);
            Element end = syncPoints.get(2 * i + 1);
            assertThat(Long.parseLong(start.getAttribute("timeStamp"))).isEqualTo(transcript.cues().get(i).start().millis());
            assertThat(between(text, start, end)).isEqualTo(transcript.cues().get(i).text());
        }
        Element selection = children(t, "TranscriptSelection").get(0);
        assertThat(children(t, "TranscriptSelection")).hasSize(1);
        assertThat(selection.getAttribute("guid")).isEqualTo(quote.id().toString().toUpperCase(Locale.ROOT));
        String quoted = between(text, byGuid.get(selection.getAttribute("fromSyncPoint")), byGuid.get(selection.getAttribute("toSyncPoint")));
        String[] parts = quote.text().split(" / ");
        assertThat(quoted).startsWith(parts[0]).endsWith(parts[1]).contains("\n");
        assertThat(all(selection, "CodeRef")).extracting(e -> e.getAttribute("targetGUID")).contains(code.id().toString().toUpperCase(Locale.ROOT));
        Set<String> codes = new HashSet<>();
        all(root, "Code").forEach(c -> codes.add(c.getAttribute("guid")));
        assertThat(all(selection, "CodeRef")).allMatch(r -> codes.contains(r.getAttribute("targetGUID")));

        Path copy = dir.resolve("D02-S3.txt"); // IPR Studio's own plain-text import reads the file back line for line
        Files.write(copy, bytes);
        List<TranscriptCue> back = TranscriptImport.read(copy, session).cues();
        assertThat(back).hasSameSizeAs(transcript.cues());
        assertThat(back.get(3).text()).isEqualTo(transcript.cues().get(3).text());
        assertThat(back.get(3).speaker()).isEqualTo(transcript.cues().get(3).speaker());

        Path one = dir.resolve("one.qdpx"); // a project of the one session keeps its quote too
        new StudyExport(new StudySources(files)).export(study, new StudyExport.Request(ExportFormat.QDPX, one, null, "D02/3", false, false, false));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(one))) {
            zip.getNextEntry();
            Element part = f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())).getDocumentElement();
            assertThat(all(part, "TranscriptSelection")).extracting(e -> e.getAttribute("guid")).containsExactly(selection.getAttribute("guid"));
        }
    }

    /** The text between two sync points' positions, which count code points. */
    private static String between(String text, Element from, Element to) {
        int start = Integer.parseInt(from.getAttribute("position"));
        int end = Integer.parseInt(to.getAttribute("position"));
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
