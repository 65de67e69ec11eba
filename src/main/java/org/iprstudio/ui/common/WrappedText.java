package org.iprstudio.ui.common;

import java.awt.FontMetrics;

/**
 * Text broken between words into lines no wider than a width, as HTML for a renderer (a tree's
 * or a list's row), measured with the font it is drawn in. CSS widths are not used: Swing's HTML
 * scales them, so a row set to a width in CSS came out wider than its place.
 */
public final class WrappedText {
    private WrappedText() {
    }

    /** The text as HTML lines no wider than the width (a word wider than it stands on a line alone). */
    public static String html(String text, FontMetrics metrics, int width) {
        StringBuilder html = new StringBuilder("<html>");
        for (String line : lines(text, metrics, width)) {
            html.append(html.length() > "<html>".length() ? "<br>" : "").append(escaped(line));
        }
        return html.append("</html>").toString();
    }

    /**
     * The text broken between words into lines no wider than the width (a word wider than it stands
     * on a line alone), for a component that draws them itself: a tree of thousands of rows measures
     * every row, and an HTML view per row made that take seconds.
     */
    public static java.util.List<String> lines(String text, FontMetrics metrics, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && metrics.stringWidth(longer) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
