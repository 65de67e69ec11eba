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
 * same barcode per 100 ms). For each file: 20 paused seeks to a random frame between 0.5 s and
 * 5 s (seed 2026), the frame on screen read once it has stayed the same for 400 ms, minus the
 * frame asked for; then 2.5 s of playing from 0.5 s, the picture's time (its barcode) against the
 * player's time every 100 ms.
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.CorpusSeekBenchmark
 */
public final class CorpusSeekBenchmark {
    private static final int SEEKS = 20;
    private static final List<String> FILES = List.of(MediaCorpus.SPACES_NON_ASCII, MediaCorpus.MKV_HEVC, MediaCorpus.WEBM_VP9_OPUS,
            MediaCorpus.AVI_MJPEG, MediaCorpus.MPEG2_PS);

    private CorpusSeekBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| file | paused seek: frame on screen minus frame asked (times) | playing: picture minus clock, median / max ms |");
        System.out.println("|---|---|---|");
        try (VlcRuntime vlc = VlcRuntime.start(true)) {
            for (String name : FILES) {
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
                    long target = 500 + random.nextInt(45) * MediaCorpus.FRAME_MS;
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
                System.out.println("| " + name + " | " + offsets + " | " + lag + " |");
                OnEdt.run(() -> {
                    player.close();
                    frame[0].dispose();
                });
            }
        }
        System.exit(0);
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
