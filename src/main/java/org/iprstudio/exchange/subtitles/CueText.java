package org.iprstudio.exchange.subtitles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Speaker labels and markup in a cue's words. */
final class CueText {
    private static final Pattern VOICE = Pattern.compile("^\\s*<v(?:\\.[^ \\t>]*)?[ \\t]+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");
    /** "T: ...", "Dr Ames: ..." — up to three words before a colon that opens the line. */
    private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{L}[\\p{L}\\p{N}._'-]*(?: [\\p{L}\\p{N}._'-]+){0,2}):\\s+(.*)$", Pattern.DOTALL);

    private CueText() {
    }

    /** The voice of a WebVTT cue ({@code <v Speaker>}), or null. */
    static String voice(String text) {
        Matcher m = VOICE.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /** The words with tags (voice, italics, classes, inner timestamps) removed and entities decoded. */
    static String plain(String text) {
        String stripped = TAG.matcher(text).replaceAll("");
        return stripped.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "").replace("&rlm;", "")
                .replace("&amp;", "&").replaceAll("[ \\t]+", " ").strip();
    }

    /** A "Label: words" line split in two; null when the line opens with no label. */
    static String[] labelled(String text) {
        Matcher m = LABEL.matcher(text);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }
}
