package org.iprstudio.exchange;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin indenting layer over StAX, so the streamed EAF stays readable in a text editor. */
public final class Xml {
    private final XMLStreamWriter out;
    private int depth;
    private boolean hadChildren;

    public Xml(XMLStreamWriter out) {
        this.out = out;
    }

    public XMLStreamWriter raw() {
        return out;
    }

    public Xml open(String name, String... attributes) throws XMLStreamException {
        indent();
        out.writeStartElement(name);
        attributes(attributes);
        depth++;
        hadChildren = false;
        return this;
    }

    public Xml close() throws XMLStreamException {
        depth--;
        if (hadChildren) {
            indent();
        }
        out.writeEndElement();
        hadChildren = true;
        return this;
    }

    /** An element without children. */
    public Xml empty(String name, String... attributes) throws XMLStreamException {
        indent();
        out.writeEmptyElement(name);
        attributes(attributes);
        hadChildren = true;
        return this;
    }

    /** An element holding only text. */
    public Xml text(String name, String text, String... attributes) throws XMLStreamException {
        indent();
        out.writeStartElement(name);
        attributes(attributes);
        out.writeCharacters(clean(text));
        out.writeEndElement();
        hadChildren = true;
        return this;
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
        }
    }

    /** Drops the characters XML 1.0 cannot hold at all (control characters other than tab and line breaks). */
    public static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || Character.isSurrogate(c) || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.substring(0, i));
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private void indent() throws XMLStreamException {
        while (INDENTS.size() <= depth) {
            INDENTS.add(INDENTS.get(INDENTS.size() - 1) + "\t");
        }
        out.writeCharacters(INDENTS.get(depth));
    }

    private static final java.util.List<String> INDENTS = new java.util.concurrent.CopyOnWriteArrayList<>(java.util.List.of("\n"));

    /**
     * A StAX writer over a buffered UTF-8 character stream (markedly faster than the JDK's writer
     * over a byte stream); {@link #finish} flushes it, the stream stays open.
     */
    public static Xml over(java.io.OutputStream stream) throws XMLStreamException {
        java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        Xml xml = new Xml(javax.xml.stream.XMLOutputFactory.newFactory().createXMLStreamWriter(writer));
        xml.writer = writer;
        xml.out.writeStartDocument("UTF-8", "1.0");
        return xml;
    }

    private java.io.Writer writer;

    /** Ends the document and flushes everything to the stream. */
    public void finish() throws XMLStreamException {
        out.writeCharacters("\n");
        out.writeEndDocument();
        out.flush();
        try {
            if (writer != null) {
                writer.flush();
            }
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e);
        }
    }
}
