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
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && metrics.stringWidth(longer) > width) {
                html.append(escaped(line.toString())).append("<br>");
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        return html.append(escaped(line.toString())).append("</html>").toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
