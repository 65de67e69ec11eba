package org.iprstudio.domain;

import java.util.List;

/** A rating scale of the protocol: its range, its step and the labels people see. */
public record RatingScale(String name, double min, double max, double step, List<ScaleLabel> labels) {
    public RatingScale {
        name = Require.text(name, "The name of a rating scale");
        Require.that(min < max, "Rating scale '" + name + "' must have its minimum below its maximum.");
        Require.that(step > 0 && step <= max - min, "Rating scale '" + name + "' needs a step between 0 and its range.");
        labels = List.copyOf(labels == null ? List.of() : labels);
        for (ScaleLabel l : labels) {
            Require.that(l.value() >= min && l.value() <= max, "Label '" + l.label() + "' lies outside rating scale '" + name + "'.");
        }
    }

    public static RatingScale helpfulness() {
        return new RatingScale("Helpfulness (HAT)", 1, 9, 0.5, List.of(
                new ScaleLabel(1, "extremely hindering"), new ScaleLabel(2, "greatly hindering"),
                new ScaleLabel(3, "moderately hindering"), new ScaleLabel(4, "slightly hindering"),
                new ScaleLabel(5, "neutral"), new ScaleLabel(6, "slightly helpful"),
                new ScaleLabel(7, "moderately helpful"), new ScaleLabel(8, "greatly helpful"),
                new ScaleLabel(9, "extremely helpful")));
    }

    public static RatingScale intensity() {
        return new RatingScale("Intensity", 1, 5, 1, List.of(
                new ScaleLabel(1, "barely"), new ScaleLabel(3, "clearly"), new ScaleLabel(5, "very strongly")));
    }
}
