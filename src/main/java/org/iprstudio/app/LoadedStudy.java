package org.iprstudio.app;

import java.nio.file.Path;
import org.iprstudio.domain.Study;

/** A study read for looking at (not for changing), with the folder its media paths are relative to. */
public record LoadedStudy(Study study, Path origin, Path mediaFolder) {
}
