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

    /** Takes a still as libVLC's grabber would, and remembers what it was asked for. */
    private static final class CountingGrabber implements org.iprstudio.media.FrameGrabber {
        final java.util.List<org.iprstudio.domain.MediaTime> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean closed;

        @Override
        public java.util.Optional<java.awt.image.BufferedImage> grab(Path file, org.iprstudio.domain.MediaTime at) {
            asked.add(at);
            return java.util.Optional.of(new java.awt.image.BufferedImage(64, 36, java.awt.image.BufferedImage.TYPE_INT_RGB));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** The report from the window has its stills, taken by the grabber the window was given (as the report command does), and is in the history. */
    @Test
    void theReportFromTheWindowHasStillsAndTheExportHistoryListsIt() throws Exception {
        CountingGrabber grabber = new CountingGrabber();
        edt(() -> {
            frame.setFrameGrabbers(() -> grabber);
            return null;
        });
        window.menuItemWithPath(Texts.get("menu.file"), Texts.get("menu.file.export")).click();
        DialogFixture dialog = window.dialog("exportDialog");
        dialog.comboBox("exportFormat").selectItem(Texts.get("export.format.report"));
        Path out = dataDir.resolve("report.html");
        dialog.textBox("exportDestination").setText(out.toString());
        dialog.button("exportRun").click();
        waitForStatus(dialog, "Wrote the report");
        int exemplars = org.iprstudio.exchange.report.HtmlReport.exemplars(edt(() -> frame.service().study())).size();
        assertThat(exemplars).isPositive();
        assertThat(grabber.asked).hasSize(exemplars);
        assertThat(grabber.closed).isTrue();
        assertThat(edt(() -> dialog.label("exportStatus").target().getText())).contains(exemplars + " with a still");
        String html = Files.readString(out);
        // an exemplar of two themes shows its still under each
        assertThat(html.split("data:image/jpeg;base64,", -1).length - 1).isGreaterThanOrEqualTo(exemplars);
        assertThat(html).doesNotContain("No stills");
        dialog.button("exportCancel").click();

        java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.iprstudio.ui.export.ExportHistoryDialog.setFolderOpener((owner, folder) -> opened.add(folder));
        try {
            window.menuItemWithPath(Texts.get("menu.study"), Texts.get("menu.study.exportHistory")).click();
            DialogFixture history = window.dialog("exportHistoryDialog");
            var table = history.table("exportHistoryTable");
            assertThat(table.rowCount()).isEqualTo(1);
            assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(1))).isEqualTo("report");
            assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(3))).isEqualTo(out.toAbsolutePath().toString());
            assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(5))).isEqualTo(Texts.get("exportHistory.via.window"));
            history.button("exportHistoryOpen").click();
            assertThat(opened).containsExactly(dataDir.toAbsolutePath());
            history.button("exportHistoryClose").click();
        } finally {
            org.iprstudio.ui.export.ExportHistoryDialog.setFolderOpener(null);
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
