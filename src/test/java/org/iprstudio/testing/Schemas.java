package org.iprstudio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The official exchange schemas from ../shared/schemas, validated with the JDK (no network). */
public final class Schemas {
    /** ../shared/schemas beside the checkout (as in CI); -Dipr.schemas=... for a checkout elsewhere, e.g. a git worktree. */
    public static final Path FOLDER = Path.of(System.getProperty("ipr.schemas", "../shared/schemas"));
    public static final Path EAF = FOLDER.resolve("EAFv3.0.xsd");
    public static final Path QDE = FOLDER.resolve("Project-mrt2019.xsd");
    public static final Path QDC = FOLDER.resolve("Codebook-mrt2019.xsd");

    private Schemas() {
    }

    /** Every error and warning the schema finds in the file (empty when it is valid). */
    public static List<String> problems(Path schema, Path file) throws Exception {
        return problems(schema, new StreamSource(file.toFile()));
    }

    public static List<String> problems(Path schema, StreamSource source) throws Exception {
        if (!Files.isRegularFile(schema)) {
            throw new IllegalStateException(schema.toAbsolutePath() + " is missing: the shared schemas must sit next to the repository.");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Schema compiled = factory.newSchema(schema.toFile());
        Validator validator = compiled.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(source);
        return problems;
    }
}
