package org.iprstudio.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.iprstudio.domain.UserMessage;

/**
 * Which recordings libVLC 3 cannot show frame-exactly when paused, measured (docs/benchmarks.md,
 * "Player"; decision 0014): H.264, VP9 and MJPEG are exact; HEVC is not (libVLC shows only some
 * frames of a B-frame pyramid, so about half the paused seeks land 1-2 frames late), nor is an
 * MPEG program stream (.mpg, .vob: no index, so seeks land up to 7 frames off, a paused start can
 * rest on a grey picture, and while playing libVLC's clock runs about 0.6 s ahead of the picture,
 * so a recall mark is stored that much late). The player cannot fix either; the user is told
 * before coding such a file, and how to convert it.
 */
public final class FrameExactness {
    /** The MPEG pack start code a program stream begins with (ISO 13818-1): 00 00 01 BA. */
    private static final byte[] PACK_START = {0, 0, 1, (byte) 0xBA};

    private FrameExactness() {
    }

    /**
     * The caveat for a video whose picture is {@code codec} (libVLC's fourcc, may be null) in a
     * program stream or not; empty for the recordings that are frame-exact.
     */
    public static Optional<UserMessage> caveat(String codec, boolean programStream) {
        if (programStream) {
            return Optional.of(MediaMessages.of("caveat.notExact", MediaMessages.of("caveat.programStream")));
        }
        if (isHevc(codec)) {
            return Optional.of(MediaMessages.of("caveat.notExact", MediaMessages.of("caveat.hevc")));
        }
        return Optional.empty();
    }

    /** The short name of a kind of recording that is not frame-exact ("HEVC (H.265)"); empty for the exact ones. */
    public static Optional<UserMessage> kind(String codec, boolean programStream) {
        if (programStream) {
            return Optional.of(MediaMessages.of("caveat.kind.programStream"));
        }
        return isHevc(codec) ? Optional.of(MediaMessages.of("caveat.kind.hevc")) : Optional.empty();
    }

    /** What to do about it: convert to MP4 (H.264), as an ffmpeg command for {@code file}. */
    public static UserMessage advice(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String converted = (dot > 0 ? name.substring(0, dot) : name) + (name.toLowerCase(Locale.ROOT).endsWith(".mp4") ? "-h264.mp4" : ".mp4");
        return MediaMessages.of("caveat.convert", quoted(name), quoted(converted));
    }

    private static String quoted(String name) {
        return name.matches("[A-Za-z0-9._+-]+") ? name : "\"" + name + "\"";
    }

    static boolean isHevc(String codec) {
        if (codec == null) {
            return false;
        }
        String c = codec.strip().toLowerCase(Locale.ROOT);
        return c.equals("hevc") || c.equals("h265") || c.equals("hvc1") || c.equals("hev1") || c.equals("x265");
    }

    /** Whether the file is an MPEG program stream (it starts with a pack header), whatever its name. */
    public static boolean isProgramStream(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(PACK_START.length);
            return java.util.Arrays.equals(head, PACK_START);
        } catch (IOException e) {
            return false; // unreadable: the probe says so on its own
        }
    }
}
