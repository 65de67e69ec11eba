package org.iprstudio.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.swing.JFrame;
import javax.swing.JTextField;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.testing.OnEdt;
import org.iprstudio.ui.transcript.TranscriptPanel;

/**
 * Measures the transcript panel on a two-hour session with 3,000 cues (numbers go to
 * docs/benchmarks.md): building the text, following playback (one call per 40 ms of video, as the
 * player's time events come), and a search, each on the event thread in a shown window.
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.TranscriptBenchmark
 */
public final class TranscriptBenchmark {
    private static final int CUES = 3_000;
    private static final long LENGTH_MS = 2 * 3_600_000L;
    private static final String[] WORDS = ("i you we the a and but so it was is not know feel think said week work sleep mother "
            + "sorry angry tired maybe really just little time today again good bad hard easy").split(" ");

    private TranscriptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Transcript transcript = transcript(new Random(14));
        TranscriptPanel panel = OnEdt.call(TranscriptPanel::new);
        JFrame frame = OnEdt.call(() -> {
            JFrame f = new JFrame("transcript benchmark");
            f.add(panel);
            f.setSize(300, 600);
            f.setVisible(true);
            return f;
        });
        long[] build = new long[5];
        for (int i = 0; i < build.length; i++) {
            build[i] = OnEdt.call(() -> {
                long start = System.nanoTime();
                panel.setTranscript(transcript);
                return System.nanoTime() - start;
            });
        }
        System.out.printf("set the transcript (3,000 cues): median %.1f ms of %d%n", median(build) / 1e6, build.length);
        long layout = OnEdt.call(() -> {
            long start = System.nanoTime();
            panel.lineBounds(CUES - 1); // lays the whole text out, as the first paint does
            return System.nanoTime() - start;
        });
        System.out.printf("first layout of the text (300 px wide): %.1f ms%n", layout / 1e6);

        // playback: a time event every 40 ms of video through the whole session
        int ticks = (int) (LENGTH_MS / 40);
        long[] follow = OnEdt.call(() -> {
            long[] times = new long[ticks];
            for (int i = 0; i < ticks; i++) {
                long start = System.nanoTime();
                panel.setTime(MediaTime.ofMillis(i * 40L));
                times[i] = System.nanoTime() - start;
            }
            return times;
        });
        System.out.printf("follow playback: %d time events, median %.3f ms, 95th %.3f ms, 99.9th %.3f ms, max %.3f ms%n", ticks,
                percentile(follow, 50) / 1e6, percentile(follow, 95) / 1e6, percentile(follow, 99.9) / 1e6, percentile(follow, 100) / 1e6);

        JTextField search = OnEdt.call(() -> (JTextField) find(panel, "transcriptSearch"));
        for (String query : List.of("week", "sorry", "the", "xyzzy")) {
            long[] runs = new long[20];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = OnEdt.call(() -> {
                    search.setText("");
                    long start = System.nanoTime();
                    search.setText(query); // the search runs as the text changes
                    return System.nanoTime() - start;
                });
            }
            int hits = transcript.search(query).size();
            System.out.printf("search '%s' (%d lines): median %.2f ms, max %.2f ms%n", query, hits, median(runs) / 1e6, percentile(runs, 100) / 1e6);
        }
        OnEdt.run(frame::dispose);
        System.exit(0);
    }

    static Transcript transcript(Random random) {
        List<TranscriptCue> cues = new ArrayList<>();
        long step = LENGTH_MS / CUES;
        for (int i = 0; i < CUES; i++) {
            long start = i * step + random.nextInt(300);
            long end = start + step - 200 + (random.nextInt(10) == 0 ? 1_500 : 0); // one cue in ten overlaps the next
            StringBuilder text = new StringBuilder();
            for (int w = 3 + random.nextInt(20); w > 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w == 1 ? "." : " ");
            }
            cues.add(new TranscriptCue(MediaTime.ofMillis(start), MediaTime.ofMillis(Math.min(end, LENGTH_MS)), i % 2 == 0 ? "T" : "C", text.toString()));
        }
        return new Transcript(UUID.randomUUID(), "synthetic.vtt", cues, Map.of("T", Role.THERAPIST, "C", Role.CLIENT));
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static double median(long[] values) {
        return percentile(values, 50);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
