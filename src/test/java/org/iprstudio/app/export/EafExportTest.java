package org.iprstudio.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.exchange.eaf.EafWriter;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.Schemas;
import org.iprstudio.testing.SyntheticStudy;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every EAF validates against EAFv3.0.xsd and holds what ELAN needs: resolvable references, non-empty spans, the video. */
class EafExportTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private final StudyExport export = new StudyExport(new StudySources(files));

    private Path exportEaf(Path study, Path out, String session) {
        export.export(study, new StudyExport.Request(ExportFormat.EAF, out, null, session, false, false, false));
        return out;
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> all(Element root, String name) {
        NodeList nodes = root.getElementsByTagName(name);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static List<Path> eafs(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.toString().endsWith(".eaf")).sorted().toList();
        }
    }

    @Test
    void theDemoGivesOneValidDocumentPerSession() throws Exception {
        Path out = exportEaf(TestStudies.DEMO_JSON, dir.resolve("elan"), null);
        assertThat(eafs(out)).extracting(p -> p.getFileName().toString()).containsExactly("D01-S3.eaf", "D01-S5.eaf", "D02-S3.eaf", "D02-S5.eaf");
        for (Path eaf : eafs(out)) {
            assertThat(Schemas.problems(Schemas.EAF, eaf)).as(eaf.toString()).isEmpty();
            assertElanCanLoadIt(parse(eaf).getDocumentElement(), out);
        }
    }

    @Test
    void theTranscriptIsATierPerSpeakerWithTheDyadMembersCode() throws Exception {
        System.setProperty(org.iprstudio.app.AppDirectories.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        try {
            Path demo = new org.iprstudio.app.DemoStudy(files).install(false);
            Path out = exportEaf(demo, dir.resolve("d01-3.eaf"), "D01/3");
            assertThat(Schemas.problems(Schemas.EAF, out)).isEmpty();
            Element root = parse(out).getDocumentElement();
            assertElanCanLoadIt(root, dir);
            var study = new StudySources(files).read(demo).study();
            var transcript = study.transcriptOf(study.sessionByLabel("D01/3").orElseThrow().id()).orElseThrow();
            for (String speaker : transcript.speakerLabels()) {
                Element tier = all(root, "TIER").stream().filter(t -> t.getAttribute("TIER_ID").equals("transcript " + speaker)).findFirst().orElseThrow();
                String role = transcript.speakers().get(speaker).name().toLowerCase(java.util.Locale.ROOT);
                assertThat(tier.getAttribute("ANNOTATOR")).isEqualTo(role);
                assertThat(tier.getAttribute("PARTICIPANT")).isEqualTo(role.equals("client") ? "C01" : "T01");
                assertThat(all(tier, "ANNOTATION_VALUE")).extracting(Element::getTextContent).containsExactlyElementsOf(
                        transcript.cues().stream().filter(c -> speaker.equals(c.speaker())).map(org.iprstudio.domain.TranscriptCue::text).toList());
            }
        } finally {
            System.clearProperty(org.iprstudio.app.AppDirectories.DATA_DIR_PROPERTY);
        }
    }

    /** The traps of ELAN's loader (shared notes, section A): dangling references, zero-length spans, ids that are not NCNames. */
    private static void assertElanCanLoadIt(Element root, Path folder) throws Exception {
        assertThat(root.getAttribute("FORMAT")).isEqualTo("3.0");
        Map<String, Long> slots = new HashMap<>();
        all(root, "TIME_SLOT").forEach(s -> slots.put(s.getAttribute("TIME_SLOT_ID"), Long.parseLong(s.getAttribute("TIME_VALUE"))));
        Set<String> types = new HashSet<>();
        all(root, "LINGUISTIC_TYPE").forEach(t -> types.add(t.getAttribute("LINGUISTIC_TYPE_ID")));
        Set<String> tiers = new HashSet<>();
        all(root, "TIER").forEach(t -> tiers.add(t.getAttribute("TIER_ID")));
        Map<String, Element> annotationsById = new HashMap<>();
        all(root, "ALIGNABLE_ANNOTATION").forEach(a -> annotationsById.put(a.getAttribute("ANNOTATION_ID"), a));
        for (Element tier : all(root, "TIER")) {
            assertThat(types).contains(tier.getAttribute("LINGUISTIC_TYPE_REF"));
            if (tier.hasAttribute("PARENT_REF")) {
                assertThat(tiers).contains(tier.getAttribute("PARENT_REF"));
                Set<String> parentAnnotations = new HashSet<>();
                all(root, "TIER").stream().filter(t -> t.getAttribute("TIER_ID").equals(tier.getAttribute("PARENT_REF")))
                        .forEach(t -> all(t, "ALIGNABLE_ANNOTATION").forEach(a -> parentAnnotations.add(a.getAttribute("ANNOTATION_ID"))));
                for (Element ref : all(tier, "REF_ANNOTATION")) {
                    assertThat(parentAnnotations).contains(ref.getAttribute("ANNOTATION_REF"));
                }
            }
        }
        for (Element a : annotationsById.values()) {
            assertThat(slots.get(a.getAttribute("TIME_SLOT_REF2"))).isGreaterThan(slots.get(a.getAttribute("TIME_SLOT_REF1")));
        }
        Map<String, Set<String>> entries = new HashMap<>();
        for (Element cv : all(root, "CONTROLLED_VOCABULARY")) {
            Set<String> ids = new HashSet<>();
            all(cv, "CV_ENTRY_ML").forEach(e -> ids.add(e.getAttribute("CVE_ID")));
            entries.put(cv.getAttribute("CV_ID"), ids);
        }
        Set<String> allEntries = new HashSet<>();
        entries.values().forEach(allEntries::addAll);
        for (Element ref : all(root, "REF_ANNOTATION")) {
            if (ref.hasAttribute("CVE_REF")) {
                assertThat(allEntries).contains(ref.getAttribute("CVE_REF"));
            }
        }
        List<Element> media = all(root, "MEDIA_DESCRIPTOR");
        assertThat(media).hasSize(1);
        Path absolute = Path.of(URI.create(media.get(0).getAttribute("MEDIA_URL")));
        assertThat(absolute).isRegularFile();
        Path relative = folder.resolve(URI.create(media.get(0).getAttribute("RELATIVE_MEDIA_URL")).getPath()).normalize();
        assertThat(Files.isSameFile(relative, absolute)).isTrue();
        assertThat(media.get(0).getAttribute("MIME_TYPE")).isEqualTo("video/mp4");
    }

    @Test
    void eachPassIsATierWithItsRatingsCommentsCodesAndPairs() throws Exception {
        Path out = exportEaf(TestStudies.DEMO_JSON, dir.resolve("elan"), null);
        Element root = parse(out.resolve("D01-S3.eaf")).getDocumentElement();
        Study demo = TestStudies.demo();
        Element client = all(root, "TIER").stream().filter(t -> t.getAttribute("TIER_ID").equals("client C01")).findFirst().orElseThrow();
        assertThat(client.getAttribute("PARTICIPANT")).isEqualTo("C01");
        assertThat(client.getAttribute("ANNOTATOR")).isEqualTo("client");
        assertThat(all(client, "ALIGNABLE_ANNOTATION")).hasSize(10);
        Set<String> tierIds = new HashSet<>();
        all(root, "TIER").forEach(t -> tierIds.add(t.getAttribute("TIER_ID")));
        assertThat(tierIds).contains("therapist T01", "client C01 helpfulness", "client C01 intensity", "client C01 time frame",
                "client C01 initiator", "client C01 comment", "client C01 moment id", "pairs");
        assertThat(tierIds).anyMatch(t -> t.startsWith("client C01 codes: "));
        Element comments = all(root, "TIER").stream().filter(t -> t.getAttribute("TIER_ID").equals("client C01 comment")).findFirst().orElseThrow();
        assertThat(all(comments, "ANNOTATION_VALUE")).extracting(Element::getTextContent)
                .contains("I rehearsed what to say in the car and still froze when he asked how the week was.");
        Element pairs = all(root, "TIER").stream().filter(t -> t.getAttribute("TIER_ID").equals("pairs")).findFirst().orElseThrow();
        assertThat(all(pairs, "ALIGNABLE_ANNOTATION")).isNotEmpty();
        assertThat(all(root, "CROSS_REF_LINK")).hasSameSizeAs(all(pairs, "ALIGNABLE_ANNOTATION"));
        long ratedInD01S3 = demo.moments().stream().filter(m -> m.helpfulness() != null)
                .filter(m -> demo.session(demo.pass(m.passId()).sessionId()).id().equals(demo.sessionByLabel("D01/3").orElseThrow().id())).count();
        Element helpfulness = all(root, "TIER").stream().filter(t -> t.getAttribute("TIER_ID").endsWith(" helpfulness")).findFirst().orElseThrow();
        assertThat(all(helpfulness, "REF_ANNOTATION")).allMatch(a -> a.getAttribute("CVE_REF").startsWith("helpfulness_"));
        assertThat(all(root, "REF_ANNOTATION").stream().filter(a -> a.getAttribute("CVE_REF").startsWith("helpfulness_")).count()).isEqualTo(ratedInD01S3);
    }

    @Test
    void aMomentWithoutASpanIsShownForASecondFromItsExactAnchor() throws Exception {
        Path out = exportEaf(TestStudies.DEMO_JSON, dir.resolve("elan"), null);
        Study demo = TestStudies.demo();
        Moment point = demo.moments().stream().filter(m -> m.span() == null).findFirst().orElseThrow();
        String session = demo.dyad(demo.session(demo.pass(point.passId()).sessionId()).dyadId()).code() + "-S"
                + demo.session(demo.pass(point.passId()).sessionId()).number() + ".eaf";
        Element root = parse(out.resolve(session)).getDocumentElement();
        Map<String, Long> slots = new HashMap<>();
        all(root, "TIME_SLOT").forEach(s -> slots.put(s.getAttribute("TIME_SLOT_ID"), Long.parseLong(s.getAttribute("TIME_VALUE"))));
        Element shown = all(root, "ALIGNABLE_ANNOTATION").stream()
                .filter(a -> all(a, "ANNOTATION_VALUE").get(0).getTextContent().equals("anchor " + point.anchor().toClock() + " (no span)"))
                .findFirst().orElseThrow();
        assertThat(slots.get(shown.getAttribute("TIME_SLOT_REF1"))).isEqualTo(point.anchor().millis());
        assertThat(slots.get(shown.getAttribute("TIME_SLOT_REF2"))).isEqualTo(point.anchor().millis() + EafWriter.POINT_SPAN_MS);
        assertThat(all(root, "PROPERTY")).anyMatch(p -> p.getAttribute("NAME").equals("ipr.pointSpanMs") && p.getTextContent().equals("1000"));
    }

    @Test
    void aPointAtTheVeryEndOfTheVideoStaysInsideIt() throws Exception {
        Study study = SyntheticStudy.build(1, 5);
        var pass = study.passes().get(0);
        var duration = study.session(pass.sessionId()).media().duration();
        study.put(new Moment(UUID.randomUUID(), pass.id(), duration, null, Initiator.PARTICIPANT, "at the end\u0001", TimeFrame.NOW, null, null,
                java.time.Instant.parse("2026-01-01T00:00:00Z")));
        Path file = dir.resolve("s.iprs");
        files.create(file, study);
        Path out = exportEaf(file, dir.resolve("elan"), null);
        for (Path eaf : eafs(out)) {
            assertThat(Schemas.problems(Schemas.EAF, eaf)).as(eaf.toString()).isEmpty();
        }
        String text = Files.readString(out.resolve("D00000-S3.eaf"));
        assertThat(text).contains("anchor " + duration.toClock() + " (no span)", "TIME_VALUE=\"" + (duration.millis() - 1000) + "\"")
                .doesNotContain("TIME_VALUE=\"" + (duration.millis() + 1000) + "\"").contains(">at the end<");
        assertThat(MediaTime.ofMillis(duration.millis())).isEqualTo(duration);
    }

    @Test
    void oneSessionMayBeOneFile() throws Exception {
        Path out = dir.resolve("d02-3.eaf");
        exportEaf(TestStudies.DEMO_JSON, out, "D02/3");
        assertThat(Schemas.problems(Schemas.EAF, out)).isEmpty();
        Element root = parse(out).getDocumentElement();
        assertThat(all(root, "PROPERTY")).anyMatch(p -> p.getAttribute("NAME").equals("ipr.session") && p.getTextContent().equals("D02/3"));
        assertElanCanLoadIt(root, dir);
    }
}
