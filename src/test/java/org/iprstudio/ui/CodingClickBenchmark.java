package org.iprstudio.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.iprstudio.Main;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * A click that applies a code, in the main window: the program is started as {@code ipr-studio open
 * COPY} (the real Main, libVLC if it is there) on a copy of the study file in a temporary folder (the
 * clicks are saved to it), the coding view is waited for, dialogs closed, the work tab chosen
 * ({@code -Dtab=N}, 0 = Pairs, 1 = Moments, 4 = Summary), and then 19 times on the event thread a
 * moment of the session on show is chosen and a code applied to it (CodingModel.select and toggle,
 * the path of a click in the code chooser), timed to the end of the next turn of the event thread.
 * With {@code -DduringLook=true} the clicks start as soon as the coding view shows (no pause, no
 * dialog closed, the Pairs tab), 100 ms apart, each said to be made to the first look or to the
 * whole study (decision 0027): on a large study the first ones fall into its first look.
 *
 * Run (after mvn -DskipTests package), under Xvfb:
 * java [-Dtab=1] -cp target/ipr-studio.jar:target/test-classes org.iprstudio.ui.CodingClickBenchmark FILE.iprs
 */
public final class CodingClickBenchmark {
    private static final int CLICKS = 19;

    private CodingClickBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("coding-click");
        Path copy = Files.copy(Path.of(args[0]), folder.resolve("study.iprs"));
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, folder.resolve("settings").toString());
        Thread driver = new Thread(() -> clickAndTime(folder), "coding-click driver");
        driver.setDaemon(true);
        driver.start();
        Main.main(new String[] {"open", copy.toString()});
    }

    private static MainWindow window() {
        for (Frame f : Frame.getFrames()) {
            if (f instanceof MainWindow w && w.isShowing() && w.coding() != null && w.coding().session().isPresent()) {
                return w;
            }
        }
        return null;
    }

    private static void clickAndTime(Path folder) {
        try {
            MainWindow[] w = new MainWindow[1];
            while (w[0] == null) {
                Thread.sleep(50);
                SwingUtilities.invokeAndWait(() -> w[0] = window());
            }
            boolean duringLook = Boolean.getBoolean("duringLook");
            if (duringLook) {
                clickDuringTheLook(w[0], folder);
            }
            Thread.sleep(3000);
            for (java.awt.Window shown : java.awt.Window.getWindows()) {
                if (shown instanceof javax.swing.JDialog d && d.isShowing()) {
                    SwingUtilities.invokeAndWait(d::dispose); // the question who is working
                }
            }
            int tab = Integer.getInteger("tab", 0);
            SwingUtilities.invokeAndWait(() -> ((JTabbedPane) org.iprstudio.testing.Components.named(w[0], "workTabs")).setSelectedIndex(tab));
            Thread.sleep(2000);
            long[] ms = new long[CLICKS];
            for (int i = 0; i < CLICKS; i++) {
                int n = i;
                long start = System.nanoTime();
                SwingUtilities.invokeAndWait(() -> {
                    var model = w[0].coding();
                    Study s = model.study();
                    Session session = model.session().orElseThrow();
                    List<Moment> moments = s.passesOf(session.id()).stream().flatMap(p -> s.momentsOf(p.id()).stream()).toList();
                    model.select(moments.get(n % moments.size()));
                    model.toggle(s.codes().get(n % 3));
                });
                SwingUtilities.invokeAndWait(() -> { }); // every view has heard of the change
                ms[i] = (System.nanoTime() - start) / 1_000_000;
                Thread.sleep(200);
            }
            long[] sorted = ms.clone();
            Arrays.sort(sorted);
            System.out.printf("tab %d: click to views updated, ms: %s%nmedian %d ms, fastest %d ms, slowest %d ms%n", tab, Arrays.toString(ms),
                    sorted[CLICKS / 2], sorted[0], sorted[CLICKS - 1]);
            deleteQuietly(folder); // the copy (which the clicks changed) and the settings: nothing of them is kept
            Runtime.getRuntime().halt(0);
        } catch (Exception e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
    }

    /** Clicks from the moment the coding view shows; each time from the click to the views updated, and whether the whole study was in. */
    private static void clickDuringTheLook(MainWindow window, Path folder) throws Exception {
        StringBuilder line = new StringBuilder();
        long opened = System.nanoTime();
        for (int i = 0; i < CLICKS; i++) {
            int n = i;
            boolean[] whole = new boolean[1];
            long start = System.nanoTime();
            SwingUtilities.invokeAndWait(() -> {
                whole[0] = window.service().isWhole();
                var model = window.coding();
                Study s = model.study();
                Session session = model.session().orElseThrow();
                List<Moment> moments = s.passesOf(session.id()).stream().flatMap(p -> s.momentsOf(p.id()).stream()).toList();
                model.select(moments.get(n % moments.size()));
                model.toggle(s.codes().get(n % 3));
            });
            SwingUtilities.invokeAndWait(() -> { });
            line.append(String.format("%n  at %5.1f s after the view showed: %4d ms (%s)", (start - opened) / 1e9, (System.nanoTime() - start) / 1_000_000,
                    whole[0] ? "whole study" : "first look"));
            Thread.sleep(100);
        }
        System.out.println("clicks from the moment the coding view showed:" + line);
        deleteQuietly(folder);
        Runtime.getRuntime().halt(0);
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }
}
