package org.iprstudio.app;

import org.iprstudio.domain.AuditKind;

/** What a use case says its change was, for the audit trail ("apply code: BOND on D01/3 client 00:12:03"). */
public record AuditNote(AuditKind kind, String what) {
}
