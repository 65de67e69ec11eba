package org.iprstudio.exchange.qdpx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeFormatException;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.SafeXml;

/**
 * Reads the codebook of a REFI-QDA file: a codebook (.qdc, urn:QDA-XML:codebook:1.0), a project
 * (.qde, urn:QDA-XML:project:1.0) or a project zip (.qdpx, its *.qde at the root). Only codes are
 * read: their nesting (code groups), names, descriptions and colours; sets are counted. Tolerant
 * of what tools really write (any namespace version, #RGB colours, braces around GUIDs), strict
 * about what would be wrong to guess (no codes, a code without a name).
 */
public final class CodebookReader {

    /** A code as the file has it; children are its subcodes. */
    public record ImportedCode(String guid, String name, String description, String colour, boolean codable, List<ImportedCode> children) {
    }

    /** The codes (roots in file order), the sets the file also has, the tool that wrote it, and codes dropped with why. */
    public record ImportedCodebook(List<ImportedCode> roots, int sets, String origin, List<UserMessage> notes) {
        public int codeCount() {
            Deque<ImportedCode> todo = new ArrayDeque<>(roots);
            int n = 0;
            while (!todo.isEmpty()) {
                n++;
                todo.addAll(todo.pop().children());
            }
            return n;
        }
    }

    private CodebookReader() {
    }

    public static ImportedCodebook read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            if (name.endsWith(".qdpx") || looksLikeZip(raw)) {
                return fromZip(file, raw);
            }
            return parse(file, raw);
        } catch (NoSuchFileException e) {
            throw new ExchangeFormatException(ExchangeMessages.of("studyJson.fileCheckPath", file));
        } catch (IOException e) {
            throw new ExchangeFormatException(ExchangeMessages.of("eafReader.couldReadCheckFile", file, UserMessage.from(e)), e);
        }
    }

    private static boolean looksLikeZip(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static ImportedCodebook fromZip(Path file, InputStream raw) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String entryName = entry.getName();
                if (!entry.isDirectory() && !entryName.contains("/") && entryName.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                    return parse(file, zip);
                }
            }
        } catch (ZipException e) {
            throw new ExchangeFormatException(ExchangeMessages.of("codebookReader.damagedZipExportProject", file, UserMessage.from(e)), e);
        }
        throw new ExchangeFormatException(ExchangeMessages.of("codebookReader.holdsQdeProjectTop", file));
    }

    private static ImportedCodebook parse(Path file, InputStream in) {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!xml.isStartElement()) {
                throw new ExchangeFormatException(ExchangeMessages.of("codebookReader.emptyXmlChooseRefi", file));
            }
            String root = xml.getLocalName();
            String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (!(root.equals("CodeBook") || root.equals("Project")) || !namespace.startsWith("urn:QDA-XML:")) {
                throw new ExchangeFormatException(ExchangeMessages.of("codebookReader.refiQdaFileStarts", file, root, (namespace.isEmpty() ? "" : ExchangeMessages.of("codebookReader.inNamespace", namespace))));
            }
            String origin = xml.getAttributeValue(null, "origin");
            List<ImportedCode> roots = new ArrayList<>();
            List<UserMessage> notes = new ArrayList<>();
            int sets = 0;
            boolean inCodes = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("Codes") && !inCodes) {
                        inCodes = true;
                    } else if (local.equals("Code") && inCodes) {
                        roots.add(code(file, xml, notes)); // reads the element to its end
                    } else if (local.equals("Set")) {
                        sets++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("Codes")) {
                        inCodes = false;
                    }
                }
            }
            if (roots.isEmpty()) {
                throw new ExchangeFormatException(ExchangeMessages.of("codebookReader.hasCodesSoCodebook", file));
            }
            if ("IPR Studio".equals(origin)) {
                // a .qdpx from IPR Studio carries ratings and perspectives as "IPR: ..." code groups: they are moment data, not codebook
                int before = roots.size();
                roots.removeIf(c -> !c.codable() && c.name().startsWith("IPR: "));
                if (roots.size() < before) {
                    notes.add(ExchangeMessages.of("codebookReader.iprGroupsLeftOut", before - roots.size()));
                }
            }
            return new ImportedCodebook(List.copyOf(roots), sets, origin == null ? "" : origin, List.copyOf(notes));
        } catch (XMLStreamException e) {
            throw new ExchangeFormatException(ExchangeMessages.of("codebookReader.damagedWellFormedXml", file, SafeXml.where(e)), e);
        }
    }

    /** Reads one Code element (the reader is on its start) with its subcodes, to its end. */
    private static ImportedCode code(Path file, XMLStreamReader xml, List<UserMessage> notes) throws XMLStreamException {
        String guid = strip(xml.getAttributeValue(null, "guid"));
        String name = xml.getAttributeValue(null, "name");
        String codable = xml.getAttributeValue(null, "isCodable");
        String colour = colour(xml.getAttributeValue(null, "color"));
        int line = xml.getLocation().getLineNumber();
        if (name == null || name.isBlank()) {
            throw new ExchangeFormatException(ExchangeMessages.of("codebookReader.hasCodeWithoutName", file, line));
        }
        String description = "";
        List<ImportedCode> children = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("Code")) {
                    children.add(code(file, xml, notes));
                } else if (xml.getLocalName().equals("Description")) {
                    description = xml.getElementText().strip();
                } else {
                    skip(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new ImportedCode(guid, name.strip(), description, colour, !"false".equalsIgnoreCase(codable), List.copyOf(children));
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String strip(String guid) {
        if (guid == null) {
            return "";
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g;
    }

    /** #RRGGBB kept, #RGB widened; anything else is dropped (the code gets no colour). */
    static String colour(String given) {
        if (given == null) {
            return null;
        }
        String c = given.strip();
        if (c.matches("#[0-9a-fA-F]{6}")) {
            return c.toLowerCase(Locale.ROOT);
        }
        if (c.matches("#[0-9a-fA-F]{3}")) {
            return ("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3)).toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
