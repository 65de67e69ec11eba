package org.iprstudio.exchange.report;

/** A small HTML text builder: everything that comes from the study is escaped here. */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markup written as is (never study text). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Study text, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element with escaped text content: {@code tag} may carry attributes ("td class=n"). */
    Html element(String tag, String text) {
        String name = tag.contains(" ") ? tag.substring(0, tag.indexOf(' ')) : tag;
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    Html number(long value) {
        out.append(value);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
