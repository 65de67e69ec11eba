package org.iprstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file, read in blocks so a video of gigabytes needs no memory. */
public final class Checksums {
    private Checksums() {
    }

    public static String sha256(Path file) throws IOException {
        return sha256(file, (done, total) -> true);
    }

    /** Told how far the reading is; returns false to stop it. */
    public interface Progress {
        boolean proceed(long bytesRead, long totalBytes);
    }

    /** Thrown when {@link Progress#proceed} asked to stop. */
    public static final class Cancelled extends IOException {
        public Cancelled(Path file) {
            super("The checksum of " + file.getFileName() + " was cancelled.");
        }
    }

    /** The same, reporting progress after each block (a 4 GB video takes a while) and stopping when asked. */
    public static String sha256(Path file, Progress progress) throws IOException {
        long total = Files.size(file);
        long done = 0;
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                done += read;
                if (!progress.proceed(done, total)) {
                    throw new Cancelled(file);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
