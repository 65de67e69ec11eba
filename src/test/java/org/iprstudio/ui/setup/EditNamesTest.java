package org.iprstudio.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.ResourceBundle;
import org.iprstudio.app.coding.EditKind;
import org.junit.jupiter.api.Test;

/** Edit menu names are looked up as "edit." + kind: a kind without one would throw when its edit is undone. */
class EditNamesTest {
    @Test
    void everyEditKindHasItsUndoName() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.iprstudio.ui.messages");
        assertThat(Arrays.stream(EditKind.values()).map(k -> "edit." + k.name())).allMatch(bundle::containsKey);
    }
}
