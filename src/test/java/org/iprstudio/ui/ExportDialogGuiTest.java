package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/** File > Export... on the demo: a codebook written in the background, then the same name refused without Replace. */
class ExportDialogGuiTest extends DemoWindowTestBase {

    @Test
    void exportsTheCodebookAndRefusesToReplaceItUnlessAsked() throws Exception {
        window.menuItemWithPath(Texts.get("menu.file"), Texts.get("menu.file.export")).click();
        DialogFixture dialog = window.dialog("exportDialog");
        dialog.comboBox("exportFormat").selectItem(Texts.get("export.format.qdc"));
        Path out = dataDir.resolve("codebook.qdc");
        dialog.textBox("exportDestination").setText(out.toString());
        dialog.button("exportRun").click();
        waitForStatus(dialog, "Exported qdc");
        assertThat(out).isRegularFile();
        assertThat(Files.readString(out)).contains("urn:QDA-XML:codebook:1.0");
        assertThat(dialog.progressBar("exportProgress").target().getValue()).isEqualTo(100);
        long size = Files.size(out);

        dialog.button("exportRun").click();
        waitForStatus(dialog, "already exists");
        assertThat(Files.size(out)).isEqualTo(size);
        dialog.checkBox("exportReplace").check();
        dialog.button("exportRun").click();
        waitForStatus(dialog, "Exported qdc");
        dialog.button("exportCancel").requireText(Texts.get("export.close")).click();
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".codebook.qdc"));
        }
    }

    private void waitForStatus(DialogFixture dialog, String text) {
        try {
            pauseFor(dialog, text);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new AssertionError("The status never said '" + text + "'; it says: " + edt(() -> dialog.label("exportStatus").target().getText()), e);
        }
    }

    private void pauseFor(DialogFixture dialog, String text) {
        Pause.pause(new Condition("status says " + text) {
            @Override
            public boolean test() {
                return edt(() -> dialog.label("exportStatus").target().getText()).contains(text);
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));
    }
}
