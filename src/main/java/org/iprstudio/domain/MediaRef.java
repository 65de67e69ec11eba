package org.iprstudio.domain;

import java.util.Locale;

/**
 * Where a session's video is, and how to know it is the same video: a path (relative to the
 * study file where possible, so a study folder can move), its SHA-256 and its duration.
 * The video itself is never copied into the study: it is sensitive and large.
 */
public record MediaRef(String path, String sha256, MediaTime duration) {
    public MediaRef {
        path = Require.text(path, "what.pathSessionVideo");
        if (sha256 != null && !sha256.isBlank()) {
            sha256 = sha256.strip().toLowerCase(Locale.ROOT);
            Require.that(sha256.matches("[0-9a-f]{64}"), "mediaRef.shaChecksumHexadecimalDigits", sha256);
        } else {
            sha256 = null;
        }
        Require.that(duration == null || duration.millis() > 0, "mediaRef.sessionVideoMustLast");
    }

    public MediaRef withPath(String newPath) {
        return new MediaRef(newPath, sha256, duration);
    }
}
