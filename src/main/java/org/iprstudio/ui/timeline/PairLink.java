package org.iprstudio.ui.timeline;

import java.util.UUID;

/** A line on the merged timeline between two paired moments in facing lanes. */
public record PairLink(UUID first, UUID second, Kind kind) {
    /** How the link is drawn: by class once kept, dotted while only suggested. */
    public enum Kind {
        CONVERGENT, DIVERGENT_VALENCE, DIVERGENT_MEANING, SUGGESTED
    }
}
