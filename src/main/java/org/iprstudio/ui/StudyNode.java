package org.iprstudio.ui;

import org.iprstudio.domain.Entity;

/** What a row of the study tree stands for. */
record StudyNode(Kind kind, String label, Entity entity, boolean attention) {
    enum Kind { STUDY, SITE, DYAD, SESSION, PASS, NOTE }

    @Override
    public String toString() {
        return label;
    }
}
