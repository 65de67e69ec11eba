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

    /** The whole points of the scale, min to max (1 to 9 for helpfulness, 1 to 5 for the standard intensity). */
    public List<Integer> wholePoints() {
        List<Integer> points = new java.util.ArrayList<>();
        for (int p = (int) Math.ceil(min); p <= max; p++) {
            points.add(p);
        }
        return points;
    }

    /** The label of a whole point, or "" when it has none. */
    public String labelOf(int point) {
        return labels.stream().filter(l -> l.value() == point).map(ScaleLabel::label).findFirst().orElse("");
    }

    /** The same scale with these labels for its whole points, in order; a blank one means the point has no label. */
    public RatingScale withLabels(List<String> byPoint) {
        List<Integer> points = wholePoints();
        Require.that(byPoint.size() == points.size(), "Rating scale '" + name + "' has " + points.size() + " points; give a label (or none) for each.");
        List<ScaleLabel> result = new java.util.ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String label = byPoint.get(i) == null ? "" : byPoint.get(i).strip();
            if (!label.isEmpty()) {
                Require.that(label.length() <= 60, "The label of point " + points.get(i) + " of '" + name + "' is too long; use at most 60 characters.");
                result.add(new ScaleLabel(points.get(i), label));
            }
        }
        return new RatingScale(name, min, max, step, result);
    }

    /** The same scale with {@code points} whole points from its minimum; labels beyond the new maximum go. */
    public RatingScale withPoints(int points) {
        Require.that(points >= 2, "Rating scale '" + name + "' needs at least 2 points.");
        double newMax = min + (points - 1) * Math.max(1, step);
        List<ScaleLabel> kept = labels.stream().filter(l -> l.value() <= newMax).toList();
        return new RatingScale(name, min, newMax, Math.min(step, newMax - min), kept);
    }
}
