package org.iprstudio.domain;

import java.util.List;

/** A rating scale of the protocol: its range, its step and the labels people see. */
public record RatingScale(String name, double min, double max, double step, List<ScaleLabel> labels) {
    public RatingScale {
        name = Require.text(name, "what.nameRatingScale");
        Require.that(min < max, "ratingScale.ratingScaleMustHave", name);
        Require.that(step > 0 && step <= max - min, "ratingScale.ratingScaleNeedsStep", name);
        labels = List.copyOf(labels == null ? List.of() : labels);
        for (ScaleLabel l : labels) {
            Require.that(l.value() >= min && l.value() <= max, "ratingScale.labelLiesOutsideRating", l.label(), name);
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
        Require.that(byPoint.size() == points.size(), "ratingScale.ratingScaleHasPoints", name, points.size());
        List<ScaleLabel> result = new java.util.ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String label = byPoint.get(i) == null ? "" : byPoint.get(i).strip();
            if (!label.isEmpty()) {
                Require.that(label.length() <= 60, "ratingScale.labelPointTooLong", points.get(i), name);
                result.add(new ScaleLabel(points.get(i), label));
            }
        }
        return new RatingScale(name, min, max, step, result);
    }

    /** The same scale with {@code points} whole points from its minimum; labels beyond the new maximum go. */
    public RatingScale withPoints(int points) {
        Require.that(points >= 2, "ratingScale.ratingScaleNeedsLeast", name);
        double newMax = min + (points - 1) * Math.max(1, step);
        List<ScaleLabel> kept = labels.stream().filter(l -> l.value() <= newMax).toList();
        return new RatingScale(name, min, newMax, Math.min(step, newMax - min), kept);
    }
}
