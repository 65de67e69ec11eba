package org.iprstudio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.vlc.VlcMediaPlayer;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.testing.MediaCorpus;
import org.iprstudio.testing.OnEdt;

/**
 * Paused seeks and the picture while playing, per container and codec of the ffmpeg test corpus
 * (10 fps, a frame-number barcode in every frame; the MPEG-2 program stream is 25 fps with the
 * same barcode per 100 ms). For each file: 10 loads paused, the frame on screen once it has stayed
 * the same for 400 ms (-1: no barcode readable, a grey half-decoded picture); 20 paused seeks to a
 * random frame between 0.5 s and 5 s (seed 2026), the frame on screen read the same way, minus the
 * frame asked for; then 2.5 s of playing from 0.5 s, the picture's time (its barcode) against the
 * player's time every 100 ms. In the 25 fps MPEG-2 file a barcode frame lasts 2.5 video frames, so
 * only every second barcode frame starts on a video frame: its seeks go to a random 200 ms step
 * (0.6 s to 4.8 s), where the video frame the player pauses on and the barcode frame begin together.
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.CorpusSeekBenchmark
 */
public final class CorpusSeekBenchmark {
    private static final int SEEKS = 20;
    private static final int STARTS = 10;
    private static final List<String> FILES = List.of(MediaCorpus.SPACES_NON_ASCII, MediaCorpus.MKV_HEVC, MediaCorpus.WEBM_VP9_OPUS,
            MediaCorpus.AVI_MJPEG, MediaCorpus.MPEG2_PS);

    private CorpusSeekBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| file | paused start: frame on screen (loads) | paused seek: frame on screen minus frame asked (seeks) | playing: picture minus clock, median / max ms |");
        System.out.println("|---|---|---|---|");
        try (VlcRuntime vlc = VlcRuntime.start(true)) {
            for (String name : FILES) {
                Map<Long, Integer> starts = new TreeMap<>();
                for (int i = 0; i < STARTS; i++) {
                    starts.merge(settledStart(vlc, name), 1, Integer::sum);
                }
                VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
                javax.swing.JFrame[] frame = new javax.swing.JFrame[1];
                OnEdt.run(() -> {
                    frame[0] = new javax.swing.JFrame("corpus seek benchmark");
                    frame[0].add(player.view());
                    frame[0].setSize(480, 320);
                    frame[0].setVisible(true);
                    player.load(MediaCorpus.file(name), false);
                });
                settledFrame(player);
                Random random = new Random(2026);
                Map<Long, Integer> offsets = new TreeMap<>();
                for (int i = 0; i < SEEKS; i++) {
                    long target = name.equals(MediaCorpus.MPEG2_PS) ? 600 + random.nextInt(22) * 200 : 500 + random.nextInt(45) * MediaCorpus.FRAME_MS;
                    OnEdt.run(() -> player.seek(MediaTime.ofMillis(target)));
                    offsets.merge(settledFrame(player) - target / MediaCorpus.FRAME_MS, 1, Integer::sum);
                }
                OnEdt.run(() -> player.seek(MediaTime.ofMillis(500)));
                settledFrame(player);
                OnEdt.run(player::play);
                Thread.sleep(500);
                List<Long> lags = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    long[] both = OnEdt.call(() -> new long[] {barcode(player), player.time().millis()});
                    if (both[0] >= 0) {
                        lags.add(both[0] * MediaCorpus.FRAME_MS - both[1]);
                    }
                    Thread.sleep(100);
                }
                lags.sort(null);
                String lag = lags.isEmpty() ? "-" : lags.get(lags.size() / 2) + " / " + lags.stream().mapToLong(Math::abs).max().orElse(0);
                System.out.println("| " + name + " | " + starts + " | " + offsets + " | " + lag + " |");
                OnEdt.run(() -> {
                    player.close();
                    frame[0].dispose();
                });
            }
        }
        System.exit(0);
    }

    /** A new player loads the file paused: the frame it rests on. */
    private static long settledStart(VlcRuntime vlc, String name) throws InterruptedException {
        VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
        java.util.concurrent.CountDownLatch paused = new java.util.concurrent.CountDownLatch(1);
        try {
            OnEdt.run(() -> {
                player.addListener(new org.iprstudio.media.PlaybackListener() {
                    @Override
                    public void paused() {
                        paused.countDown();
                    }
                });
                player.load(MediaCorpus.file(name), false);
            });
            if (!paused.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                return -2; // never told paused
            }
            return settledFrame(player);
        } finally {
            OnEdt.run(player::close);
        }
    }

    /** The frame on screen once it has stayed the same for 400 ms (3 s at most). */
    private static long settledFrame(VlcMediaPlayer player) throws InterruptedException {
        long end = System.currentTimeMillis() + 3000;
        long last = -2;
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < end) {
            long now = OnEdt.call(() -> barcode(player));
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

    private static long barcode(VlcMediaPlayer player) {
        return player.snapshot().map(FrameBarcode::read).orElse(OptionalInt.empty()).orElse(-1);
    }
}
