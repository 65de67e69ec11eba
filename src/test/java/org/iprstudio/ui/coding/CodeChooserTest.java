package org.iprstudio.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * The code chooser beside the moment: a change that leaves the codebook as it was (a code applied)
 * leaves its list as it was, the user's highlighted code included; a renamed code shows at once;
 * and a code of a group is drawn as its name and dimmed group without an HTML view (the list
 * measured an HTML view a row after every coding: most of a coding click).
 */
class CodeChooserTest {
    private record Seen(int selectedAfterCoding, String firstRowAfterRename, boolean html, String shown) {
    }

    private static Component named(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof java.awt.Container container) {
            for (Component child : container.getComponents()) {
                Component found = named(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void anEditThatLeavesTheCodebookLeavesTheListAndAGroupedCodeIsDrawnWithoutHtml() throws Exception {
        Study demo = TestStudies.demo();
        AtomicReference<Study> study = new AtomicReference<>(demo);
        AtomicReference<Seen> seen = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            CodeChooser chooser = new CodeChooser(study::get, code -> { }, name -> { });
            chooser.refresh();
            @SuppressWarnings("unchecked")
            JList<Code> list = (JList<Code>) named(chooser, "codeMatches");
            list.setSelectedIndex(2);
            chooser.refresh(); // heard after a code was applied: the codebook is the same
            int selected = list.getSelectedIndex();
            Code first = list.getModel().getElementAt(0);
            demo.put(new Code(first.id(), first.parentId(), "AAA renamed", first.description(), first.colour(), first.retired()));
            chooser.refresh();
            String firstAfter = java.util.stream.IntStream.range(0, list.getModel().getSize()).mapToObj(i -> list.getModel().getElementAt(i))
                    .filter(c -> c.id().equals(first.id())).findFirst().orElseThrow().name();
            Code grouped = demo.codes().stream().filter(c -> c.parentId() != null).findFirst().orElseThrow();
            Component row = list.getCellRenderer().getListCellRendererComponent(list, grouped, 0, false, false);
            String group = ((Code) demo.find(grouped.parentId()).orElseThrow()).name();
            seen.set(new Seen(selected, firstAfter, ((JLabel) row).getText().startsWith("<html>"),
                    ((CodeRenderer) row).shownText() + "|" + grouped.name() + " \u00b7 " + group));
        });
        Seen s = seen.get();
        assertThat(s.selectedAfterCoding()).isEqualTo(2);
        assertThat(s.firstRowAfterRename()).isEqualTo("AAA renamed");
        assertThat(s.html()).isFalse();
        String[] shownAndExpected = s.shown().split("\\|");
        assertThat(shownAndExpected[0]).isEqualTo(shownAndExpected[1]);
    }
}
