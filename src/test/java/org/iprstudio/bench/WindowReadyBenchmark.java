package org.iprstudio.bench;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.iprstudio.Main;
import org.iprstudio.app.AppDirectories;

/**
 * The main window with a study open and its coding view ready, timed from the start of the JVM:
 * the program is started as {@code ipr-studio open FILE} (Main, as the jar runs it, with libVLC if it
 * is there), and a watcher asks the event thread every 10 ms whether the main window is showing
 * with the coding tabs installed; once they are, one more turn of the event thread lets the paint
 * that was queued with them run, and the time since the JVM started is printed. A fresh settings
 * folder, so no earlier session is restored. A study large enough for a first look at one session
 * (decision 0026) gives a second time: when the tabs that show the whole study have it.
 *
 * Run (after mvn -DskipTests package): java -cp target/ipr-studio.jar:target/test-classes org.iprstudio.bench.WindowReadyBenchmark FILE.iprs
 */
public final class WindowReadyBenchmark {
    private WindowReadyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, Files.createTempDirectory("window-ready").toString());
        Thread watcher = new Thread(() -> watch(jvmStart), "window-ready watcher");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(new String[] {"open", Path.of(args[0]).toString()});
    }

    private static void watch(long jvmStart) {
        try {
            boolean[] ready = new boolean[1];
            while (!ready[0]) {
                Thread.sleep(10);
                SwingUtilities.invokeAndWait(() -> ready[0] = codingViewShowing());
            }
            SwingUtilities.invokeAndWait(() -> { }); // the paint queued with the tabs has run
            long readyAt = System.currentTimeMillis();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("coding view ready %d ms after the JVM started; heap in use %d MB%n", readyAt - jvmStart,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            // a large study shows a first look at one session while the rest is read (decision 0026): then also when every tab shows the whole study
            boolean[] waiting = new boolean[1];
            SwingUtilities.invokeAndWait(() -> waiting[0] = wholeStudyAwaited());
            while (waiting[0]) {
                Thread.sleep(10);
                SwingUtilities.invokeAndWait(() -> waiting[0] = wholeStudyAwaited());
            }
            if (System.currentTimeMillis() - readyAt > 20) {
                SwingUtilities.invokeAndWait(() -> { });
                System.out.printf("every tab shows the whole study %d ms after the JVM started; heap in use %d MB%n",
                        System.currentTimeMillis() - jvmStart, (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
            Runtime.getRuntime().halt(0); // at once: the figure is taken, nothing of the window is to be kept
        } catch (Exception e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
    }

    private static boolean codingViewShowing() {
        for (Frame frame : Frame.getFrames()) {
            if ("mainWindow".equals(frame.getName()) && frame.isShowing()) {
                Component tabs = org.iprstudio.testing.Components.named(frame, "workTabs");
                return tabs instanceof JTabbedPane pane && pane.isShowing() && pane.getTabCount() > 0;
            }
        }
        return false;
    }

    private static boolean wholeStudyAwaited() {
        for (Frame frame : Frame.getFrames()) {
            if ("mainWindow".equals(frame.getName()) && org.iprstudio.testing.Components.named(frame, "readingWholeStudy") != null) {
                return true;
            }
        }
        return false;
    }
}
