package org.iprstudio.app.export;

/** Progress of a long export, and the user's way to stop it (a dialog's Cancel); the command line uses {@link #NONE}. */
public interface Cancellation {
    Cancellation NONE = new Cancellation() {
        @Override
        public void progress(int done, int total, String what) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called from the working thread: {@code done} of {@code total} steps, and what comes next. */
    void progress(int done, int total, String what);

    boolean cancelled();
}
