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
        Require.present(id, "An audit event's id");
        Require.present(at, "When the change was made");
        who = Researcher.checkedInitials(who);
        Require.present(kind, "The kind of change");
        what = Require.text(what, "What was changed");
    }
}
