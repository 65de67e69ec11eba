package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JSplitPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A divider the user moved is where they left it the next time, in a preferences node of the test's own. */
@Tag("gui")
class DividerMemoryGuiTest {
    private final Preferences node = Preferences.userRoot().node("org/iprstudio/test/dividers-" + java.util.UUID.randomUUID());
    private JFrame frame;

    @AfterEach
    void removeTheNode() throws Exception {
        GuiActionRunner.execute(() -> {
            if (frame != null) {
                frame.dispose();
            }
        });
        node.removeNode();
        node.flush();
    }

    private JSplitPane shownSplit() {
        return GuiActionRunner.execute(() -> {
            JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JLabel("left"), new JLabel("right"));
            split.setDividerLocation(100);
            new DividerMemory(node).remember("treeDivider", split);
            frame = new JFrame("dividers");
            frame.add(split);
            frame.setSize(800, 300);
            frame.setVisible(true);
            return split;
        });
    }

    @Test
    void aMovedDividerIsRestoredInTheNextWindow() {
        JSplitPane first = shownSplit();
        GuiActionRunner.execute(() -> first.setDividerLocation(333));
        GuiActionRunner.execute(() -> frame.dispose());
        new DividerMemory(node).flush();
        assertThat(node.getInt("treeDivider", -1)).isEqualTo(333);
        JSplitPane second = shownSplit();
        assertThat(GuiActionRunner.execute(second::getDividerLocation)).isEqualTo(333);
    }

    @Test
    void withNothingRememberedTheWindowsOwnPositionStays() {
        JSplitPane split = shownSplit();
        assertThat(GuiActionRunner.execute(split::getDividerLocation)).isEqualTo(100);
    }
}
