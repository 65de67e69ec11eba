package org.iprstudio.robustness;

/** Bytes of a study file, compared as far as opening it may change them. */
final class StudyBytes {
    private StudyBytes() {
    }

    /**
     * Opening a study for writing switches it to SQLite's WAL journal, which sets two header bytes
     * (offsets 18 and 19, "file format write/read version") and counts one change in the header's
     * bookkeeping (the change counter at 24 and its copy at 92); nothing of the study changes with it.
     */
    static byte[] withoutJournalMode(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int offset : new int[] {18, 19, 24, 25, 26, 27, 92, 93, 94, 95}) {
            if (offset < copy.length) {
                copy[offset] = 0;
            }
        }
        return copy;
    }
}
