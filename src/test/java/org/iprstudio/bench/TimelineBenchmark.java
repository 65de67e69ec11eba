package org.iprstudio.bench;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.vlc.VlcMediaPlayer;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.testing.OnEdt;
import org.iprstudio.ui.timeline.TimelineLane;
import org.iprstudio.ui.timeline.TimelineView;

/**
 * Measures the timeline, not in a unit test but as a benchmark (numbers go to docs/benchmarks.md):
 * paint time at 1k, 10k and 100k moments for three zoom levels, and the time from a click on the
 * timeline to the new frame on screen with real libVLC, read from the demo video's barcode.
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.TimelineBenchmark
 */
public final class TimelineBenchmark {
    private static final MediaTime LENGTH = MediaTime.parse("50:00");
    private static final int WIDTH = 1280;
    private static final int[] SIZES = {1_000, 10_000, 100_000};

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| moments | view | median paint (ms) | 95th percentile (ms) |");
        System.out.println("|---:|---|---:|---:|");
        for (int size : SIZES) {
            TimelineView view = OnEdt.call(TimelineView::new);
            List<TimelineLane> lanes = lanes(size, new Random(size));
            OnEdt.run(() -> {
                view.setSession(lanes, LENGTH);
                view.setSize(WIDTH, 26 + 2 * 46 + 6);
            });
            paint(view, size, "whole session (50 min)", 0, LENGTH.millis());
            paint(view, size, "1 minute", 1_500_000, 60_000);
            paint(view, size, "5 seconds", 1_500_000, 5_000);
        }
        clickToFrame();
        System.exit(0);
    }

    static List<TimelineLane> lanes(int size, Random random) {
        UUID clientPass = UUID.randomUUID();
        UUID therapistPass = UUID.randomUUID();
        List<Moment> client = new ArrayList<>();
        List<Moment> therapist = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean isClient = i % 2 == 0;
            long anchor = random.nextInt((int) LENGTH.millis());
            TimeSpan span = random.nextBoolean() ? new TimeSpan(MediaTime.ofMillis(Math.max(0, anchor - random.nextInt(60_000))), MediaTime.ofMillis(anchor)) : null;
            Moment m = new Moment(UUID.randomUUID(), isClient ? clientPass : therapistPass, MediaTime.ofMillis(anchor), span, Initiator.PARTICIPANT,
                    "synthetic moment " + i, null, new Helpfulness(1 + random.nextInt(17) * 0.5), 1 + random.nextInt(5), Instant.EPOCH);
            (isClient ? client : therapist).add(m);
        }
        return List.of(TimelineLane.of("client", "Client C01", client.size() + " moments", client),
                TimelineLane.of("therapist", "Therapist T01", therapist.size() + " moments", therapist));
    }

    private static void paint(TimelineView view, int size, String label, long start, long span) {
        OnEdt.run(() -> view.setView(start, span));
        BufferedImage image = new BufferedImage(WIDTH, view.getHeight(), BufferedImage.TYPE_INT_RGB);
        Rectangle all = new Rectangle(0, 0, WIDTH, view.getHeight());
        double[] times = OnEdt.call(() -> {
            for (int i = 0; i < 200; i++) {
                paintOnce(view, image, all);
            }
            double[] t = new double[500];
            for (int i = 0; i < t.length; i++) {
                long before = System.nanoTime();
                paintOnce(view, image, all);
                t[i] = (System.nanoTime() - before) / 1e6;
            }
            return t;
        });
        Arrays.sort(times);
        System.out.printf("| %,d | %s | %.2f | %.2f |%n", size, label, times[times.length / 2], times[(int) (times.length * 0.95)]);
    }

    private static void paintOnce(TimelineView view, BufferedImage image, Rectangle clip) {
        Graphics2D g = image.createGraphics();
        view.paintTimeline(g, WIDTH, image.getHeight(), clip);
        g.dispose();
    }

    /** Click on the timeline (a real mouse event through the component) until the barcode shows the new frame. */
    private static void clickToFrame() throws Exception {
        Path video = Path.of("sample-projects/alliance-demo/media/D01-S3.mp4").toAbsolutePath();
        try (VlcRuntime vlc = VlcRuntime.start(true)) {
            if (!vlc.available()) {
                System.out.println("libVLC not available: " + vlc.problem().orElse(""));
                return;
            }
            VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
            OnEdt.run(() -> player.load(video, false));
            waitUntil(() -> OnEdt.call(() -> player.duration().isPresent() && !player.isPlaying()), 10_000);
            Thread.sleep(500);
            System.out.println();
            System.out.println("| moments on the timeline | clicks | median click to new frame (ms) | 95th percentile (ms) | max (ms) | frames off target (median) |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            for (int size : SIZES) {
                TimelineView view = OnEdt.call(TimelineView::new);
                List<TimelineLane> lanes = lanes(size, new Random(size));
                java.util.concurrent.atomic.AtomicLong requested = new java.util.concurrent.atomic.AtomicLong();
                OnEdt.run(() -> {
                    view.setSession(lanes, LENGTH);
                    view.setSize(WIDTH, 26 + 2 * 46 + 6);
                    view.addListener(new TimelineView.Listener() {
                        @Override
                        public void seekRequested(MediaTime time) {
                            requested.set(time.millis());
                            player.seek(time);
                        }
                    });
                });
                Random random = new Random(7 + size);
                int clicks = 30;
                double[] latency = new double[clicks];
                int[] off = new int[clicks];
                for (int i = 0; i < clicks; i++) {
                    long start = 60_000 + random.nextInt((int) LENGTH.millis() - 120_000);
                    OnEdt.run(() -> view.setView(start, 60_000)); // one minute on screen, about 50 ms a pixel
                    int x = 150 + 40 + random.nextInt(WIDTH - 150 - 100);
                    long before = System.nanoTime();
                    OnEdt.run(() -> view.dispatchEvent(new MouseEvent(view, MouseEvent.MOUSE_PRESSED, System.currentTimeMillis(), 0, x,
                            view.rulerY(), 1, false, MouseEvent.BUTTON1)));
                    long target = requested.get();
                    int wanted = (int) (target / 100);
                    int[] shown = {-1};
                    waitUntil(() -> {
                        OptionalInt n = OnEdt.call(() -> player.snapshot().map(FrameBarcode::read).orElse(OptionalInt.empty()));
                        shown[0] = n.orElse(-1);
                        return n.isPresent() && Math.abs(n.getAsInt() - wanted) <= 8;
                    }, 5_000);
                    latency[i] = (System.nanoTime() - before) / 1e6;
                    off[i] = wanted - shown[0];
                }
                double[] sorted = latency.clone();
                Arrays.sort(sorted);
                int[] offSorted = off.clone();
                Arrays.sort(offSorted);
                System.out.printf("| %,d | %d | %.0f | %.0f | %.0f | %d |%n", size, clicks, sorted[clicks / 2], sorted[(int) (clicks * 0.95)],
                        sorted[clicks - 1], offSorted[clicks / 2]);
            }
            OnEdt.run(player::close);
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Check check, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!check.ok()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out after " + timeoutMs + " ms");
            }
            Thread.sleep(1);
        }
    }
}
