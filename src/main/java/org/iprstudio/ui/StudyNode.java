package org.iprstudio.ui;

import org.iprstudio.domain.Entity;

/** What a row of the study tree stands for; the row shows the label, its tooltip the whole text (a long reason in full). */
record StudyNode(Kind kind, String label, String wholeText, Entity entity, boolean attention) {
    enum Kind { STUDY, SITE, DYAD, SESSION, PASS, NOTE }

    StudyNode(Kind kind, String label, Entity entity, boolean attention) {
        this(kind, label, label, entity, attention);
    }

    @Override
    public String toString() {
        return label;
    }
}
