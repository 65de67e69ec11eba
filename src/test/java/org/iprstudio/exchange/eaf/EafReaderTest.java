package org.iprstudio.exchange.eaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iprstudio.exchange.ExchangeFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real ELAN files of several versions and tools (../shared/samples/eaf), and files that are not ELAN. */
class EafReaderTest {
    static final Path SAMPLES = Path.of("..", "shared", "samples", "eaf");

    @TempDir
    Path dir;

    @Test
    void everySampleIsReadWithEveryTimedAnnotation() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eaf")).sorted().toList()) {
                EafReader.Document document = EafReader.read(file);
                String xml = Files.readString(file);
                int annotations = count(xml, "<ALIGNABLE_ANNOTATION ") + count(xml, "<REF_ANNOTATION ");
                int read = document.tiers().stream().mapToInt(t -> t.annotations().size()).sum();
                assertThat(read + document.leftOut()).as(file.toString()).isEqualTo(annotations);
                assertThat(document.leftOut()).as(file.toString()).isZero();
                for (EafReader.Tier tier : document.tiers()) {
                    tier.annotations().forEach(a -> assertThat(a.end()).isGreaterThanOrEqualTo(a.begin()));
                }
            }
        }
    }

    @Test
    void anUnalignedTimeSlotLiesBetweenItsNeighbours() {
        // ts62 has no TIME_VALUE; ts61 = 11470 and ts63 = 11840 (ELAN 2.3 demo data)
        EafReader.Document document = EafReader.read(SAMPLES.resolve("elan-example1_v2.3.eaf"));
        assertThat(document.format()).isEqualTo("2.3");
        EafReader.Annotation a57 = document.tiers().stream().flatMap(t -> t.annotations().stream()).filter(a -> a.id().equals("a57"))
                .findFirst().orElseThrow();
        assertThat(a57.begin()).isEqualTo(11470);
        assertThat(a57.end()).isEqualTo(11655);
        assertThat(a57.estimated()).isTrue();
        assertThat(document.tiers()).hasSize(11);
    }

    @Test
    void interpolationSpreadsARunOfUnalignedSlotsEvenlyAndLeavesOnesWithoutAnyNeighbour() {
        Map<String, Long> slots = EafReader.interpolate(List.of("a", "b", "c", "d"), Map.of("a", 1000L, "d", 4000L));
        assertThat(slots).containsEntry("b", 2000L).containsEntry("c", 3000L);
        assertThat(EafReader.interpolate(List.of("x", "y"), Map.of())).isEmpty();
        assertThat(EafReader.interpolate(List.of("a", "b"), Map.of("a", 500L))).containsEntry("b", 500L);
    }

    @Test
    void referenceAnnotationsTakeTheirParentsTimes() {
        EafReader.Document document = EafReader.read(SAMPLES.resolve("saymore_test_v2.7.eaf"));
        EafReader.Tier parent = document.tier("Transcription");
        EafReader.Tier child = document.tier("Phrase Free Translation");
        assertThat(child.parent()).isEqualTo("Transcription");
        assertThat(child.annotations()).isNotEmpty();
        for (EafReader.Annotation a : child.annotations()) {
            EafReader.Annotation owner = parent.annotations().stream().filter(p -> p.id().equals(a.ref())).findFirst().orElseThrow();
            assertThat(a.begin()).isEqualTo(owner.begin());
            assertThat(a.end()).isEqualTo(owner.end());
        }
    }

    @Test
    void aBlankDocumentHasItsEmptyTier() {
        EafReader.Document document = EafReader.read(SAMPLES.resolve("speach_blank.eaf"));
        assertThat(document.tiers()).singleElement().satisfies(t -> assertThat(t.annotations()).isEmpty());
    }

    @Test
    void foreignDamagedAndMissingFilesGetOneClearMessage() throws Exception {
        Path foreign = Files.writeString(dir.resolve("x.eaf"), "<?xml version=\"1.0\"?><TextGrid/>");
        assertThatThrownBy(() -> EafReader.read(foreign)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageContaining("not an ELAN file").hasMessageContaining("<TextGrid>");
        String whole = Files.readString(SAMPLES.resolve("speach_test.eaf"));
        Path cut = Files.writeString(dir.resolve("cut.eaf"), whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> EafReader.read(cut)).isInstanceOf(ExchangeFormatException.class).hasMessageContaining("is damaged")
                .hasMessageContaining("line ");
        Path binary = Files.write(dir.resolve("video.eaf"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        assertThatThrownBy(() -> EafReader.read(binary)).isInstanceOf(ExchangeFormatException.class);
        Path entity = Files.writeString(dir.resolve("xxe.eaf"), "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ANNOTATION_DOCUMENT><TIER TIER_ID=\"t\"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"s\" TIME_SLOT_REF2=\"s\">"
                + "<ANNOTATION_VALUE>&e;</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>");
        assertThatThrownBy(() -> EafReader.read(entity)).isInstanceOf(ExchangeFormatException.class);
        assertThatThrownBy(() -> EafReader.read(dir.resolve("none.eaf"))).hasMessageContaining("There is no file");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
