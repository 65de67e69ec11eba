package org.iprstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iprstudio.app.Checksums;

/** The checksums of the videos shown, each file hashed once for as long as its size and modification time stay the same. */
final class VideoChecksums {
    private record Stamp(Path file, long size, long modified) {
    }

    private final Map<Stamp, String> known = new ConcurrentHashMap<>();

    /** Called off the Swing thread: hashing a video takes a while. */
    String of(Path video) throws IOException {
        Stamp stamp = new Stamp(video.toAbsolutePath().normalize(), Files.size(video), Files.getLastModifiedTime(video).toMillis());
        String cached = known.get(stamp);
        if (cached != null) {
            return cached;
        }
        String sum = Checksums.sha256(video);
        known.put(stamp, sum);
        return sum;
    }
}
