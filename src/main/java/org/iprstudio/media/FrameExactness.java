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
 * so a recall mark is stored that much late), nor H.264 with B-frames (measured as HEVC: libVLC
 * shows only some frames of each group; the MP4's composition offsets tell). The player cannot
 * fix these; the user is told before coding such a file, and how to convert it.
 */
public final class FrameExactness {
    /** The MPEG pack start code a program stream begins with (ISO 13818-1): 00 00 01 BA. */
    private static final byte[] PACK_START = {0, 0, 1, (byte) 0xBA};

    private FrameExactness() {
    }

    /** What the file's container says that matters here: a program stream, or video frames stored out of display order. */
    public enum Layout {
        PLAIN, PROGRAM_STREAM, REORDERED_FRAMES
    }

    /** The layout of a file, from its first bytes (a program stream) or its MP4 boxes (B-frames); quick, nothing decoded. */
    public static Layout layoutOf(Path file) {
        if (isProgramStream(file)) {
            return Layout.PROGRAM_STREAM;
        }
        return Mp4Reordering.videoFramesReordered(file) ? Layout.REORDERED_FRAMES : Layout.PLAIN;
    }

    /**
     * The caveat for a video whose picture is {@code codec} (libVLC's fourcc, may be null) in a
     * program stream or not; empty for the recordings that are frame-exact.
     */
    public static Optional<UserMessage> caveat(String codec, boolean programStream) {
        return caveat(codec, programStream ? Layout.PROGRAM_STREAM : Layout.PLAIN);
    }

    /** The same for a file of this layout: H.264 with B-frames is no more exact than HEVC (measured, docs/benchmarks.md). */
    public static Optional<UserMessage> caveat(String codec, Layout layout) {
        return reason(codec, layout).map(reason -> MediaMessages.of("caveat.notExact", MediaMessages.of("caveat." + reason)));
    }

    /** The short name of a kind of recording that is not frame-exact ("HEVC (H.265)"); empty for the exact ones. */
    public static Optional<UserMessage> kind(String codec, boolean programStream) {
        return kind(codec, programStream ? Layout.PROGRAM_STREAM : Layout.PLAIN);
    }

    public static Optional<UserMessage> kind(String codec, Layout layout) {
        return reason(codec, layout).map(reason -> MediaMessages.of("caveat.kind." + reason));
    }

    /** The message key's last part for why a recording is not exact, if it is not. */
    private static Optional<String> reason(String codec, Layout layout) {
        if (layout == Layout.PROGRAM_STREAM) {
            return Optional.of("programStream");
        }
        if (isHevc(codec)) {
            return Optional.of("hevc");
        }
        if (layout == Layout.REORDERED_FRAMES && isH264(codec)) {
            return Optional.of("h264BFrames");
        }
        return Optional.empty();
    }

    static boolean isH264(String codec) {
        if (codec == null) {
            return false;
        }
        String c = codec.strip().toLowerCase(Locale.ROOT);
        return c.equals("h264") || c.equals("avc1") || c.equals("avc3") || c.equals("x264");
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
