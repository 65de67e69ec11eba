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
    public static Object where(XMLStreamException e) {
        if (e.getMessage() == null) {
            return e.getLocation() != null && e.getLocation().getLineNumber() > 0
                    ? ExchangeMessages.of("safeXml.atLine", e.getLocation().getLineNumber(), e.getLocation().getColumnNumber(), ExchangeMessages.of("safeXml.notWellFormed"))
                    : ExchangeMessages.of("safeXml.notWellFormed");
        }
        String message = e.getMessage();
        // the JDK's messages start with "ParseError at [row,col]:[12,5]\nMessage: ..."
        int at = message.indexOf("Message: ");
        String text = at >= 0 ? message.substring(at + 9) : message;
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            return ExchangeMessages.of("safeXml.atLine", e.getLocation().getLineNumber(), e.getLocation().getColumnNumber(), text.strip());
        }
        return text.strip();
    }
}
