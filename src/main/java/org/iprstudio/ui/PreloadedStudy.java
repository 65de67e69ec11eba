package org.iprstudio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.iprstudio.app.StudyService;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.StudyStore;

/**
 * The study file named at the program's start, read on a thread of its own while the window is
 * built (the look, libVLC's player, the menus, the question who is working): on a large study the
 * read takes seconds, and the window's construction need not wait for it, nor it for the window.
 * The window takes it when it opens that file; nothing of Swing is touched on the reading thread.
 */
final class PreloadedStudy {
    private final Path file;
    private final CompletableFuture<StudyService> reading;
    /** Taken on the reading thread of the open, discarded on the event thread: seen by both. */
    private volatile boolean taken;

    private PreloadedStudy(Path file, CompletableFuture<StudyService> reading) {
        this.file = file;
        this.reading = reading;
    }

    static PreloadedStudy start(StudyFiles files, Path file) {
        CompletableFuture<StudyService> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                StudyStore store = files.open(file);
                try {
                    reading.complete(new StudyService(store));
                } catch (RuntimeException e) {
                    store.close(); // a study that cannot be read gives its lock back at once
                    throw e;
                }
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "study preloader");
        reader.setDaemon(true);
        reader.start();
        return new PreloadedStudy(file, reading);
    }

    /** Whether this is the file asked for (by its identity on disk when both exist). */
    boolean isFor(Path asked) {
        try {
            return Files.isSameFile(file, asked);
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().normalize().equals(asked.toAbsolutePath().normalize());
        }
    }

    /** Waits for the read and hands the study over, or throws what the read threw (a StoreException, usually). */
    StudyService take() {
        taken = true;
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Not wanted after all: the study, once read, is closed again (its lock released). */
    void discard() {
        if (!taken) {
            taken = true;
            reading.thenAccept(StudyService::close);
        }
    }
}
