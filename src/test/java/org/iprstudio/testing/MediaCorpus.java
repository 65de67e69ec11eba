package org.iprstudio.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The kinds of media researchers really bring, made with ffmpeg at test time (nothing binary is
 * committed): other codecs and containers, a rotated phone video, variable frame rate, sound only,
 * files cut short, and a name with spaces and non-ASCII letters. Each video carries the frame
 * barcode of the demo videos ({@link org.iprstudio.media.FrameBarcode}: 320x180, 10 fps, frame
 * n starts at n x 100 ms) so a test can read which frame is on screen.
 *
 * <p>Files are made once into target/media-corpus-vN (N changes with the recipes) and reused by
 * later test runs; each is written under a temporary name and moved into place, so an interrupted
 * run never leaves a half-made file that looks finished.
 */
public final class MediaCorpus {
    /** Bump when a recipe changes, so old files are not reused. */
    private static final int VERSION = 4;
    public static final long FRAME_MS = 100;
    /** Seconds of the ordinary clips. */
    public static final int SECONDS = 6;
    /** Seconds of the clip that is then cut short. */
    public static final int LONG_SECONDS = 20;

    public static final String WEBM_VP9_OPUS = "vp9-opus.webm";
    public static final String AVI_MJPEG = "mjpeg-pcm.avi";
    public static final String MKV_HEVC = "hevc-aac.mkv";
    /** What a camera or x264's defaults write: H.264 with B-frames in a pyramid (not in VIDEOS: it is not frame-exact). */
    public static final String H264_BFRAMES = "h264-bframes.mp4";
    public static final String MPEG2_PS = "camcorder-mpeg2.mpg";
    public static final String PORTRAIT_PHONE = "phone-portrait-rotate90.mp4";
    public static final String VFR_NO_AUDIO = "vfr-no-audio.mp4";
    public static final String SPACES_NON_ASCII = "Sitzung 3 – Ærø Çağrı.mp4";
    public static final String AUDIO_M4A = "sound-only.m4a";
    public static final String AUDIO_WAV = "sound-only.wav";
    public static final String AUDIO_MP3 = "sound-only.mp3";
    public static final String AUDIO_OGG = "sound-only.ogg";
    public static final String CUT_FASTSTART_MP4 = "cut-index-at-front.mp4";
    public static final String CUT_INDEX_AT_END_MP4 = "cut-index-at-end.mp4";
    public static final String CUT_MKV = "cut-hevc.mkv";
    public static final String CUT_M4A = "cut-sound.m4a";
    public static final String CUT_WAV = "cut-sound.wav";
    public static final String EMPTY = "empty.mp4";
    public static final String RANDOM_BYTES = "random-bytes.mp4";

    /** The playable videos (picture and, except the VFR one, sound). */
    public static final List<String> VIDEOS = List.of(WEBM_VP9_OPUS, AVI_MJPEG, MKV_HEVC, MPEG2_PS, PORTRAIT_PHONE, VFR_NO_AUDIO, SPACES_NON_ASCII);
    public static final List<String> AUDIO = List.of(AUDIO_M4A, AUDIO_WAV, AUDIO_MP3, AUDIO_OGG);
    public static final List<String> BROKEN = List.of(CUT_FASTSTART_MP4, CUT_INDEX_AT_END_MP4, CUT_MKV, CUT_M4A, CUT_WAV, EMPTY, RANDOM_BYTES);

    private static final Path FOLDER = Path.of("target", "media-corpus-v" + VERSION).toAbsolutePath();

    private MediaCorpus() {
    }

    /** The file, made now if this or an earlier run has not made it yet. */
    public static synchronized Path file(String name) {
        Path target = FOLDER.resolve(name);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            Files.createDirectories(FOLDER);
            Path part = FOLDER.resolve(".part-" + Math.abs(name.hashCode()) + extensionOf(name));
            Files.deleteIfExists(part);
            make(name, part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not make the test file " + name + ": " + e.getMessage(), e);
        }
    }

