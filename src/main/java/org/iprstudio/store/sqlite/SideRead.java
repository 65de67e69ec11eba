package org.iprstudio.store.sqlite;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A part of a study read on a thread of its own, side by side with the rest; its problem is rethrown as it was when its result is taken. */
final class SideRead<T> {
    interface Part<T> {
        T read() throws SQLException;
    }

    private final CompletableFuture<T> outcome = new CompletableFuture<>();

    private SideRead() {
    }

    static <T> SideRead<T> start(String name, Part<T> part) {
        SideRead<T> side = new SideRead<>();
        Thread reader = new Thread(() -> {
            try {
                side.outcome.complete(part.read());
            } catch (Throwable e) { // handed to the taker, who reports it as the one-after-the-other read would
                side.outcome.completeExceptionally(e);
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return side;
    }

    /** Waits for the part and gives it, or throws what reading it threw. */
    T result() throws SQLException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return outcome.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the part must end before its connection may be closed
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SQLException sql) {
                        throw sql;
                    }
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for the part to end, whatever came of it (the rest of the read failed, and says why). */
    void awaitQuietly() {
        try {
            result();
        } catch (SQLException | RuntimeException | Error ignored) {
            // the first problem is the one reported
        }
    }
}
