package org.iprstudio.exchange.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Study;

/** Reads and writes the study.json text form (format "ipr-studio-study", version 1). */
public final class StudyJson {
    public static final String FILE_NAME = "study.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the stream (and adds the final newline)

    public Study read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JsonFormatException("There is no file at " + file + ". Check the path.", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new JsonFormatException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Study read(InputStream in, String name) {
        return read(in, name, StudyDocument.FORMAT, "an IPR Studio study");
    }

    /** Reads a recall kit (one pass and what it needs; see docs/recall-kits.md). */
    public Study readKit(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JsonFormatException("There is no file at " + file + ". Check the path.", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), StudyDocument.KIT_FORMAT, "an IPR Studio recall kit");
        } catch (IOException e) {
            throw new JsonFormatException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes a recall kit, all or nothing. */
    public void writeKit(Study kit, Path file) {
        writeDocument(new DocumentMapper().toDocument(kit, StudyDocument.KIT_FORMAT), file);
    }

    /** Writes a recall kit to a stream (the caller decides where and how the file is put in place). */
    public void writeKit(Study kit, OutputStream out) {
        writeDocument(new DocumentMapper().toDocument(kit, StudyDocument.KIT_FORMAT), out);
    }

    private Study read(InputStream in, String name, String format, String what) {
        StudyDocument document;
        try {
            document = mapper.readValue(in, StudyDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new JsonFormatException(name + where(e.getLocation()) + ": unknown field '" + e.getPropertyName()
                    + "'. Check its spelling against docs/study-json.md. Nothing was imported.", e);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException(name + where(e.getLocation()) + ": " + e.getOriginalMessage()
                    + ". This is not a valid study.json. Nothing was imported.", e);
        } catch (IOException e) {
            throw new JsonFormatException(name + " cannot be read: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new JsonFormatException(name + " is empty. Nothing was imported.", null);
        }
        try {
            return new DocumentMapper().toStudy(document, format, what);
        } catch (DomainException e) {
            throw new JsonFormatException(name + ": " + e.getMessage() + " Nothing was imported.", e);
        }
    }

    public void write(Study study, OutputStream out) {
        writeDocument(new DocumentMapper().toDocument(study), out);
    }

    private void writeDocument(StudyDocument document, OutputStream out) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            mapper.writer(printer).writeValue(out, document);
            out.write('\n');
        } catch (IOException e) {
            throw new JsonFormatException("The study could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Writes to a temporary file next to the target and moves it into place, so a failure leaves the old file whole. */
    public void write(Study study, Path file) {
        writeDocument(new DocumentMapper().toDocument(study), file);
    }

    private void writeDocument(StudyDocument document, Path file) {
        // a name of its own (two writers of the same file never share one), flushed to the disk before the move
        Path temporary = file.toAbsolutePath().resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".writing");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writeDocument(document, out);
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write already failed; that is the error to report
            }
            throw new JsonFormatException(file + " could not be written: " + e.getMessage() + ". The old file, if any, is unchanged.", e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
