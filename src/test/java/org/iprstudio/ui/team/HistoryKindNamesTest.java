package org.iprstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iprstudio.domain.AuditKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Study > History names each kind of change in the window's language (the Norwegian window showed "coding", "undo"). */
class HistoryKindNamesTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void everyKindHasItsNameInEnglishAndNorwegian() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(HistoryDialog.kindName(AuditKind.CODING)).isEqualTo("coding");
        assertThat(HistoryDialog.kindName(AuditKind.UNDO)).isEqualTo("undo");
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        assertThat(HistoryDialog.kindName(AuditKind.CODING)).isEqualTo("koding");
        assertThat(HistoryDialog.kindName(AuditKind.UNDO)).isEqualTo("angre");
        for (AuditKind kind : AuditKind.values()) {
            Locale.setDefault(Locale.ENGLISH);
            String english = HistoryDialog.kindName(kind);
            Locale.setDefault(Locale.forLanguageTag("nb-NO"));
            assertThat(HistoryDialog.kindName(kind)).as(kind.name()).isNotBlank();
            assertThat(english).as(kind.name()).isEqualTo(kind.name().toLowerCase(Locale.ROOT)); // the English window as before
        }
    }
}
