package org.iprstudio.domain;

import java.util.UUID;

/**
 * Everything a study is made of. UUIDs, not counters, so that work done on another computer
 * (a recall pass on a laptop, a second coder) can be merged without clashes.
 */
public sealed interface Entity permits Site, Participant, Dyad, Session, RecallPass, Moment, Code, Coding, Theme, Memo, MomentPair, Attribute, AttributeValue, Quote {
    UUID id();
}
