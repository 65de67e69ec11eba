package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A missing recall's reason is free text: its tree row keeps the first words, the tooltip the whole. */
class StudyTreeRowsTest {
    @Test
    void aReasonIsShortenedToItsFirstClause() {
        assertThat(StudyTreeModel.shortReason("Therapist ill; interview not rescheduled within the protocol window")).isEqualTo("Therapist ill\u2026");
    }

    @Test
    void aLongClauseIsShortenedAtAWordBoundary() {
        assertThat(StudyTreeModel.shortReason("Participant withdrew consent before the interview")).isEqualTo("Participant\u2026");
    }

    @Test
    void aShortReasonStaysWhole() {
        assertThat(StudyTreeModel.shortReason("Declined")).isEqualTo("Declined");
        assertThat(StudyTreeModel.shortReason(null)).isEmpty();
    }
}