    private static String extensionOf(String name) {
        return name.substring(name.lastIndexOf('.'));
    }

    private static void make(String name, Path out) throws IOException {
        switch (name) {
            case WEBM_VP9_OPUS -> ffmpeg(withSound(SECONDS), List.of("-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k",
                    "-g", "10", "-c:a", "libopus", "-b:a", "32k"), out);
            case AVI_MJPEG -> ffmpeg(withSound(SECONDS), List.of("-c:v", "mjpeg", "-q:v", "3", "-pix_fmt", "yuvj420p", "-c:a", "pcm_s16le"), out);
            case MKV_HEVC -> ffmpeg(withSound(SECONDS), hevc(), out);
            case H264_BFRAMES -> ffmpeg(withSound(SECONDS), List.of("-c:v", "libx264", "-preset", "veryfast", "-bf", "3", "-g", "10", "-c:a", "aac",
                    "-b:a", "32k"), out);
            // what old camcorders and DVD rips write: an MPEG-2 program stream, 25 fps with B-frames, and MPEG audio (the barcode's 10 fps frames each last 2.5 of these)
            case MPEG2_PS -> ffmpeg(withSound(SECONDS), List.of("-r", "25", "-c:v", "mpeg2video", "-b:v", "800k", "-g", "12", "-bf", "2", "-c:a", "mp2", "-b:a", "128k",
                    "-ar", "48000", "-f", "vob"), out);
            // stored landscape, shown portrait: phones write a rotation tag instead of turning the picture
            // (this ffmpeg writes the tag only when copying, not when encoding)
            case PORTRAIT_PHONE -> {
                Path plain = out.resolveSibling(out.getFileName() + ".plain.mp4");
                try {
                    ffmpeg(withSound(SECONDS), h264Aac(), plain);
                    ffmpeg(List.of("-i", plain.toString()), List.of("-c", "copy", "-metadata:s:v:0", "rotate=90"), out);
                } finally {
                    Files.deleteIfExists(plain);
                }
            }
            // 10 fps for 3 s, then 5 fps: frame n of the barcode keeps its number, its time stretches
            case VFR_NO_AUDIO -> ffmpeg(pictureOnly(SECONDS), List.of("-vf", "setpts='if(lt(N,30),N/10,3+(N-30)/5)/TB'", "-fps_mode", "vfr",
                    "-c:v", "libx264", "-preset", "ultrafast", "-g", "10", "-an"), out);
            case SPACES_NON_ASCII -> ffmpeg(withSound(SECONDS), h264Aac(), out);
            case AUDIO_M4A -> ffmpeg(soundOnly(SECONDS), List.of("-c:a", "aac", "-b:a", "32k"), out);
            case AUDIO_WAV -> ffmpeg(soundOnly(SECONDS), List.of("-c:a", "pcm_s16le"), out);
            case AUDIO_MP3 -> ffmpeg(soundOnly(SECONDS), List.of("-c:a", "libmp3lame", "-b:a", "64k"), out);
            case AUDIO_OGG -> ffmpeg(soundOnly(SECONDS), List.of("-c:a", "libvorbis", "-q:a", "2"), out);
            case CUT_FASTSTART_MP4 -> cut(withSound(LONG_SECONDS), withFaststart(h264Aac()), out, 0.4);
            case CUT_INDEX_AT_END_MP4 -> cut(withSound(LONG_SECONDS), h264Aac(), out, 0.4);
            case CUT_MKV -> cut(withSound(LONG_SECONDS), hevc(), out, 0.4);
            case CUT_M4A -> cut(soundOnly(LONG_SECONDS), List.of("-c:a", "aac", "-b:a", "32k", "-movflags", "+faststart"), out, 0.4);
            case CUT_WAV -> cut(soundOnly(LONG_SECONDS), List.of("-c:a", "pcm_s16le"), out, 0.4);
            case EMPTY -> Files.write(out, new byte[0]);
            case RANDOM_BYTES -> {
                byte[] noise = new byte[200_000];
                new Random(11).nextBytes(noise);
                Files.write(out, noise);
            }
            default -> throw new IllegalArgumentException("no recipe for " + name);
        }
    }

