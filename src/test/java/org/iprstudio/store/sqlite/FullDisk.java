package org.iprstudio.store.sqlite;

import org.iprstudio.store.StudyStore;

/** For tests outside this package: makes a real SQLite study file meet "disk full" without filling a disk. */
public final class FullDisk {
    private FullDisk() {
    }

    /** Caps the file near its current size: small writes may still fit, larger ones fail as on a full disk. */
    public static void capNearCurrentSize(StudyStore store) {
        ((SqliteStudyStore) store).limitSizeForTest();
    }
}
