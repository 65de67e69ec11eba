package org.iprstudio.app.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.domain.Session;
import org.iprstudio.exchange.eaf.EafMedia;
import org.iprstudio.exchange.qdpx.QdpxWriter;

/** Where a session's video is, as the exported files link it: absolutely, and relative to where the export lands. */
final class MediaLinks {
    private MediaLinks() {
    }

    /** The video's absolute path, or null when the session has none. */
    static Path video(LoadedStudy loaded, Session session) {
        if (session.media() == null) {
            return null;
        }
        Path given = Path.of(session.media().path());
        return (given.isAbsolute() ? given : loaded.mediaFolder().resolve(given)).toAbsolutePath().normalize();
    }

    /** The video as a path relative to a folder, with forward slashes, e.g. ../alliance-demo/media/D01-S3.mp4. */
    static String relative(Path folder, Path video) {
        String path = folder.toAbsolutePath().normalize().relativize(video).toString().replace('\\', '/');
        return path.startsWith("../") ? path : "./" + path;
    }

    /** The same as a URI reference (spaces and the like percent-encoded). */
    static String relativeUri(Path folder, Path video) {
        try {
            return new URI(null, null, relative(folder, video), null).toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // on another drive there is no relative path; the absolute link remains
        }
    }

    /** The video for a .qdpx: relative to the base path when it lies below it. */
    static QdpxWriter.SessionMedia qdpx(LoadedStudy loaded, Session session, Path base) {
        Path video = video(loaded, session);
        if (video == null) {
            return null;
        }
        return new QdpxWriter.SessionMedia(video, video.startsWith(base) ? base.relativize(video).toString().replace('\\', '/') : null);
    }

    static EafMedia eaf(LoadedStudy loaded, Session session, Path eafFolder) {
        Path video = video(loaded, session);
        if (video == null) {
            return null;
        }
        return new EafMedia(video.toUri().toASCIIString(), relativeUri(eafFolder, video), EafMedia.mimeTypeOf(video.getFileName().toString()));
    }
}
