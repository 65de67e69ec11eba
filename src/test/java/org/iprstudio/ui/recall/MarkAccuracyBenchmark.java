package org.iprstudio.ui.recall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Role;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.vlc.VlcMediaPlayer;
import org.iprstudio.media.vlc.VlcRuntime;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.OnEdt;

/**
 * How exact is a mark? The recall screen's own stop action, at 50 random points of a playing demo
 * video, against the frame that was on screen at that instant (read from its barcode).
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.ui.recall.MarkAccuracyBenchmark
 */
public final class MarkAccuracyBenchmark {
    private static final int MARKS = 50;
    private static final long FRAME_MS = 100;

    private MarkAccuracyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("mark-accuracy");
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, data.toString());
        SqliteStudyFiles files = new SqliteStudyFiles();
        try (StudyService service = new StudyService(files.open(new DemoStudy(files).install(false)));
             VlcRuntime vlc = VlcRuntime.start(true)) {
            RecallSetup setup = new RecallSetup(service);
            setup.setPassphrase("benchmark".toCharArray());
            var request = org.iprstudio.app.RecallRequest.ofDyadMember(service.study().sessionByLabel("D01/3").orElseThrow(), Role.CLIENT, null, null);
            RecallSession recall = ((org.iprstudio.app.RecallStart.Opened) setup.start(request.resumingDone())).recall();
            VlcMediaPlayer player = OnEdt.call(vlc::newPlayer);
            RecallScreen screen = OnEdt.call(() -> new RecallScreen(recall, player, () -> { }));
            waitUntil(() -> OnEdt.call(() -> player.duration().isPresent()), 10_000);
            Random random = new Random(2026);
            Map<Long, Integer> offsets = new TreeMap<>();
            long worst = 0;
            for (int i = 0; i < MARKS; i++) {
                long start = 60_000 + random.nextInt(2_800_000);
                OnEdt.run(() -> player.seek(MediaTime.ofMillis(start)));
                OnEdt.run(player::play);
                Thread.sleep(800 + random.nextInt(2500));
                long[] sample = OnEdt.call(() -> {
                    OptionalInt shown = player.snapshot().map(FrameBarcode::read).orElse(OptionalInt.empty());
                    int before = recall.moments().size();
                    screen.stopHere(Initiator.PARTICIPANT); // the recall screen's own mark action
                    Moment made = recall.moments().stream().filter(m -> m.comment().isEmpty() && m.createdAt().isAfter(java.time.Instant.now().minusSeconds(5)))
                            .max(java.util.Comparator.comparing(Moment::createdAt)).orElseThrow();
                    return new long[] {shown.orElse(-1), made.anchor().millis(), recall.moments().size() - before};
                });
                if (sample[0] < 0) {
                    System.out.println("frame not readable at mark " + i);
                    continue;
                }
                long frameOfMark = Math.floorDiv(sample[1], FRAME_MS);
                long offset = frameOfMark - sample[0];
                offsets.merge(offset, 1, Integer::sum);
                worst = Math.max(worst, Math.abs(offset));
            }
            System.out.println("| mark minus frame on screen (frames of 100 ms) | marks |");
            System.out.println("|---:|---:|");
            offsets.forEach((offset, count) -> System.out.printf("| %+d | %d |%n", offset, count));
            System.out.println("worst: " + worst + " frame(s)");
            OnEdt.run(() -> {
                player.close();
                screen.dispose();
            });
        }
        System.exit(0);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Check check, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!check.ok()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(10);
        }
    }
}
