package org.iprstudio.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * SQLite's check of every page of a study file (PRAGMA quick_check) on a thread of its own, beside
 * the whole study's read. Started by the read, or earlier by the first change that must wait for it
 * (decision 0027: a change to a first look is written only to a file whose pages were checked).
 */
final class PageCheck {
    private final Path file;
    private final Connection checking;
    private SideRead<Boolean> running;

    PageCheck(Path file, Connection checking) {
        this.file = file;
        this.checking = checking;
    }

    /** Starts the check unless it has started. */
    synchronized void start() {
        if (running == null) {
            running = SideRead.start("study file check", () -> {
                StudyFileCheck.checkEveryPage(file, checking);
                return true;
            });
        }
    }

    /** Starts the check if need be and waits for it; throws what it found (a damaged page is a StoreException). */
    void await() throws SQLException {
        SideRead<Boolean> check;
        synchronized (this) {
            start();
            check = running;
        }
        check.result();
    }

    /** Waits for a check that has started, whatever it found (before its connection is closed). */
    void awaitQuietly() {
        SideRead<Boolean> check;
        synchronized (this) {
            check = running;
        }
        if (check != null) {
            try {
                check.result();
            } catch (SQLException | RuntimeException e) {
                // what the open reports is its own failure
            }
        }
    }
}
