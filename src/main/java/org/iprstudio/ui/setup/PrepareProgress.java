package org.iprstudio.ui.setup;

import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.Checksums;
import org.iprstudio.app.setup.VideoLinks;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * Checksums and probes recordings off the Swing thread, one progress bar per file and a Cancel
 * button; the windows stay usable meanwhile (a 4 GB video takes a minute to read). When all are
 * done (or the rest cancelled), the prepared ones and the refusals go to the callback, on the
 * Swing thread.
 */
final class PrepareProgress extends JDialog {
    /** What came out: the recordings ready to link, and a line for each refused one. */
    record Outcome(Map<Path, VideoLinks.Prepared> prepared, List<String> refused, boolean cancelled) {
    }

    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Map<Path, JProgressBar> bars = new LinkedHashMap<>();

    private PrepareProgress(Window owner, List<Path> files) {
        super(owner, Texts.get("prepare.title"), ModalityType.MODELESS);
        setName("prepareProgress");
        JPanel list = new JPanel(new MigLayout("wrap 2, insets 10", "[260!][grow, fill, 240]"));
        for (Path f : files) {
            JProgressBar bar = new JProgressBar(0, 1000);
            bar.setStringPainted(true);
            bar.setString(Texts.get("prepare.waiting"));
            bar.setName("progress:" + f.getFileName());
            bars.put(f, bar);
            list.add(new JLabel(f.getFileName().toString()));
            list.add(bar);
        }
        JButton stop = new JButton(Texts.get("setup.cancel"));
        stop.setName("prepare.cancel");
        stop.addActionListener(e -> {
            cancel.set(true);
            stop.setEnabled(false);
        });
        JPanel content = new JPanel(new MigLayout("wrap 1, insets 6, fill", "[grow, fill]", "[][grow, fill][]"));
        content.add(new JLabel(Texts.wrapped(480, "prepare.explain")));
        content.add(new JScrollPane(list));
        content.add(stop, "right");
        setContentPane(content);
        pack();
        setSize(getWidth() + 20, Math.min(getHeight(), 520));
        setLocationRelativeTo(owner);
    }

    /** Starts the work and shows the progress; returns at once. */
    static void run(Window owner, VideoLinks links, List<Path> files, Consumer<Outcome> done) {
        PrepareProgress dialog = new PrepareProgress(owner, files);
        dialog.setVisible(true);
        new SwingWorker<Outcome, Object[]>() {
            @Override
            protected Outcome doInBackground() {
                Map<Path, VideoLinks.Prepared> prepared = new LinkedHashMap<>();
                List<String> refused = new ArrayList<>();
                for (Path f : files) {
                    if (dialog.cancel.get()) {
                        break;
                    }
                    try {
                        prepared.put(f, links.prepare(f, (read, total) -> {
                            publish(new Object[] {f, total == 0 ? 1000 : (int) (read * 1000 / total)});
                            return !dialog.cancel.get();
                        }));
                        publish(new Object[] {f, -1});
                    } catch (Checksums.Cancelled e) {
                        break;
                    } catch (VideoLinks.Refused e) {
                        refused.add(ErrorText.of(e));
                        publish(new Object[] {f, -2});
                    }
                }
                return new Outcome(prepared, refused, dialog.cancel.get());
            }

            @Override
            protected void process(List<Object[]> chunks) {
                for (Object[] c : chunks) {
                    JProgressBar bar = dialog.bars.get((Path) c[0]);
                    int value = (Integer) c[1];
                    if (value == -1) {
                        bar.setValue(1000);
                        bar.setString(Texts.get("prepare.ready"));
                    } else if (value == -2) {
                        bar.setValue(0);
                        bar.setString(Texts.get("prepare.refused"));
                    } else {
                        bar.setValue(value);
                        bar.setString(Texts.get("prepare.reading", value / 10));
                    }
                }
            }

            @Override
            protected void done() {
                dialog.dispose();
                try {
                    done.accept(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("Preparing the recordings failed: " + e.getCause(), e.getCause());
                }
            }
        }.execute();
    }
}
