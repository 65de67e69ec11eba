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
 * A large study is first read as a look at one session (decision 0026): the window takes that
 * service at once, and it becomes the whole study when the read beside it is done.
 */
final class PreloadedStudy {
    private final Path file;
    private final CompletableFuture<StudyService> reading;
    /** Taken on the reading thread of the open, discarded on the event thread: seen by both. */
    private volatile boolean taken;

    private PreloadedStudy(Path file, CompletableFuture<StudyService> reading, java.util.concurrent.CountDownLatch lookShown) {
        this.file = file;
        this.reading = reading;
        this.lookShown = lookShown;
    }

    static PreloadedStudy start(StudyFiles files, Path file) {
        return start(files, file, null);
    }

    /** The same, for a large study first showing the session labelled so ("D02/3"; null: the first in the tree). */
    static PreloadedStudy start(StudyFiles files, Path file, String session) {
        CompletableFuture<StudyService> reading = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch lookShown = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            CompletableFuture<StudyService.Opened> whole = new CompletableFuture<>();
            try {
                StudyService.Opened opened = StudyService.Opened.read(files.open(file, session, look -> {
                    reading.complete(StudyService.lookingFirst(file, look, whole));
                    awaitLookShown(lookShown); // the two cores go to showing it first; the whole is read after
                })); // a study that cannot be read gives its lock back at once
                whole.complete(opened);
                if (!reading.isDone()) {
                    reading.complete(new StudyService(opened)); // there was no look: the whole study
                }
            } catch (RuntimeException | Error e) {
                whole.completeExceptionally(e);
                reading.completeExceptionally(e);
            }
        }, "study preloader");
        reader.setDaemon(true);
        reader.start();
        return new PreloadedStudy(file, reading, lookShown);
    }

    /** Counted down once the first look is on show (or not wanted): the read of the whole study waits for it, a few seconds at most. */
    private final java.util.concurrent.CountDownLatch lookShown;

    private static void awaitLookShown(java.util.concurrent.CountDownLatch lookShown) {
        try {
            lookShown.await(LOOK_SHOWN_WITHIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The longest the whole study's read waits for the window to show the first look. */
    private static final int LOOK_SHOWN_WITHIN_SECONDS = 5;

    /** The window shows what it took (a first look, or the whole study): the read of the whole may use the cores. */
    void shown() {
        lookShown.countDown();
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

    /** Not wanted after all: the study, once read, is closed again (its lock released; a look's whole study too). */
    void discard() {
        lookShown.countDown();
        if (!taken) {
            taken = true;
            reading.thenAccept(StudyService::close);
        }
    }
}
