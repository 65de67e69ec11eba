package org.iprstudio.ui.agreement;

import java.util.UUID;
import org.iprstudio.analysis.agreement.MarkAgreement;

/**
 * One line of the Agreement tab: a session, a dyad (its compared sessions pooled) or the study.
 *
 * @param dyadCode the dyad, for a session or dyad line; empty for the study
 * @param sessionId the session, for a session line; null otherwise
 * @param agreement null when the session could not be compared
 * @param notCompared why not, in words (empty when compared)
 */
record AgreementRow(Level level, String label, String dyadCode, UUID sessionId, MarkAgreement agreement, String notCompared) {
    enum Level {
        SESSION, DYAD, STUDY
    }

    boolean compared() {
        return agreement != null;
    }
}
