package org.iprstudio.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.ExchangeFormatException;
import org.iprstudio.exchange.qdpx.CodebookReader;
import org.iprstudio.exchange.qdpx.CodebookWriter;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codebooks from ATLAS.ti and from IPR Studio itself, added to real study files. */
class CodebookImportTest {
    static final Path SAMPLES = Path.of("..", "shared", "samples", "qde");

    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();

    private Path newStudy(Study study) {
        Path file = dir.resolve(UUID.randomUUID() + ".iprs");
        files.create(file, study);
        return file;
    }

    private CodebookImport.Result importInto(Path study, Path codebook) {
        CodebookReader.ImportedCodebook read = CodebookReader.read(codebook);
        try (StudyService service = new StudyService(files.open(study))) {
            return new CodebookImport(service).apply(read);
        }
    }

    private Study reopen(Path study) {
        try (var store = files.openReadOnly(study)) {
            return store.load();
        }
    }

    @Test
    void theAtlasTiCodebookComesInWithColoursAndDescriptionsAndASecondImportAddsNothing() {
        Path study = newStudy(new TestStudies().study());
        CodebookImport.Result first = importInto(study, SAMPLES.resolve("atlasti8_standard_project.qde"));
        assertThat(first.added()).isEqualTo(14);
        assertThat(first.sets()).isPositive();
        Map<String, Code> codes = reopen(study).codes().stream().collect(Collectors.toMap(Code::name, Function.identity()));
        assertThat(codes.get("Coke::diet Coke").colour()).isEqualTo("#966450");
        assertThat(codes.get("Coke::diet Coke").description()).isEqualTo("non sucré");
        assertThat(codes.get("milk").colour()).isNull();
        assertThat(codes.get("happiness").id()).isEqualTo(UUID.fromString("85D17F60-7BB0-481E-B742-B4861DD669DF"));
        CodebookImport.Result second = importInto(study, SAMPLES.resolve("atlasti8_standard_project.qde"));
        assertThat(second.added()).isZero();
        assertThat(second.matched()).isEqualTo(14);
        assertThat(reopen(study).codes()).hasSize(14);
    }

    @Test
    void aQdpxZipIsReadThroughItsProject() {
        Path study = newStudy(new TestStudies().study());
        assertThat(importInto(study, SAMPLES.resolve("ponte_target-atlas-project.qdpx")).added()).isEqualTo(3);
    }

    @Test
    void theDemoCodebookKeepsItsGroupsWhenAddedToAnotherStudy() throws Exception {
        Study demo = TestStudies.demo();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CodebookWriter(demo).write(bytes);
        Path qdc = Files.write(dir.resolve("demo.qdc"), bytes.toByteArray());
        Path study = newStudy(new TestStudies().study());
        CodebookImport.Result result = importInto(study, qdc);
        assertThat(result.added()).isEqualTo(demo.codes().size());
        Study after = reopen(study);
        for (Code original : demo.codes()) {
            Code copy = after.codes().stream().filter(c -> c.id().equals(original.id())).findFirst().orElseThrow();
            assertThat(copy.parentId()).isEqualTo(original.parentId());
            assertThat(copy.name()).isEqualTo(original.name());
            assertThat(copy.colour()).isEqualTo(original.colour());
            assertThat(copy.description()).isEqualTo(original.description());
        }
    }

    @Test
    void aCodeOfTheSameNameInTheSameGroupIsTheSameCodeAndIsLeftAsItWas() throws Exception {
        Study base = new TestStudies().study();
        Code group = new Code(UUID.randomUUID(), null, "Alliance", "mine", "#112233", false);
        Code safe = new Code(UUID.randomUUID(), group.id(), "felt safe", "my definition", "#445566", false);
        base.put(group);
        base.put(safe);
        Path study = newStudy(base);
        Path qdc = Files.writeString(dir.resolve("team.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Team">
                  <Codes>
                    <Code guid="{0A1B2C3D-0000-4000-8000-000000000001}" name="ALLIANCE " isCodable="false" color="#ABC">
                      <Code guid="0A1B2C3D-0000-4000-8000-000000000002" name="Felt Safe" isCodable="true" color="#FF0000"><Description>theirs</Description></Code>
                      <Code guid="0A1B2C3D-0000-4000-8000-000000000003" name="felt judged" isCodable="true" color="red"/>
                    </Code>
                    <Code guid="0A1B2C3D-0000-4000-8000-000000000004" name="felt safe" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """);
        CodebookImport.Result result = importInto(study, qdc);
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.added()).as("'felt judged' in the group, and 'felt safe' at the top (another group)").isEqualTo(2);
        Study after = reopen(study);
        Code kept = after.codes().stream().filter(c -> c.id().equals(safe.id())).findFirst().orElseThrow();
        assertThat(kept).isEqualTo(safe);
        assertThat(after.codes().stream().filter(c -> c.id().equals(group.id())).findFirst().orElseThrow()).isEqualTo(group);
        Code judged = after.codes().stream().filter(c -> c.name().equals("felt judged")).findFirst().orElseThrow();
        assertThat(judged.parentId()).isEqualTo(group.id());
        assertThat(judged.colour()).as("a colour that is not #RRGGBB or #RGB is dropped").isNull();
        assertThat(after.codes().stream().filter(c -> c.name().equals("felt safe") && c.parentId() == null)).hasSize(1);
    }

    @Test
    void aCodebookWithoutCodesOrACodeWithoutANameIsRefusedAndTheStudyIsUntouched() throws Exception {
        Path study = newStudy(new TestStudies().study());
        byte[] before = Files.readAllBytes(study);
        Path empty = Files.writeString(dir.resolve("empty.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Sets><Set guid=\"a\" name=\"s\"/></Sets></CodeBook>");
        assertThatThrownBy(() -> importInto(study, empty)).isInstanceOf(ExchangeFormatException.class).hasMessageContaining("has no codes");
        Path unnamed = Files.writeString(dir.resolve("unnamed.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"a\" isCodable=\"true\"/></Codes></CodeBook>");
        assertThatThrownBy(() -> importInto(study, unnamed)).hasMessageContaining("a code without a name (line 1)");
        Path notRefi = Files.writeString(dir.resolve("other.qdc"), "<CodeBook><Codes/></CodeBook>");
        assertThatThrownBy(() -> importInto(study, notRefi)).hasMessageContaining("is not a REFI-QDA file");
        Path zip = Files.write(dir.resolve("broken.qdpx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThatThrownBy(() -> importInto(study, zip)).isInstanceOf(ExchangeFormatException.class);
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
    }
}
