package org.iprstudio.media.vlc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.testing.MediaCorpus;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.factory.discovery.NativeDiscovery;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;

/**
 * What libVLC itself shows after a paused seek, without the player's logic ({@link PausedSeeks}):
 * a bare libVLC player on the video surface, paused, asked with {@code setTime} for frame n plus an
 * aim (ms into the frame, negative: before it), for n from 3 to 49 (every {@code -Dstep}-th). For
 * each seek it prints the frames read from the screen within 700 ms (the first one is the picture
 * before the seek). Media options (for example {@code :avcodec-threads=1}) go after the aims.
 * Measurements and what they showed: docs/benchmarks.md, "Player: paused seeks ... per codec".
 *
 * Run: xvfb-run -a mvn -q test-compile exec:java -Dexec.classpathScope=test -Dstep=1
 *      -Dexec.mainClass=org.iprstudio.media.vlc.PausedSeekProbe -Dexec.args="hevc-aac.mkv 100 50,-50 :avcodec-threads=1"
 * (arguments: a corpus file, the step between the n in ms, the aims, media options)
 */
public final class PausedSeekProbe {
    private PausedSeekProbe() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        long stepMs = Long.parseLong(args[1]);
        long[] aims = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        String[] options = args.length > 3 ? Arrays.copyOfRange(args, 3, args.length) : new String[0];
        MediaPlayerFactory factory = new MediaPlayerFactory(new NativeDiscovery(BoundedDiscoveryStrategy.fromEnvironment()),
                "--quiet", "--intf=dummy", "--no-snapshot-preview", "--no-osd", "--aout=adummy", "--no-spu");
        VideoSurface surface = new VideoSurface();
        EmbeddedMediaPlayer player = factory.mediaPlayers().newEmbeddedMediaPlayer();
        player.videoSurface().set(factory.videoSurfaces().newVideoSurface(surface.callbacks(), surface.callbacks(), true));
        player.media().play(MediaCorpus.file(name).toAbsolutePath().toString(), options);
        while (surface.framesSinceClear() == 0) {
            Thread.sleep(5);
        }
        player.controls().setPause(true);
        Thread.sleep(800);
        for (long aim : aims) {
            StringBuilder line = new StringBuilder("aim " + aim + ":");
            int exact = 0;
            int seeks = 0;
            for (int n = 3; n <= 49; n += Integer.getInteger("step", 2)) {
                player.controls().setTime(n * stepMs + aim);
                List<Integer> seen = new ArrayList<>();
                long end = System.currentTimeMillis() + 700;
                int last = -99;
                while (System.currentTimeMillis() < end) {
                    int frame = surface.copyOfFrame().map(FrameBarcode::read).orElse(OptionalInt.empty()).orElse(-1);
                    if (frame != last) {
                        seen.add(frame);
                        last = frame;
                    }
                    Thread.sleep(3);
                }
                seeks++;
                if (last == n * stepMs / MediaCorpus.FRAME_MS) {
                    exact++;
                }
                line.append(' ').append(n).append("->").append(seen.size() == 1 ? String.valueOf(seen.get(0)) : seen.toString());
            }
            System.out.println(line + "  | exact " + exact + " of " + seeks);
        }
        player.controls().stop();
        player.release();
        factory.release();
        System.exit(0);
    }
}
