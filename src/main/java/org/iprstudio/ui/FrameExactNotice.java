package org.iprstudio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.SwingWorker;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.media.MediaProbe;

/**
 * A one-line notice above the picture when the video on show is of a kind whose frame steps and
 * marks are not exact (HEVC, an MPEG-2 program stream; media FrameExactness), as media-check and
 * linking say. Looked at off the Swing thread (a parse, no playback), once per file, size and
 * modification time. A warning already shown (a checksum that differs) says more: it stays.
 */
final class FrameExactNotice {
    private record Stamp(Path file, long size, long modified) {
    }

    private final Map<Stamp, Optional<UserMessage>> known = new ConcurrentHashMap<>();
    private final Supplier<MediaProbe> probes;
    private final PlayerPanel playerPanel;

    FrameExactNotice(Supplier<MediaProbe> probes, PlayerPanel playerPanel) {
        this.probes = probes;
        this.playerPanel = playerPanel;
    }

    /** Looks at {@code video} and shows the notice if it is still the one on show ({@code stillShown}, asked on the Swing thread). */
    void check(Path video, BooleanSupplier stillShown) {
        MediaProbe probe = probes.get();
        if (probe == null) {
            return; // no libVLC: no picture either
        }
        new SwingWorker<Optional<UserMessage>, Void>() {
            @Override
            protected Optional<UserMessage> doInBackground() throws Exception {
                Stamp stamp = new Stamp(video.toAbsolutePath().normalize(), Files.size(video), Files.getLastModifiedTime(video).toMillis());
                Optional<UserMessage> cached = known.get(stamp);
                if (cached != null) {
                    return cached;
                }
                Optional<UserMessage> kind = probe.notFrameExact(video);
                known.put(stamp, kind);
                return kind;
            }

            @Override
            protected void done() {
                try {
                    Optional<UserMessage> kind = get();
                    if (kind.isPresent() && stillShown.getAsBoolean() && playerPanel.warningText() == null) {
                        playerPanel.showWarning(Texts.get("player.caveat", video.getFileName(), kind.get()));
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    // unreadable now: playing it will say what is wrong
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
