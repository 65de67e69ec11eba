package org.iprstudio.app;

import java.nio.file.Path;
import org.iprstudio.domain.StudyOutline;

/** A study's outline (its structure and moment counts) and where it was read from. */
public record LoadedOutline(StudyOutline outline, Path origin, Path mediaFolder) {
}
