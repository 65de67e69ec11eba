package org.iprstudio.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.json.StudyDocument.MomentDto;

/**
 * Translates between the file-format records and the domain, in both directions: the entry
 * points ({@link DocumentReader} reads, {@link DocumentWriter} writes) and the conversions of
 * single values (ids, enums, dates, times) that every section of the format shares, each with a
 * message that names the field when a value is wrong.
 */
final class DocumentMapper {

    // ---- JSON -> domain --------------------------------------------------------------------

    Study toStudy(StudyDocument doc) {
        return toStudy(doc, StudyDocument.FORMAT, ExchangeMessages.of("studyJson.aStudy"));
    }

    Study toStudy(StudyDocument doc, String expectedFormat, Object what) {
        return DocumentReader.toStudy(doc, expectedFormat, what);
    }

    /** The baseline of a kit, or empty for a version-1 kit, which has none. */
    Optional<Map<UUID, String>> baseline(StudyDocument doc) {
        return DocumentReader.baseline(doc);
    }

    // ---- domain -> JSON --------------------------------------------------------------------

    /** A recall kit: the kit's records and the baseline of its moments (moment id to fingerprint). */
    StudyDocument toKitDocument(Study kit, Map<UUID, String> baseline) {
        return DocumentWriter.toKitDocument(kit, baseline);
    }

    StudyDocument toDocument(Study study) {
        return DocumentWriter.toDocument(study);
    }

    MomentDto momentDto(Moment m) {
        return DocumentWriter.momentDto(m);
    }

    // ---- values ------------------------------------------------------------------------------

    static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }

    static String enumName(Enum<?> value) {
        return name(value);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A value in quotes for a message, or the words for a missing value. */
    static Object quoted(String value) {
        return value == null ? ExchangeMessages.of("field.missingValue") : "\"" + value + "\"";
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(name(constant));
            }
            throw new DomainException(ExchangeMessages.of("documentMapper.validUseOne", quoted(text), what, String.join(", ", allowed)));
        }
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String text, Object what) {
        return text == null ? null : enumOf(type, text, what);
    }

    static UUID uuid(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(ExchangeMessages.of("documentMapper.validUuidSuchF", quoted(text), what));
        }
    }

    static UUID uuidOrNull(String text, Object what) {
        return text == null ? null : uuid(text, what);
    }

    static LocalDate date(String text, Object what) {
        return parse(text, LocalDate::parse, what, ExchangeMessages.of("documentMapper.dateExample"));
    }

    static Instant instant(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        return parse(text, Instant::parse, what, ExchangeMessages.of("documentMapper.instantExample"));
    }

    static MediaTime time(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        return MediaTime.parse(text);
    }

    static MediaTime timeOrNull(String text, Object what) {
        return text == null ? null : time(text, what);
    }

    private static <T> T parse(String text, Function<String, T> parser, Object what, Object example) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(ExchangeMessages.of("documentMapper.validWrite", quoted(text), what, example));
        }
    }
}
