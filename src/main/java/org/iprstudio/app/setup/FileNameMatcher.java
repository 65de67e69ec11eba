package org.iprstudio.app.setup;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the dyad and session of a recording from its file name: D01-S3.mp4, d01_s3.mov,
 * "Dyad 01 session 3.mp4", dyad1-sess05.mkv. A name that matches nothing gets no guess: the
 * researcher decides, never the program alone.
 */
public final class FileNameMatcher {
    /** Video files libVLC plays that cameras and phones write. */
    public static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "avi", "webm", "mpg", "mpeg", "wmv", "mts", "3gp");
    /** Sound-only recordings: many IPR studies record only sound. */
    public static final Set<String> AUDIO_EXTENSIONS = Set.of("m4a", "wav", "mp3", "ogg", "oga", "flac", "aac", "opus", "wma");

    /** "d", "dy" or "dyad", a number; then "s", "ses", "sess" or "session", a number; any separators between. */
    private static final Pattern NAME = Pattern.compile(
            "(?<![a-z])(?:dyad|dy|d)[\\s_.,-]*0*(\\d{1,3})[\\s_.,-]*(?:session|sess|ses|s)[\\s_.,-]*0*(\\d{1,3})(?!\\d)");

    private FileNameMatcher() {
    }

    /** A guess: the dyad code as the study writes it (D01) and the session number. */
    public record Match(String dyadCode, int sessionNumber) {
    }

    public static Optional<Match> match(String fileName) {
        String stem = stem(fileName).toLowerCase(Locale.ROOT);
        Matcher m = NAME.matcher(stem);
        if (!m.find()) {
            return Optional.empty();
        }
        int dyad = Integer.parseInt(m.group(1));
        int session = Integer.parseInt(m.group(2));
        if (dyad == 0 || session == 0) {
            return Optional.empty();
        }
        return Optional.of(new Match(String.format(Locale.ROOT, "D%02d", dyad), session));
    }

    public static boolean isRecording(String fileName) {
        String ext = extension(fileName);
        return VIDEO_EXTENSIONS.contains(ext) || AUDIO_EXTENSIONS.contains(ext);
    }

    public static boolean isSoundOnly(String fileName) {
        return AUDIO_EXTENSIONS.contains(extension(fileName));
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
