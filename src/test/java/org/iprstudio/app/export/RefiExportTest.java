package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.Schemas;
import org.iprstudio.testing.SyntheticStudy;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The .qdpx and .qdc validate against the REFI-QDA schemas, and hold what the schemas do not check
 * but importers need (QualCoder's refi.py: every reference resolves, every selection has a coding,
 * video paths resolve against the base path).
 */
class RefiExportTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final StudyExport export = new StudyExport(new StudySources(files));

    private Path run(Path study, ExportFormat format, String name, boolean includeMedia) {
        Path out = dir.resolve(name);
        export.export(study, new StudyExport.Request(format, out, null, null, false, false, includeMedia));
        return out;
    }

    static Map<String, byte[]> unzip(Path file) throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> all(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS("*", name);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static Set<String> guids(Element root, String element) {
        Set<String> ids = new HashSet<>();
        all(root, element).forEach(e -> ids.add(e.getAttribute("guid")));
        return ids;
    }

    @Test
    void theDemoProjectIsValidAndHoldsASelectionForEveryMoment() throws Exception {
        Path qdpx = run(TestStudies.DEMO_JSON, ExportFormat.QDPX, "demo.qdpx", false);
        Map<String, byte[]> entries = unzip(qdpx);
        assertThat(entries).containsKeys("project.qde", "sources/");
        assertThat(entries.keySet()).allMatch(n -> n.equals("project.qde") || n.startsWith("sources/"));
        byte[] qde = entries.get("project.qde");
        try (InputStream in = new ByteArrayInputStream(qde)) {
            assertThat(Schemas.problems(Schemas.QDE, new StreamSource(in))).isEmpty();
        }
        Element root = parse(qde).getDocumentElement();
        Study demo = TestStudies.demo();
        List<Element> selections = all(root, "VideoSelection");
        assertThat(selections).hasSize(63);
        Set<String> momentIds = new HashSet<>();
        demo.moments().forEach(m -> momentIds.add(m.id().toString().toUpperCase(Locale.ROOT)));
        assertThat(guids(root, "VideoSelection")).isEqualTo(momentIds);
        assertThat(all(root, "VideoSource")).hasSize(4);
        Set<String> codes = guids(root, "Code");
        Set<String> users = guids(root, "User");
        Set<String> notes = guids(root, "Note");
        for (Element s : selections) {
            assertThat(Long.parseLong(s.getAttribute("end"))).isGreaterThan(Long.parseLong(s.getAttribute("begin")));
            assertThat(users).contains(s.getAttribute("creatingUser"));
            assertThat(s.getAttribute("creationDateTime")).isNotEmpty();
            assertThat(all(s, "Coding")).as("QualCoder drops a selection without a coding").isNotEmpty();
        }
        for (Element ref : all(root, "CodeRef")) {
            assertThat(codes).contains(ref.getAttribute("targetGUID"));
        }
        for (Element ref : all(root, "MemberCode")) {
            assertThat(codes).contains(ref.getAttribute("targetGUID"));
        }
        for (Element ref : all(root, "NoteRef")) {
            assertThat(notes).contains(ref.getAttribute("targetGUID"));
        }
        Set<String> selectionIds = guids(root, "VideoSelection");
        assertThat(all(root, "Link")).isNotEmpty().allSatisfy(l -> {
            assertThat(selectionIds).contains(l.getAttribute("originGUID"), l.getAttribute("targetGUID"));
        });
        assertThat(all(root, "Note")).hasSizeGreaterThanOrEqualTo(demo.memos().size());
        assertThat(all(root, "Set")).hasSize(demo.themes().size());
        // the words of a moment are its selection's description
        assertThat(all(root, "Description")).extracting(Element::getTextContent)
                .contains("I rehearsed what to say in the car and still froze when he asked how the week was.");
        // groups are non-codable parents; the perspective of each moment is a code
        Element bordin = all(root, "Code").stream().filter(c -> c.getAttribute("name").equals("Bordin")).findFirst().orElseThrow();
        assertThat(bordin.getAttribute("isCodable")).isEqualTo("false");
        assertThat(bordin.getAttribute("color")).isEqualTo("#4e79a7");
        assertThat(all(root, "Code")).extracting(c -> c.getAttribute("name")).contains("perspective: client", "perspective: therapist", "IPR: helpfulness");
        // the video is linked relative to the base path, and is not copied
        Path base = Path.of(root.getAttribute("basePath"));
        for (Element source : all(root, "VideoSource")) {
            assertThat(source.getAttribute("path")).startsWith("relative:///");
            assertThat(base.resolve(source.getAttribute("path").substring("relative:///".length()))).isRegularFile();
        }
        assertThat(entries.keySet()).noneMatch(n -> n.endsWith(".mp4"));
    }

    @Test
    void videosAreCopiedInOnlyWhenAsked() throws Exception {
        Path out = dir.resolve("one.qdpx");
        export.export(TestStudies.DEMO_JSON, new StudyExport.Request(ExportFormat.QDPX, out, null, "D01/3", false, false, true));
        Map<String, byte[]> entries = unzip(out);
        Element root = parse(entries.get("project.qde")).getDocumentElement();
        Element source = all(root, "VideoSource").get(0);
        String path = source.getAttribute("path");
        assertThat(path).startsWith("internal://").endsWith(".mp4");
        byte[] video = entries.get("sources/" + path.substring("internal://".length()));
        assertThat(video).isEqualTo(Files.readAllBytes(TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4")));
        try (InputStream in = new ByteArrayInputStream(entries.get("project.qde"))) {
            assertThat(Schemas.problems(Schemas.QDE, new StreamSource(in))).isEmpty();
        }
    }

    @Test
    void aGeneratedStudyWithAwkwardTextIsValidToo() throws Exception {
        Path file = dir.resolve("s.iprs");
        files.create(file, SyntheticStudy.build(3, 11));
        Path qdpx = run(file, ExportFormat.QDPX, "s.qdpx", false);
        try (InputStream in = new ByteArrayInputStream(unzip(qdpx).get("project.qde"))) {
            assertThat(Schemas.problems(Schemas.QDE, new StreamSource(in))).isEmpty();
        }
        assertThat(Schemas.problems(Schemas.QDC, run(file, ExportFormat.QDC, "s.qdc", false))).isEmpty();
    }

    @Test
    void theCodebookAloneIsAValidQdc() throws Exception {
        Path qdc = run(TestStudies.DEMO_JSON, ExportFormat.QDC, "demo.qdc", false);
        assertThat(Schemas.problems(Schemas.QDC, qdc)).isEmpty();
        Element root = parse(Files.readAllBytes(qdc)).getDocumentElement();
        Study demo = TestStudies.demo();
        assertThat(all(root, "Code")).hasSize(demo.codes().size());
        Set<String> codes = new HashSet<>();
        all(root, "Code").forEach(c -> codes.add(c.getAttribute("guid")));
        assertThat(all(root, "Set")).hasSize(demo.themes().size());
        for (Element member : all(root, "MemberCode")) {
            assertThat(codes).contains(member.getAttribute("guid"));
        }
        Map<String, String> byName = new HashMap<>();
        all(root, "Code").forEach(c -> byName.put(c.getAttribute("name"), c.getAttribute("isCodable")));
        assertThat(byName).containsEntry("Bordin", "false").containsEntry("BOND", "true");
    }

    @Test
    void aStudyWithoutCodesHasNoCodebookToExport() {
        Study empty = new Study(new StudyHeader(UUID.randomUUID(), "Empty", "", null, null, null));
        Path file = dir.resolve("empty.iprs");
        files.create(file, empty);
        assertThatThrownBy(() -> run(file, ExportFormat.QDC, "empty.qdc", false))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.NOTHING_TO_EXPORT));
        assertThat(dir.resolve("empty.qdc")).doesNotExist();
    }
}
