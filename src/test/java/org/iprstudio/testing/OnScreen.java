package org.iprstudio.testing;

import java.awt.Dimension;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/** Shows a test's window where the whole of it fits on the screen. */
public final class OnScreen {
    private OnScreen() {
    }

    /**
     * AssertJ-Swing shows a frame at (100, 100). A window manager pushes a frame that would stick
     * out of the screen back onto it without Java hearing of the move, so every robot click would
     * land that far beside its target; at the top left corner nothing needs moving.
     */
    public static void show(FrameFixture window, Dimension size) {
        window.show(size);
        GuiActionRunner.execute(() -> window.target().setLocation(0, 0));
        window.robot().waitForIdle();
    }
}
