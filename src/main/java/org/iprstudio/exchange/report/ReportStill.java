package org.iprstudio.exchange.report;

/** A still of a moment's frame, already encoded (image/jpeg or image/png), embedded as a data URL. */
public record ReportStill(String mimeType, byte[] bytes, int width, int height) {
    public ReportStill {
        if (!mimeType.startsWith("image/")) {
            throw new IllegalArgumentException("A still must be an image, not " + mimeType);
        }
        bytes = bytes.clone();
    }
}
