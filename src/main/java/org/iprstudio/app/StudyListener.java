package org.iprstudio.app;

import java.util.List;
import org.iprstudio.store.StudyChange;

/** Told after a change has been committed to the file and applied in memory. */
public interface StudyListener {
    void studyChanged(List<StudyChange> changes);

    /**
     * A study shown first by a look at one session is now read whole (decision 0026): what shows the
     * study shows it afresh. Told on the thread that asked for the whole study first, usually the event thread.
     */
    default void wholeStudyRead() {
    }
}
