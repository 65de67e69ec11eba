package org.iprstudio.app.coding;

import java.util.Locale;
import org.iprstudio.domain.AuditKind;

/** How an edit is worded in the audit trail: "apply code: BOND on D01/3 ..." (audit lines are data, in English). */
final class EditAudit {
    private EditAudit() {
    }

    static String words(EditKind kind, String subject) {
        String verb = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return subject == null || subject.isBlank() ? verb : verb + ": " + subject;
    }

    static AuditKind kindOf(EditKind kind) {
        return switch (kind) {
            case APPLY_CODE, REMOVE_CODE -> AuditKind.CODING;
            case CONFIRM_PAIR, REJECT_PAIR, LINK_PAIR, UNLINK_PAIR, SET_PAIR_CLASS -> AuditKind.PAIR;
            case CREATE_CODE, EDIT_CODE, RETIRE_CODE, MERGE_CODES, ADD_STARTER_CODEBOOK -> AuditKind.CODEBOOK;
            case CREATE_THEME, EDIT_THEME, MOVE_THEME, DELETE_THEME, ADD_CODE_TO_THEME, REMOVE_CODE_FROM_THEME, ADD_EXEMPLAR, REMOVE_EXEMPLAR -> AuditKind.THEME;
            case WRITE_MEMO -> AuditKind.MEMO;
            default -> AuditKind.SETUP;
        };
    }
}
