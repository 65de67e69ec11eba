package org.iprstudio.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JSplitPane;

/**
 * Remembers where the user left each divider of the main window, between runs, in the user's
 * preferences (java.util.prefs). A remembered position that no longer fits (a smaller screen) is
 * not used. The tests run with {@value #OFF_PROPERTY}=true, so no run leaks into another.
 */
final class DividerMemory {
    /** System property: "true" turns remembering off (the test suite sets it). */
    static final String OFF_PROPERTY = "iprstudio.layout.forget";
    private final Preferences node;

    DividerMemory(Preferences node) {
        this.node = node;
    }

    /** The main window's memory, or null when remembering is off. */
    static DividerMemory forMainWindow() {
        return Boolean.getBoolean(OFF_PROPERTY) ? null : new DividerMemory(Preferences.userRoot().node("org/iprstudio/ui/layout"));
    }

    /** Puts the divider where it was last left (if that still fits), then keeps noting where the user drags it. */
    void remember(String name, JSplitPane split) {
        int saved = node.getInt(name, -1);
        if (saved > 0) {
            split.setDividerLocation(saved);
        }
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> {
            int now = split.getDividerLocation();
            if (now > 0 && split.isShowing()) {
                node.putInt(name, now);
            }
        });
    }

    /** Writes the positions out now (closing the window). */
    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the layout is a convenience: a preferences store that cannot be written costs only the positions
        }
    }
}
