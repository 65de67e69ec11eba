package org.iprstudio.exchange;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers for files from elsewhere: no DTDs, no external entities (an XML file cannot make us read other files or the network). */
public final class SafeXml {
    private SafeXml() {
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    /** Where a parse failed, for a message: "line 12, column 5: ...". */
    public static String where(XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        // the JDK's messages start with "ParseError at [row,col]:[12,5]\nMessage: ..."
        int at = message.indexOf("Message: ");
        String text = at >= 0 ? message.substring(at + 9) : message;
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            return "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": " + text.strip();
        }
        return text.strip();
    }
}
