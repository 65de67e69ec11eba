package org.iprstudio.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the study's audit trail: who changed what, when. Written in the same transaction as
 * the change it describes and never changed afterwards; an undo is an event of its own.
 *
 * @param target the record changed first (null when the change has none, such as the settings)
 */
public record AuditEvent(UUID id, Instant at, String who, AuditKind kind, UUID target, String what) {
    public AuditEvent {
        Require.present(id, "what.auditEventSId");
        Require.present(at, "what.whenChangeWasMade");
        who = Researcher.checkedInitials(who);
        Require.present(kind, "what.kindChange");
        what = Require.text(what, "what.whatWasChanged");
    }
}
