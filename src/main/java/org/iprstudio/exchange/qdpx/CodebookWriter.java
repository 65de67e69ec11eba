package org.iprstudio.exchange.qdpx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.KeyedIOException;
import org.iprstudio.exchange.Xml;

/**
 * The study's codebook as a REFI-QDA codebook (.qdc, Codebook-mrt2019.xsd): code groups as
 * non-codable parents, colours, definitions, and the themes as sets of codes.
 */
public final class CodebookWriter {
    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private final Study study;

    public CodebookWriter(Study study) {
        this.study = study;
    }

    /** A codebook needs at least one code (the schema says so). */
    public boolean hasCodes() {
        return !study.codes().isEmpty();
    }

    public void write(OutputStream stream) throws IOException {
        try {
            Xml xml = Xml.over(stream);
            XMLStreamWriter raw = xml.raw();
            xml.open("CodeBook");
            raw.writeDefaultNamespace(NAMESPACE);
            raw.writeAttribute("origin", Refi.ORIGIN);
            xml.open("Codes");
            Map<UUID, List<Code>> tree = Refi.tree(study);
            Set<UUID> applied = new HashSet<>();
            study.codings().stream().map(Coding::codeId).forEach(applied::add);
            for (Code root : tree.getOrDefault(null, List.of())) {
                code(xml, root, tree, applied);
            }
            xml.close();
            List<Theme> themes = study.themes();
            if (!themes.isEmpty()) {
                xml.open("Sets");
                for (Theme t : themes) {
                    xml.open("Set", "guid", Refi.guid(t.id()), "name", t.name());
                    if (!t.definition().isEmpty()) {
                        xml.text("Description", t.definition());
                    }
                    for (UUID code : t.codeIds()) {
                        xml.empty("MemberCode", "guid", Refi.guid(code));
                    }
                    xml.close();
                }
                xml.close();
            }
            xml.close();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new KeyedIOException(ExchangeMessages.of("codebookWriter.notWritten", UserMessage.from(e)), e);
        }
    }

    private static void code(Xml xml, Code c, Map<UUID, List<Code>> tree, Set<UUID> applied) throws XMLStreamException {
        boolean codable = !tree.containsKey(c.id()) || applied.contains(c.id());
        xml.open("Code", "guid", Refi.guid(c.id()), "name", c.name(), "isCodable", Boolean.toString(codable), "color", c.colour());
        if (!c.description().isEmpty()) {
            xml.text("Description", c.description());
        }
        for (Code child : tree.getOrDefault(c.id(), List.of())) {
            code(xml, child, tree, applied);
        }
        xml.close();
    }
}
