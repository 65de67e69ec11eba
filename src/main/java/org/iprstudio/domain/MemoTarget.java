package org.iprstudio.domain;

/** What a memo is about. STUDY memos have no target id. */
public enum MemoTarget {
    STUDY, DYAD, MOMENT, PAIR, CODE, THEME
}
