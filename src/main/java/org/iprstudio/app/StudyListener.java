package org.iprstudio.app;

import java.util.List;
import org.iprstudio.store.StudyChange;

/** Told after a change has been committed to the file and applied in memory. */
public interface StudyListener {
    void studyChanged(List<StudyChange> changes);
}
