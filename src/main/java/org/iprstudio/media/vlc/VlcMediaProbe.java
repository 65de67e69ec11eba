package org.iprstudio.media.vlc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.media.DataExtent;
import org.iprstudio.media.FrameExactness;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.media.MediaMessages;
import org.iprstudio.media.MediaProbe;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.Media;
import uk.co.caprica.vlcj.media.MediaEventAdapter;
import uk.co.caprica.vlcj.media.MediaParsedStatus;
import uk.co.caprica.vlcj.media.VideoTrackInfo;

/**
 * Asks libVLC about a file: first its parse (no playback, no display needed: duration, tracks,
 * picture size), then a moment of silent, off-screen playback ({@link PlaybackCheck}) for what
 * the parse cannot tell. MPEG-2 program streams (.mpg from camcorders and DVDs) show their tracks
 * only once played; a video cut short still declares its full length, so playback near the end
 * shows whether the data is there.
 */
public final class VlcMediaProbe implements MediaProbe {
    private static final int PARSE_TIMEOUT_MS = 10_000;
    /** Data missing for less than this at the end is not called incomplete (the last second may be partly in the file). */
    private static final long EARLY_END_TOLERANCE_MS = 1_000;

    private final MediaPlayerFactory factory;

    /** Held while libVLC works for this probe, so that libVLC is not released under a parse (the runtime takes it to close). */
    private final java.util.concurrent.locks.Lock inUse;
    private final java.util.function.BooleanSupplier released;

    VlcMediaProbe(MediaPlayerFactory factory, java.util.concurrent.locks.Lock inUse, java.util.function.BooleanSupplier released) {
        this.factory = factory;
        this.inUse = inUse;
        this.released = released;
    }

    @Override
    public MediaInfo probe(Path file) {
        inUse.lock();
        try {
            return released.getAsBoolean() ? MediaInfo.failed(MediaMessages.of("probe.interrupted")) : probeWhileOpen(file);
        } finally {
            inUse.unlock();
        }
    }

    private MediaInfo probeWhileOpen(Path file) {
        if (!Files.isRegularFile(file)) {
            return MediaInfo.failed(MediaMessages.of("probe.noFile"));
        }
        try {
            if (Files.size(file) == 0) {
                return MediaInfo.failed(MediaMessages.of("probe.emptyFile"));
            }
            FrameExactness.Layout layout = FrameExactness.layoutOf(file);
            MediaInfo parsed = parse(file);
            if (!parsed.parsed()) {
                return parsed;
            }
            parsed = parsed.withVideoCodec(parsed.videoCodec(), layout);
            boolean tracksKnown = parsed.videoTracks() + parsed.audioTracks() > 0 && parsed.duration() != null;
            if (tracksKnown) {
                // exact where the file's own index tells (MP4, M4A, MOV, WAV); libVLC gives a cut WAV the length of what is left
                Optional<DataExtent.Cut> cut = DataExtent.cutShort(file);
                long declared = Math.max(parsed.duration().millis(), cut.map(DataExtent.Cut::declaredMillis).orElse(0L));
                if (cut.isPresent() && cut.get().endsAtMillis() < declared - EARLY_END_TOLERANCE_MS) {
                    return parsed.withProblem(MediaMessages.of("probe.endsEarly", about(cut.get().endsAtMillis()), about(declared)));
                }
            }
            if (tracksKnown && parsed.soundOnly()) {
                return parsed; // seeks in some sound formats (Vorbis in Ogg) land too far for an end check to be fair
            }
            PlaybackCheck.Outcome played = new PlaybackCheck(factory).run(file, true);
            MediaInfo info = parsed;
            if (!tracksKnown) {
                if (!played.started() || played.videoTracks() + played.audioTracks() == 0 || played.lengthMillis() <= 0) {
                    return parsed; // neither picture nor sound, or no duration: unplayableBecause says so
                }
                info = new MediaInfo(true, MediaTime.ofMillis(played.lengthMillis()), played.videoTracks(), played.audioTracks(),
                        played.width(), played.height(), null).withVideoCodec(played.videoCodec(), layout);
            }
            if (Boolean.FALSE.equals(played.endReached()) && !info.soundOnly()) {
                return info.withProblem(MediaMessages.of("probe.nothingPlaysAtEnd", about(info.duration().millis()), about(played.endCheckedAt())));
            }
            return info;
        } catch (java.io.IOException e) {
            return MediaInfo.failed(MediaMessages.of("probe.cannotRead", UserMessage.from(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MediaInfo.failed(MediaMessages.of("probe.interrupted"));
        }
    }

    /** Quick: the container's first bytes, else libVLC's parse for the codec (no playback). */
    @Override
    public Optional<UserMessage> notFrameExact(Path file) {
        inUse.lock();
        try {
            return released.getAsBoolean() ? Optional.empty() : notFrameExactWhileOpen(file);
        } finally {
            inUse.unlock();
        }
    }

    private Optional<UserMessage> notFrameExactWhileOpen(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        FrameExactness.Layout layout = FrameExactness.layoutOf(file);
        if (layout == FrameExactness.Layout.PROGRAM_STREAM) {
            return FrameExactness.kind(null, layout);
        }
        try {
            MediaInfo parsed = parse(file);
            return parsed.parsed() && parsed.videoTracks() > 0 ? FrameExactness.kind(parsed.videoCodec(), layout) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** libVLC's fourcc of the track's codec ("h264", "hevc", "mpgv"), trimmed; null when it has none. */
    static String codecOf(VideoTrackInfo track) {
        String name = track.codecName();
        if (name == null || name.isBlank()) {
            int fourcc = track.codec();
            if (fourcc == 0) {
                return null;
            }
            // libVLC's fourcc: the first letter in the lowest byte
            name = new String(new byte[] {(byte) fourcc, (byte) (fourcc >> 8), (byte) (fourcc >> 16), (byte) (fourcc >> 24)},
                    java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        String trimmed = name.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Whole seconds, as people say it: "0:34", "1:02:40". */
    private static String about(long millis) {
        return MediaTime.ofMillis(millis / 1000 * 1000).toShortClock();
    }

    private MediaInfo parse(Path file) throws InterruptedException {
        Media media = factory.media().newMedia(file.toAbsolutePath().toString());
        if (media == null) {
            return MediaInfo.failed(MediaMessages.of("probe.notOpened"));
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
                return MediaInfo.failed(MediaMessages.of("probe.parseRefused"));
            }
            if (!done.await(PARSE_TIMEOUT_MS + 2000L, TimeUnit.MILLISECONDS)) {
                return MediaInfo.failed(MediaMessages.of("probe.parseTimeout", PARSE_TIMEOUT_MS / 1000));
            }
            if (status.get() != MediaParsedStatus.DONE) {
                return MediaInfo.failed(MediaMessages.of("probe.parseFailed", status.get().name().toLowerCase()));
            }
            long length = media.info().duration();
            int width = 0;
            int height = 0;
            String codec = null;
            var videos = media.info().videoTracks();
            for (VideoTrackInfo track : videos) {
                width = Math.max(width, track.width());
                height = Math.max(height, track.height());
                codec = codec == null ? codecOf(track) : codec;
            }
            int audios = media.info().audioTracks().size();
            return new MediaInfo(true, length > 0 ? MediaTime.ofMillis(length) : null, videos.size(), audios, width, height, null, codec, null);
        } finally {
            media.release();
        }
    }
}
