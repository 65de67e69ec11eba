package org.iprstudio.store;

import java.nio.file.Path;
import java.util.List;
import org.iprstudio.domain.Study;

/**
 * Where a study lives. Every call to {@link #apply} is one committed transaction: once it
 * returns, the change survives a crash; if it throws, nothing of it was written.
 */
public interface StudyStore extends AutoCloseable {

    Path location();

    /** Reads the whole study. */
    Study load();

    void apply(List<StudyChange> changes);

    /** Whether this store may be written (a study opened for reading only may not). */
    boolean writable();

    @Override
    void close();
}
