package org.iprstudio.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.vlc.VlcMediaPlayer;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.testing.OnEdt;
import org.iprstudio.testing.TestStudies;

/**
 * When paused, are the time shown, the time a mark stores and the frame on screen one frame?
 * On the demo video D01-S3 (10 fps, a frame-number barcode in every frame), with the real player:
 * random go-to-time seeks, frame steps both ways, and stops while playing (the recall screen's
 * way: the shown frame's time is read, then the player pauses). For each, once the picture has
 * settled (the same frame for 400 ms, or 3 s at most), the frame on screen is read from its barcode
 * and compared with the player's time and with the stored mark.
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.PausedFrameBenchmark
 */
public final class PausedFrameBenchmark {
    private static final Path VIDEO = TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4");
    private static final long FRAME_MS = 100;
    private static final int TRIES = 40;

    private PausedFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (VlcRuntime vlc = VlcRuntime.start(true)) {
            VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
            javax.swing.JFrame[] frame = new javax.swing.JFrame[1];
            OnEdt.run(() -> {
                frame[0] = new javax.swing.JFrame("paused frame benchmark");
                frame[0].add(player.view());
                frame[0].setSize(480, 320);
                frame[0].setVisible(true);
                player.load(VIDEO, false);
            });
            waitFor(player, n -> n == 0);
            Random random = new Random(2026);
            Map<Long, Integer> seeks = new TreeMap<>();
            Map<Long, Integer> steps = new TreeMap<>();
            Map<Long, Integer> stopsTime = new TreeMap<>();
            Map<Long, Integer> stopsMark = new TreeMap<>();
            for (int i = 0; i < TRIES; i++) {
                long target = 60_000 + random.nextInt(2_800_000);
                OnEdt.run(() -> player.seek(MediaTime.ofMillis(target)));
                record(seeks, settledFrame(player) - target / FRAME_MS);
                boolean forward = random.nextBoolean();
                OnEdt.run(() -> {
                    if (forward) {
                        player.nextFrame();
                    } else {
                        player.seek(player.time().minusClamped(player.frameDuration()));
                    }
                });
                long frameNow = settledFrame(player);
                record(steps, frameNow - OnEdt.call(player::time).millis() / FRAME_MS);
                OnEdt.run(player::play);
                Thread.sleep(800 + random.nextInt(2000));
                long mark = OnEdt.call(() -> {
                    long shown = player.shownFrameTime().millis();
                    player.pause();
                    return shown;
                });
                long stopped = settledFrame(player);
                record(stopsTime, stopped - OnEdt.call(player::time).millis() / FRAME_MS);
                record(stopsMark, stopped - mark / FRAME_MS);
            }
            print("go to a random time (frame on screen minus the target's frame)", seeks);
            print("a frame step forward or back (frame on screen minus the time shown)", steps);
            print("a stop while playing (frame on screen minus the time shown)", stopsTime);
            print("a stop while playing (frame on screen minus the mark's frame)", stopsMark);
            OnEdt.run(() -> {
                player.close();
                frame[0].dispose();
            });
        }
        System.exit(0);
    }

    private static void record(Map<Long, Integer> table, long offset) {
        table.merge(offset, 1, Integer::sum);
    }

    private static void print(String what, Map<Long, Integer> table) {
        System.out.println();
        System.out.println("| " + what + " | times |");
        System.out.println("|---:|---:|");
        table.forEach((offset, count) -> System.out.printf("| %+d | %d |%n", offset, count));
    }

    /** The frame on screen once it has stayed the same for 400 ms (3 s at most). */
    private static long settledFrame(VlcMediaPlayer player) throws InterruptedException {
        long end = System.currentTimeMillis() + 3000;
        int last = -2;
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < end) {
            int now = frameOnScreen(player);
            if (now != last) {
                last = now;
                since = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - since >= 400) {
                break;
            }
            Thread.sleep(20);
        }
        return last;
    }

    private static int frameOnScreen(VlcMediaPlayer player) {
        return OnEdt.call(player::snapshot).map(FrameBarcode::read).orElse(OptionalInt.empty()).orElse(-1);
    }

    private static void waitFor(VlcMediaPlayer player, IntPredicate wanted) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end && !wanted.test(frameOnScreen(player))) {
            Thread.sleep(20);
        }
    }
}
