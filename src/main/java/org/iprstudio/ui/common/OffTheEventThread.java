package org.iprstudio.ui.common;

import java.awt.SecondaryLoop;
import java.awt.Toolkit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * Runs long work (reading a large study) on a thread of its own while the event thread goes on
 * painting and handling events, and returns its result to the caller as if it had run there: the
 * caller stays simple (one call, one result or exception) and the window does not freeze grey.
 * A caller must keep its own state consistent against what the user does meanwhile.
 */
public final class OffTheEventThread {
    private OffTheEventThread() {
    }

    /** The work's result, or its exception rethrown; called off the event thread, the work simply runs. */
    public static <T> T run(String name, Supplier<T> work) {
        if (!SwingUtilities.isEventDispatchThread()) {
            return work.get();
        }
        SecondaryLoop loop = Toolkit.getDefaultToolkit().getSystemEventQueue().createSecondaryLoop();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                loop.exit();
            }
        }, name);
        worker.setDaemon(true);
        worker.start();
        loop.enter(); // returns at once if the work was done before it
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        } else if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return result.get();
    }
}
