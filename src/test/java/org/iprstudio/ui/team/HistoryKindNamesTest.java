package org.iprstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iprstudio.domain.AuditKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Study > History in the window's language: the kinds of change (the Norwegian window showed "coding", "undo") and the dates. */
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

    @Test
    void whenIsShownInTheWindowsDateFormatAndSortedByTime() {
        java.time.Instant march = java.time.LocalDateTime.of(2026, 3, 14, 9, 5, 7).atZone(java.time.ZoneId.systemDefault()).toInstant();
        java.time.Instant april = java.time.LocalDateTime.of(2026, 4, 1, 9, 5, 7).atZone(java.time.ZoneId.systemDefault()).toInstant();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        assertThat(new HistoryDialog.When(march)).hasToString("14.03.2026 09:05:07");
        // by its text "01.04.2026" sorts before "14.03.2026"; by time April comes after March
        assertThat(new HistoryDialog.When(april).toString()).isLessThan(new HistoryDialog.When(march).toString());
        assertThat(new HistoryDialog.When(april)).isGreaterThan(new HistoryDialog.When(march));
        Locale.setDefault(Locale.ENGLISH);
        assertThat(new HistoryDialog.When(march)).hasToString("2026-03-14 09:05:07");
    }
}
