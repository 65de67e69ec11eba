package org.iprstudio.domain;

/** A labelled point of a rating scale, e.g. 5 = "neutral". */
public record ScaleLabel(double value, String label) {
    public ScaleLabel {
        label = Require.text(label, "what.scaleLabel");
    }
}
