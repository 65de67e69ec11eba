package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The last-resort error dialog must not promise that everything was saved: the action that failed may not have been. */
class UnexpectedErrorTextTest {
    @Test
    void theLastResortMessageSaysTheLastActionMayNotHaveBeenSaved() {
        String text = Texts.get("error.unexpected", "java.lang.IllegalStateException: example");
        assertThat(text).doesNotContain("every change was saved").contains("may not have been saved").contains("example");
    }
}
