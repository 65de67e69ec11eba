package org.iprstudio.exchange.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;

/**
 * Turns Jackson's errors into one line for people: where (line, column and the JSON path such as
 * {@code dyads[0].sessions[1].number}), what was found and what is expected. Never a Java type or
 * class name: the reader of the message knows the file, not the program.
 */
final class JsonErrors {
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");
    private static final Pattern INTERNALS = Pattern.compile("\\s*\\((?:for|from|through reference chain)[^)]*\\)|`[^`]*`");

    private JsonErrors() {
    }

    /** @param parser the parser that stopped, still open (it knows the offending token), or null */
    static JsonFormatException translate(String name, JsonProcessingException e, JsonParser parser) {
        UserMessage place = where(name, e.getLocation(), e instanceof JsonMappingException m ? path(m.getPath()) : "");
        // databind wraps the parser's own errors (number too large, end of input) to add the path
        JsonProcessingException cause = e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException inner ? inner : e;
        UserMessage problem = problem(cause, parser);
        return new JsonFormatException(ExchangeMessages.of("jsonErrors.nothingWasImported", place, problem), e);
    }

    private static UserMessage problem(JsonProcessingException e, JsonParser parser) {
        if (e instanceof UnrecognizedPropertyException u) {
            return ExchangeMessages.of("jsonErrors.unknownField", u.getPropertyName());
        }
        if (e instanceof InvalidNullException) {
            return ExchangeMessages.of("jsonErrors.nullInList");
        }
        String original = clean(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return ExchangeMessages.of("jsonErrors.endsEarly");
        }
        if (e instanceof StreamConstraintsException) {
            return ExchangeMessages.of("jsonErrors.tooDeep");
        }
        if (e instanceof InputCoercionException) {
            String number = current(parser);
            return number.isEmpty() ? ExchangeMessages.of("jsonErrors.numberTooLarge") : ExchangeMessages.of("jsonErrors.theNumberTooLarge", shortText(number));
        }
        if (e instanceof MismatchedInputException m) {
            return mismatch(m, parser);
        }
        if (original.startsWith("Duplicate field")) {
            return ExchangeMessages.of("jsonErrors.fieldTwice", original.substring("Duplicate field".length()).strip());
        }
        if (original.contains("Trailing token")) {
            return ExchangeMessages.of("jsonErrors.trailingText");
        }
        return ExchangeMessages.of("jsonErrors.broken", details(original));
    }

    private static UserMessage mismatch(MismatchedInputException m, JsonParser parser) {
        String original = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
        if (original.startsWith("No content to map")) {
            return ExchangeMessages.of("jsonErrors.emptyFile");
        }
        if (original.contains("Trailing token")) {
            return ExchangeMessages.of("jsonErrors.trailingText");
        }
        Class<?> target = m.getTargetType();
        Object found = m instanceof InvalidFormatException f && f.getValue() != null ? value(f.getValue()) : found(parser);
        UserMessage expected = expected(target);
        if (expected == null) {
            return ExchangeMessages.of("jsonErrors.notValidHere", details(clean(original)));
        }
        return ExchangeMessages.of("jsonErrors.expectedFound", expected, found);
    }

    private static UserMessage expected(Class<?> target) {
        if (target == null) {
            return null;
        }
        if (target == String.class) {
            return ExchangeMessages.of("jsonErrors.expectText");
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return ExchangeMessages.of("jsonErrors.expectWholeNumber");
        }
        if (target == Double.class || target == double.class) {
            return ExchangeMessages.of("jsonErrors.expectNumber");
        }
        if (target == Boolean.class || target == boolean.class) {
            return ExchangeMessages.of("jsonErrors.expectBoolean");
        }
        if (Collection.class.isAssignableFrom(target)) {
            return ExchangeMessages.of("jsonErrors.expectList");
        }
        if (target.isRecord() || target == Object.class) {
            return ExchangeMessages.of("jsonErrors.expectObject");
        }
        return null;
    }

    private static Object value(Object value) {
        if (value instanceof String text) {
            return ExchangeMessages.of("jsonErrors.foundText", shortText("\"" + text + "\""));
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            return ExchangeMessages.of("jsonErrors.foundNumber", shortText(value.toString()));
        }
        if (value instanceof Number) {
            return ExchangeMessages.of("jsonErrors.foundWholeNumber", shortText(value.toString()));
        }
        return shortText(String.valueOf(value));
    }

    private static Object found(JsonParser parser) {
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return ExchangeMessages.of("jsonErrors.foundOther");
        }
        String text = current(parser);
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> ExchangeMessages.of("jsonErrors.foundObject");
            case START_ARRAY, END_ARRAY -> ExchangeMessages.of("jsonErrors.foundList");
            case VALUE_STRING -> ExchangeMessages.of("jsonErrors.foundText", shortText("\"" + text + "\""));
            case VALUE_NUMBER_INT -> ExchangeMessages.of("jsonErrors.foundWholeNumber", shortText(text));
            case VALUE_NUMBER_FLOAT -> ExchangeMessages.of("jsonErrors.foundNumber", shortText(text));
            case VALUE_TRUE, VALUE_FALSE -> text;
            case VALUE_NULL -> "null";
            default -> ExchangeMessages.of("jsonErrors.foundOther");
        };
    }

    private static String current(JsonParser p) {
        try {
            return p != null && p.currentToken() != null && p.getText() != null ? p.getText() : "";
        } catch (java.io.IOException | RuntimeException ignored) {
            return "";
        }
    }

    private static String shortText(String raw) {
        String text = StudyJson.escapeBreaks(raw);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String clean(String message) {
        if (message == null) {
            return "";
        }
        String cleaned = INTERNALS.matcher(SOURCE.matcher(message).replaceAll("")).replaceAll("").replaceAll("\\s+", " ").strip();
        return cleaned.endsWith(".") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
    }

    /** Jackson's own words (English, as it has them), or "no details" in the reader's language. */
    private static Object details(String cleaned) {
        return cleaned.isEmpty() ? ExchangeMessages.of("jsonErrors.noDetails") : cleaned;
    }

    /** "study.json (line 3, column 7, at dyads[0].code)": the file and the place in it. */
    private static UserMessage where(String name, JsonLocation location, String path) {
        boolean line = location != null && location.getLineNr() > 0;
        if (!line && path.isEmpty()) {
            return UserMessage.plain(name);
        }
        if (!line) {
            return ExchangeMessages.of("jsonErrors.atPath", name, path);
        }
        return path.isEmpty() ? ExchangeMessages.of("jsonErrors.atLine", name, location.getLineNr(), location.getColumnNr())
                : ExchangeMessages.of("jsonErrors.atLinePath", name, location.getLineNr(), location.getColumnNr(), path);
    }

    /** "dyads[0].sessions[1].number": the place in the document, as people count it in JSON. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
