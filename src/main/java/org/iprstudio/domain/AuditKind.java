package org.iprstudio.domain;

/** What sort of change an audit event records; the History view filters on it. */
public enum AuditKind {
    CODING, PAIR, CODEBOOK, THEME, MEMO, SETUP, RECALL, TRANSCRIPT, IMPORT, TEAM, ROUND, CONSENSUS, UNDO, REDO, OTHER
}
