package org.iprstudio.media.vlc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.media.MediaProbe;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.Media;
import uk.co.caprica.vlcj.media.MediaEventAdapter;
import uk.co.caprica.vlcj.media.MediaParsedStatus;
import uk.co.caprica.vlcj.media.VideoTrackInfo;

/** Asks libVLC to parse a file (no playback, no display needed): duration, tracks, picture size. */
public final class VlcMediaProbe implements MediaProbe {
    private static final int PARSE_TIMEOUT_MS = 10_000;

    private final MediaPlayerFactory factory;

    VlcMediaProbe(MediaPlayerFactory factory) {
        this.factory = factory;
    }

    @Override
    public MediaInfo probe(Path file) {
        if (!Files.isRegularFile(file)) {
            return MediaInfo.failed("the file does not exist");
        }
        Media media = factory.media().newMedia(file.toAbsolutePath().toString());
        if (media == null) {
            return MediaInfo.failed("libVLC could not open it");
        }
        try {
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<MediaParsedStatus> status = new AtomicReference<>();
            media.events().addMediaEventListener(new MediaEventAdapter() {
                @Override
                public void mediaParsedChanged(Media m, MediaParsedStatus newStatus) {
                    status.set(newStatus); // no call back into libVLC from here (vlcj threading rule)
                    done.countDown();
                }
            });
            if (!media.parsing().parse(PARSE_TIMEOUT_MS)) {
                return MediaInfo.failed("libVLC refused to parse it");
            }
            if (!done.await(PARSE_TIMEOUT_MS + 2000L, TimeUnit.MILLISECONDS)) {
                return MediaInfo.failed("parsing took longer than " + PARSE_TIMEOUT_MS / 1000 + " s");
            }
            if (status.get() != MediaParsedStatus.DONE) {
                return MediaInfo.failed("libVLC could not parse it (" + status.get().name().toLowerCase() + ")");
            }
            long length = media.info().duration();
            int width = 0;
            int height = 0;
            var videos = media.info().videoTracks();
            for (VideoTrackInfo track : videos) {
                width = Math.max(width, track.width());
                height = Math.max(height, track.height());
            }
            int audios = media.info().audioTracks().size();
            return new MediaInfo(true, length > 0 ? MediaTime.ofMillis(length) : null, videos.size(), audios, width, height, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MediaInfo.failed("the check was interrupted");
        } finally {
            media.release();
        }
    }
}
