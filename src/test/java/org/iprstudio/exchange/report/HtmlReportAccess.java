package org.iprstudio.exchange.report;

/** Lets tests elsewhere escape text the way the report does. */
public final class HtmlReportAccess {
    private HtmlReportAccess() {
    }

    public static String escape(String text) {
        return Html.escape(text);
    }
}
