package org.iprstudio.ui.coding;

import java.awt.event.HierarchyEvent;
import javax.swing.JComponent;

/**
 * Rebuilds a panel when the study changes, but only if the panel is on screen; otherwise when it
 * next appears. Tabs not looked at cost nothing, and nothing is recomputed behind a recall screen.
 */
public final class ShownReload {
    private final JComponent panel;
    private final Runnable reload;
    private boolean stale = true;

    /** Rebuilds the panel after every change of the study (and, if asked, of the session on show). */
    public static void attach(JComponent panel, CodingModel model, boolean alsoOnSessionChange, Runnable reload) {
        ShownReload shown = new ShownReload(panel, reload);
        model.addListener(new CodingModel.Listener() {
            @Override
            public void studyChanged() {
                shown.request();
            }

            @Override
            public void sessionChanged() {
                if (alsoOnSessionChange) {
                    shown.request();
                }
            }
        });
    }

    private ShownReload(JComponent panel, Runnable reload) {
        this.panel = panel;
        this.reload = reload;
        panel.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && panel.isShowing() && stale) {
                run();
            }
        });
    }

    /** The study changed: rebuild now if on screen, else when shown. */
    void request() {
        if (panel.isShowing()) {
            run();
        } else {
            stale = true;
        }
    }

    private void run() {
        stale = false;
        reload.run();
    }
}
