package org.iprstudio.ui.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.iprstudio.app.RecallInfo;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.Role;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The recall form offers the intensity points the study's protocol has, with the study's labels. */
class MomentFormScaleTest {
    private static List<JToggleButton> intensityButtons(Container root) {
        List<JToggleButton> found = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (c instanceof JToggleButton b && b.getName() != null && b.getName().startsWith("intensity")) {
                found.add(b);
            } else if (c instanceof Container inner) {
                found.addAll(intensityButtons(inner));
            }
        }
        return found;
    }

    @Test
    void aThreePointScaleGivesThreeButtonsWithTheStudysLabels() throws Exception {
        RatingScale three = RatingScale.intensity().withPoints(3).withLabels(List.of("weak", "", "overwhelming"));
        RecallInfo info = new RecallInfo(Role.CLIENT, "C01", "D01", 3, List.of(), RatingScale.helpfulness(), three, List.of(), Optional.empty(),
                Optional.empty());
        TestStudies t = new TestStudies();
        Moment rated = t.moment(t.clientPass, "01:00", 6, "x").withIntensity(2);
        AtomicReference<List<JToggleButton>> buttons = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            MomentForm form = new MomentForm(info, new java.awt.Font("Dialog", java.awt.Font.PLAIN, 14), m -> true);
            form.setMoment(rated);
            buttons.set(intensityButtons(form));
        });
        assertThat(buttons.get()).extracting(JToggleButton::getText).containsExactly("1", "2", "3");
        assertThat(buttons.get()).extracting(JToggleButton::getToolTipText).containsExactly("weak", null, "overwhelming");
        assertThat(buttons.get().get(1).isSelected()).isTrue();
    }
}
