package org.iprstudio.app;

import java.nio.file.Path;
import org.iprstudio.domain.MediaRef;

/**
 * Media are linked by path, relative to the study file's folder where the video lies inside it
 * (so a study folder can be moved or copied whole), absolute otherwise.
 */
public final class MediaPaths {
    private MediaPaths() {
    }

    public static Path resolve(Path studyFolder, MediaRef media) {
        Path path = Path.of(media.path());
        return (path.isAbsolute() ? path : studyFolder.resolve(path)).normalize();
    }

    /** The path to store for a video seen from a study folder. */
    public static String reference(Path studyFolder, Path video) {
        Path absoluteVideo = video.toAbsolutePath().normalize();
        Path folder = studyFolder.toAbsolutePath().normalize();
        if (absoluteVideo.startsWith(folder)) {
            return folder.relativize(absoluteVideo).toString().replace('\\', '/');
        }
        return absoluteVideo.toString();
    }

    /** The same video, referenced from another folder (used when a study file is written elsewhere). */
    public static MediaRef rebase(MediaRef media, Path fromFolder, Path toFolder) {
        return media.withPath(reference(toFolder, resolve(fromFolder, media)));
    }
}