    private static List<String> h264Aac() {
        return List.of("-c:v", "libx264", "-preset", "ultrafast", "-g", "10", "-c:a", "aac", "-b:a", "32k");
    }

    private static List<String> hevc() {
        return List.of("-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "keyint=10:min-keyint=10:log-level=error", "-c:a", "aac", "-b:a", "32k");
    }

    private static List<String> withFaststart(List<String> codecs) {
        List<String> all = new ArrayList<>(codecs);
        all.addAll(List.of("-movflags", "+faststart"));
        return all;
    }

    /** The barcode picture (as the demo videos have it) over a plain field, with a tone. */
    private static List<String> withSound(int seconds) {
        List<String> in = new ArrayList<>(pictureOnly(seconds));
        in.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + seconds));
        return in;
    }

    private static List<String> pictureOnly(int seconds) {
        String src = "r=10:d=" + seconds;
        String graph = "color=c=0x2E4A66:s=320x164:" + src + ",format=yuv420p[top];"
                + "color=c=black:s=320x16:" + src + ",format=yuv420p,geq=lum='" + barcode() + "':cb=128:cr=128[bar];"
                + "[top][bar]vstack=inputs=2,format=yuv420p";
        return List.of("-f", "lavfi", "-i", graph);
    }

    private static List<String> soundOnly(int seconds) {
        // a tone with a little noise: real recordings are never as compressible as a pure tone (which made 2 KB/s Vorbis pages that libVLC cannot seek in)
        return List.of("-f", "lavfi", "-i", "aevalsrc='0.4*sin(2*PI*330*t)+0.1*(random(0)-0.5)':s=44100:d=" + seconds);
    }

    /** The demo videos' barcode (sample-projects/alliance-demo/media/make-media.sh): bit i in block i, block 15 even parity. */
    private static String barcode() {
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            sum.append(i == 0 ? "" : "+").append("mod(floor(N/").append(1 << i).append("),2)");
        }
        return "if(lt(X,300),if(mod(floor(N/pow(2,floor(X/20))),2),235,16),if(mod(" + sum + ",2),235,16))";
    }

    /** Makes the whole file, then keeps only the first {@code share} of its bytes (a copy that stopped part way). */
    private static void cut(List<String> inputs, List<String> codecs, Path out, double share) throws IOException {
        Path whole = out.resolveSibling(out.getFileName() + ".whole" + extensionOf(out.getFileName().toString()));
        try {
            ffmpeg(inputs, codecs, whole);
            long keep = (long) (Files.size(whole) * share);
            try (InputStream from = Files.newInputStream(whole); OutputStream to = Files.newOutputStream(out)) {
                byte[] buffer = new byte[64 * 1024];
                long left = keep;
                while (left > 0) {
                    int n = from.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    to.write(buffer, 0, n);
                    left -= n;
                }
            }
        } finally {
            Files.deleteIfExists(whole);
        }
    }

    private static void ffmpeg(List<String> inputs, List<String> codecs, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(inputs);
        command.addAll(codecs);
        command.add(out.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("ffmpeg is not installed (sudo apt-get install ffmpeg; .ci/run installs it)", e);
        }
        process.getOutputStream().close();
        byte[] log = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg took longer than 120 s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("ffmpeg failed: " + String.join(" ", command) + "\n" + new String(log));
        }
    }

    /** Every file of the corpus, made if need be, by name. */
    public static Map<String, Path> all() {
        Map<String, Path> files = new LinkedHashMap<>();
        for (List<String> group : List.of(VIDEOS, AUDIO, BROKEN)) {
            for (String name : group) {
                files.put(name, file(name));
            }
        }
        return files;
    }
}
