package org.iprstudio.exchange.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;

/** Reads and writes the study.json text form (format "ipr-studio-study", version 1). */
public final class StudyJson {
    public static final String FILE_NAME = "study.json";

    private final ObjectMapper mapper = strictMapper();

    /**
     * The reader takes every value as written or refuses it: no fraction rounded to a whole number,
     * no text read as a number (or the reverse), no null inside a list, no field given twice, nothing
     * after the end. A value that is silently changed on the way in is worse than a refused file.
     */
    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET) // the caller owns the stream (and adds the final newline)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Collection, LogicalType.POJO)) {
            mapper.coercionConfigFor(type).setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return mapper;
    }

    public Study read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JsonFormatException(ExchangeMessages.of("studyJson.fileCheckPath", file), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new JsonFormatException(ExchangeMessages.of("studyJson.cannotRead", file, UserMessage.from(e)), e);
        }
    }

    public Study read(InputStream in, String name) {
        return read(in, name, StudyDocument.FORMAT, ExchangeMessages.of("studyJson.aStudy"));
    }

    /** Reads a recall kit (one pass and what it needs; see docs/recall-kits.md). */
    public Study readKit(Path file) {
        return readKitWithBaseline(file).study();
    }

    /**
     * A recall kit as read: its study, and the baseline, what each of its moments looked like when
     * the kit was first made at the study's computer (moment id to {@link #fingerprint}); a
     * version-1 kit has no baseline.
     */
    public record Kit(Study study, Optional<Map<UUID, String>> baseline) {
    }

    public Kit readKitWithBaseline(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JsonFormatException(ExchangeMessages.of("studyJson.fileCheckPath", file), null);
        }
        StudyDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = parse(in, file.toString());
        } catch (IOException e) {
            throw new JsonFormatException(ExchangeMessages.of("studyJson.cannotReadNothingWas", file, UserMessage.from(e)), e);
        }
        DocumentMapper documents = new DocumentMapper();
        Study study = toStudy(document, file.toString(), StudyDocument.KIT_FORMAT, ExchangeMessages.of("studyJson.aRecallKit"));
        try {
            return new Kit(study, documents.baseline(document));
        } catch (DomainException e) {
            throw new JsonFormatException(ExchangeMessages.of("jsonErrors.nothingWasImported", file, UserMessage.from(e).map(StudyJson::abbreviated)), e);
        }
    }

    /** Writes a recall kit, all or nothing, with its moments as they are now as the baseline (a kit made at the study's computer). */
    public void writeKit(Study kit, Path file) {
        Map<UUID, String> baseline = new HashMap<>();
        for (Moment m : kit.moments()) {
            baseline.put(m.id(), fingerprint(m));
        }
        writeKit(kit, baseline, file);
    }

    /** Writes a recall kit with the given baseline to a stream (the caller decides where and how the file is put in place). */
    public void writeKit(Study kit, Map<UUID, String> baseline, OutputStream out) {
        writeDocument(new DocumentMapper().toKitDocument(kit, baseline), out);
    }

    /** Writes a recall kit with the given baseline (a kit sent back keeps the baseline of the kit it was made from). */
    public void writeKit(Study kit, Map<UUID, String> baseline, Path file) {
        writeDocument(new DocumentMapper().toKitDocument(kit, baseline), file);
    }

    /**
     * SHA-256 of a moment's canonical text form (as in study.json, without its pass): equal for
     * equal moments on any computer, different as soon as anything of the moment was changed.
     */
    public static String fingerprint(Moment moment) {
        try {
            byte[] canonical = FINGERPRINTS.writeValueAsBytes(new DocumentMapper().momentDto(moment));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A moment could not be fingerprinted: " + e.getMessage(), e);
        }
    }

    private static final ObjectMapper FINGERPRINTS = JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private Study read(InputStream in, String name, String format, Object what) {
        return toStudy(parse(in, name), name, format, what);
    }

    private StudyDocument parse(InputStream in, String name) {
        StudyDocument document;
        try {
            // our own parser, kept open until the error is described: it still knows the token it stopped at
            try (JsonParser parser = mapper.createParser(in)) {
                try {
                    document = mapper.readValue(parser, StudyDocument.class);
                } catch (JsonProcessingException e) {
                    throw JsonErrors.translate(name, e, parser);
                }
            }
        } catch (JsonProcessingException e) { // from closing the parser
            throw JsonErrors.translate(name, e, null);
        } catch (CharConversionException e) {
            throw new JsonFormatException(ExchangeMessages.of("studyJson.textUtfValidStudy", name, UserMessage.from(e)), e);
        } catch (IOException e) {
            throw new JsonFormatException(ExchangeMessages.of("studyJson.cannotReadNothingWas", name, UserMessage.from(e)), e);
        }
        if (document == null) {
            throw new JsonFormatException(ExchangeMessages.of("studyJson.emptyNothingWasImported", name), null);
        }
        return document;
    }

    private static Study toStudy(StudyDocument document, String name, String format, Object what) {
        try {
            return new DocumentMapper().toStudy(document, format, what);
        } catch (DomainException e) {
            throw new JsonFormatException(ExchangeMessages.of("jsonErrors.nothingWasImported", name, UserMessage.from(e).map(StudyJson::abbreviated)), e);
        }
    }

    private static final Pattern LONG_QUOTE = Pattern.compile("([\"'])([^\"'\\n]{100,}?)\\1");

    /** A message quotes the bad value; a value of thousands of characters is cut to its start, so the message stays one readable line. */
    static String abbreviated(String message, java.util.Locale locale) {
        return LONG_QUOTE.matcher(escapeBreaks(message)).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2).substring(0, 60)
                + ExchangeMessages.of("studyJson.cutShort", m.group(2).length()).render(locale) + m.group(1)));
    }

    /** The same in English, as the log has it. */
    static String abbreviated(String message) {
        return abbreviated(message, java.util.Locale.ENGLISH);
    }

    /** A value with line breaks or tabs in it is shown with a backslash-n or backslash-t, so that the message stays on one line. */
    public static String escapeBreaks(String text) {
        return text == null ? null : text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
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
            throw new JsonFormatException(ExchangeMessages.of("studyJson.studyCouldWrittenJson", UserMessage.from(e)), e);
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
            throw new JsonFormatException(ExchangeMessages.of("studyJson.couldWrittenOldFile", file, UserMessage.from(e)), e);
        }
    }

}
