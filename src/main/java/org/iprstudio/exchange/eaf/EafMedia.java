package org.iprstudio.exchange.eaf;

import java.util.Locale;

/**
 * The session video as an EAF links it: an absolute file URL (ELAN looks there first) and a URL
 * relative to the .eaf file (used when the folder moved), plus the MIME type ELAN expects.
 */
public record EafMedia(String url, String relativeUrl, String mimeType) {
    /** ELAN's MIME type for a media file name; "unknown" lets ELAN decide itself. */
    public static String mimeTypeOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".mp4") || name.endsWith(".m4v")) {
            return "video/mp4";
        }
        if (name.endsWith(".mov")) {
            return "video/quicktime";
        }
        if (name.endsWith(".mpg") || name.endsWith(".mpeg")) {
            return "video/mpeg";
        }
        if (name.endsWith(".wav")) {
            return "audio/x-wav";
        }
        if (name.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        return "unknown";
    }
}
