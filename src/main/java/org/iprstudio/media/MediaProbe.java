package org.iprstudio.media;

import java.nio.file.Path;

/** Reads a media file's duration and tracks without playing it. */
public interface MediaProbe {
    MediaInfo probe(Path file);
}
