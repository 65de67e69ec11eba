package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.export.ExportFormat;
import org.iprstudio.app.export.StudyExport;
import org.iprstudio.app.setup.SessionSetup;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.eaf.EafReader;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** File > Import > ELAN file...: the tiers listed, whose each is asked (or proposed), imported as one step to undo. */
@Tag("gui")
class EafImportGuiTest extends DemoWindowTestBase {
    private static final Path SAMPLES = Path.of("..", "shared", "samples", "eaf");

    /** A session of D01 with no recall yet (number 7, added to the protocol), to import into. */
    private Session emptySession() {
        return edt(() -> {
            var study = frame.service().study();
            return new SessionSetup(frame.service(), frame.editHistory()).addSession(study.dyads().get(0), 7, null, true);
        });
    }

    private void importLater(Path file) {
        edt(() -> {
            SwingUtilities.invokeLater(() -> frame.importEaf(file));
            return null;
        });
    }

    private List<Moment> momentsOf(Session session, Role perspective) {
        return edt(() -> {
            Study study = frame.service().study();
            return study.passesOf(session.id()).stream().filter(p -> p.perspective() == perspective)
                    .flatMap(p -> study.momentsOf(p.id()).stream()).toList();
        });
    }

    @Test
    void ourOwnExportComesBackWithItsTiersProposedAndItsExactAnchors() throws Exception {
        Path eaf = dataDir.resolve("d01-3.eaf");
        new StudyExport(new StudySources(new SqliteStudyFiles())).export(edt(() -> frame.service().file()),
                new StudyExport.Request(ExportFormat.EAF, eaf, null, "D01/3", false, false, false));
        Session d01s3 = edt(() -> frame.service().study().sessionByLabel("D01/3").orElseThrow());
        List<Moment> clientBefore = momentsOf(d01s3, Role.CLIENT);
        List<Moment> therapistBefore = momentsOf(d01s3, Role.THERAPIST);
        Session target = emptySession();

        importLater(eaf);
        DialogFixture dialog = window.dialog("eafImportDialog");
        dialog.comboBox("eafImport.session").selectItem("D01/7");
        EafReader.Document document = EafReader.read(eaf);
        List<String> answers = new java.util.ArrayList<>();
        assertThat(document.tiers().stream().filter(t -> t.parent() == null).count()).isLessThan(document.tiers().size());
        for (int i = 0; i < document.tiers().stream().filter(t -> t.parent() == null).count(); i++) {
            answers.add(dialog.comboBox("eafImport.tier" + i).selectedItem());
        }
        String client = edt(() -> frame.service().study().participant(frame.service().study().dyads().get(0).clientId()).code());
        assertThat(answers).filteredOn(a -> !a.equals(Texts.get("eafImport.skip"))).hasSize(2)
                .anyMatch(a -> a.startsWith("Client " + client)).anyMatch(a -> a.startsWith("Therapist "));
        dialog.button("eafImport.run").click();
        JOptionPaneFixture done = window.optionPane();
        done.requireMessage(java.util.regex.Pattern.compile("(?s)Imported " + (clientBefore.size() + therapistBefore.size()) + " moments from 2 tiers.*"));
        done.okButton().click();

        assertThat(momentsOf(target, Role.CLIENT)).extracting(Moment::anchor).containsExactlyInAnyOrderElementsOf(
                clientBefore.stream().map(Moment::anchor).toList());
        assertThat(momentsOf(target, Role.THERAPIST)).extracting(Moment::comment).containsExactlyInAnyOrderElementsOf(
                therapistBefore.stream().map(Moment::comment).toList());
        assertThat(edt(() -> frame.editHistory().nextUndo().orElseThrow().kind())).isEqualTo(org.iprstudio.app.coding.EditKind.IMPORT_EAF);
        edt(() -> frame.editHistory().undo());
        assertThat(momentsOf(target, Role.CLIENT)).isEmpty();
        assertThat(edt(() -> frame.service().study().passesOf(target.id()).stream().map(RecallPass::status).toList())).isEmpty();
    }

    @Test
    void aForeignFilesTierIsMappedByHandAndTheOthersSkipped() throws Exception {
        Path sample = SAMPLES.resolve("speach_test.eaf");
        EafReader.Document document = EafReader.read(sample);
        int person = document.tiers().stream().filter(t -> t.parent() == null).toList().indexOf(document.tier("Person1 (Utterance)"));
        Session target = emptySession();

        importLater(sample);
        DialogFixture dialog = window.dialog("eafImportDialog");
        dialog.comboBox("eafImport.session").selectItem("D01/7");
        for (int i = 0; i < document.tiers().stream().filter(t -> t.parent() == null).count(); i++) {
            assertThat(dialog.comboBox("eafImport.tier" + i).selectedItem()).isEqualTo(Texts.get("eafImport.skip"));
        }
        dialog.button("eafImport.run").click();
        dialog.label("eafImport.problem").requireText(java.util.regex.Pattern.compile("(?s).*at least one tier.*"));
        String client = edt(() -> frame.service().study().participant(frame.service().study().dyads().get(0).clientId()).code());
        dialog.comboBox("eafImport.tier" + person).selectItem(java.util.regex.Pattern.compile("Client " + client + ".*"));
        dialog.button("eafImport.run").click();
        window.optionPane().okButton().click();

        List<Moment> imported = momentsOf(target, Role.CLIENT);
        assertThat(imported).hasSize(document.tier("Person1 (Utterance)").annotations().size()).isNotEmpty();
        long lastEnd = document.tier("Person1 (Utterance)").annotations().stream().mapToLong(EafReader.Annotation::end).max().orElseThrow();
        assertThat(imported.stream().mapToLong(m -> m.anchor().millis()).max().orElseThrow()).isEqualTo(lastEnd);
        assertThat(momentsOf(target, Role.THERAPIST)).isEmpty();
    }

    @Test
    void aFileThatIsNotElanIsRefusedWithTheReadersWords() throws Exception {
        Path bad = Files.writeString(dataDir.resolve("notes.eaf"), "<html><body>not ELAN</body></html>");
        importLater(bad);
        JOptionPaneFixture refused = window.optionPane();
        refused.requireMessage(java.util.regex.Pattern.compile("(?s).*is not an ELAN file.*"));
        refused.okButton().click();
    }
}
