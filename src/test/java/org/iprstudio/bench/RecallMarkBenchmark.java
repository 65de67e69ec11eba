package org.iprstudio.bench;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.border.Border;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.RecallRequest;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.RecallStart;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.store.sqlite.SqliteStudyStore;
import org.iprstudio.testing.FakeMediaPlayer;
import org.iprstudio.testing.OnEdt;
import org.iprstudio.ui.recall.RecallScreen;

/**
 * A mark on the recall screen with 100,000 moments in the study: from the Space key press (a real
 * KEY_PRESSED event posted to the system event queue) to the moment committed to the study file
 * (the StudyService's listeners are told only after the SQLite commit returned) and drawn on the
 * timeline (the end of the timeline's own paint, after the commit, with the new moment in its lane).
 * The fake player stands in for libVLC: its pause is not part of "committed and drawn", and a
 * decoding video would only add noise from the other core; the screen, the session, the service and
 * the SQLite file are the real ones.
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.RecallMarkBenchmark
 */
public final class RecallMarkBenchmark {
    private static int moments = 100_000;
    private static int warmUp = 50;
    private static int marks = 200;

    private RecallMarkBenchmark() {
    }

    /** Arguments (for a quick check that it works, not for figures): moments, warm-up marks, timed marks. */
    public static void main(String[] args) throws Exception {
        if (args.length == 3) {
            moments = Integer.parseInt(args[0]);
            warmUp = Integer.parseInt(args[1]);
            marks = Integer.parseInt(args[2]);
        }
        Path folder = Files.createTempDirectory("recall-mark");
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, folder.resolve("data").toString());
        Path file = folder.resolve("recall-mark.iprs");
        Study built = SyntheticStudy.build(moments, SyntheticStudy.SEED);
        SqliteStudyStore.create(file, built);
        System.out.printf("study: %,d moments in %s%n", built.momentCount(), file);

        StudyService service = new StudyService(new SqliteStudyFiles().open(file));
        Timing timing = new Timing();
        service.addListener(changes -> timing.committed.compareAndSet(0, System.nanoTime()));
        Session session = service.study().sessions().get(service.study().sessions().size() / 2);
        RecallSetup setup = new RecallSetup(service);
        setup.setPassphrase("benchmark".toCharArray());
        RecallRequest request = RecallRequest.ofDyadMember(session, Role.CLIENT, null, null);
        RecallSession recall = ((RecallStart.Opened) setup.start(request.resumingDone())).recall();
        FakeMediaPlayer player = new FakeMediaPlayer(MediaTime.ofMillis(50 * 60_000));
        RecallScreen screen = OnEdt.call(() -> new RecallScreen(recall, player, () -> { }));
        JComponent timeline = OnEdt.call(() -> (JComponent) org.iprstudio.testing.Components.named(screen, "recallTimeline"));
        AbstractButton stopOrContinue = OnEdt.call(() -> (AbstractButton) org.iprstudio.testing.Components.named(screen, "stopOrContinue"));
        OnEdt.run(() -> {
            timeline.setBorder(new PaintedHook(timeline.getBorder(), timing));
            screen.setVisible(true);
            if (player.loadedFile() == null) { // the synthetic sessions' videos do not exist: the fake plays nothing
                player.load(Path.of("synthetic.mp4"), false);
            }
        });
        idle();
        Thread.sleep(500);
        int before = OnEdt.call(() -> recall.moments().size());

        long[] total = new long[marks];
        long[] commit = new long[marks];
        long clock = 60_000;
        for (int i = 0; i < warmUp + marks; i++) {
            OnEdt.run(stopOrContinue::doClick); // Continue (Space in the comment field types a space)
            long step = 2_000 + (i * 7_919L) % 9_000;
            clock += step;
            OnEdt.run(() -> player.advance(step));
            idle();
            Thread.sleep(30); // let the playing screen tick and repaint as it does during playback
            idle();
            timing.arm();
            long pressed = System.nanoTime();
            postSpace(screen);
            if (!timing.drawn.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("mark " + i + " was not drawn within 10 s");
            }
            if (i >= warmUp) {
                total[i - warmUp] = timing.paintedAt.get() - pressed;
                commit[i - warmUp] = timing.committed.get() - pressed;
            }
        }
        idle();
        int made = OnEdt.call(() -> recall.moments().size()) - before;
        UUID pass = OnEdt.call(() -> recall.moments().get(0).passId());
        System.out.printf("marks made: %d (of %d); rows of the pass in the file: %d; study: %,d moments%n", made, warmUp + marks,
                rowsOfPass(file, pass), service.study().momentCount());
        System.out.println("| from the key press to | median (ms) | 95th (ms) | 99th (ms) | max (ms) |");
        System.out.println("|---|---:|---:|---:|---:|");
        print("the commit returned", commit);
        print("committed and drawn on the timeline", total);
        OnEdt.run(screen::dispose);
        service.close();
        try (var paths = Files.walk(folder)) { // the 40 MB study file and the settings folder go again
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        System.exit(0);
    }

    /** Space pressed on whatever has the keyboard on the screen, through the event queue as a key press from the keyboard is. */
    private static void postSpace(RecallScreen screen) throws Exception {
        Component target = OnEdt.call(() -> {
            Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return focus != null && SwingUtilities.getWindowAncestor(focus) == screen ? focus : screen.getRootPane();
        });
        Toolkit.getDefaultToolkit().getSystemEventQueue()
                .postEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, KeyEvent.VK_SPACE, ' '));
    }

    private static void idle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
        }
    }

    private static long rowsOfPass(Path file, UUID pass) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM moment WHERE pass_id = ?")) {
            s.setString(1, pass.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", label, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double fraction) {
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1] / 1e6;
    }

    /** What one mark has reached: the commit (from the service's listener) and the first timeline paint after it. */
    private static final class Timing {
        final AtomicLong committed = new AtomicLong(-1);
        final AtomicLong paintedAt = new AtomicLong();
        volatile CountDownLatch drawn = new CountDownLatch(1);

        void arm() {
            drawn = new CountDownLatch(1);
            committed.set(0);
        }
    }

    /**
     * The timeline's border, wrapped: Swing paints a component's border right after its content, so
     * the end of paintBorder is the end of the timeline's paint. Same insets, same drawing.
     */
    private static final class PaintedHook implements Border {
        private final Border inner;
        private final Timing timing;

        PaintedHook(Border inner, Timing timing) {
            this.inner = inner;
            this.timing = timing;
        }

        @Override
        public void paintBorder(Component c, Graphics g, int x, int y, int width, int height) {
            if (inner != null) {
                inner.paintBorder(c, g, x, y, width, height);
            }
            if (timing.committed.get() > 0 && timing.drawn.getCount() > 0) {
                timing.paintedAt.set(System.nanoTime());
                timing.drawn.countDown();
            }
        }

        @Override
        public Insets getBorderInsets(Component c) {
            return inner != null ? inner.getBorderInsets(c) : new Insets(0, 0, 0, 0);
        }

        @Override
        public boolean isBorderOpaque() {
            return inner != null && inner.isBorderOpaque();
        }
    }
}
