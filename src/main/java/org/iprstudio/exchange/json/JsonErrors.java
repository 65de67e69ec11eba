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
        String place = name + where(e.getLocation(), e instanceof JsonMappingException m ? path(m.getPath()) : "");
        // databind wraps the parser's own errors (number too large, end of input) to add the path
        JsonProcessingException cause = e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException inner ? inner : e;
        String problem = problem(cause, parser);
        return new JsonFormatException(place + ": " + problem + " Nothing was imported.", e);
    }

    private static String problem(JsonProcessingException e, JsonParser parser) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'. Check its spelling against docs/study-json.md.";
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed here: a list holds values, never null. Remove the null or write the value.";
        }
        String original = clean(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the text ends too early (was it cut off?). This is not a valid study.json.";
        }
        if (e instanceof StreamConstraintsException) {
            return "the text is nested too deeply or holds a value that is too long. This is not a valid study.json.";
        }
        if (e instanceof InputCoercionException) {
            String number = current(parser);
            return "the number " + (number.isEmpty() ? "" : shortText(number) + " ") + "is too large. Write a whole number that fits (at most 2147483647).";
        }
        if (e instanceof MismatchedInputException m) {
            return mismatch(m, parser);
        }
        if (original.startsWith("Duplicate field")) {
            return "a field is given twice (" + original.substring("Duplicate field".length()).strip() + "). Keep one of them.";
        }
        if (original.contains("Trailing token")) {
            return "there is more text after the end of the study. Remove it.";
        }
        return "the JSON is broken here (" + original + "). This is not a valid study.json.";
    }

    private static String mismatch(MismatchedInputException m, JsonParser parser) {
        String original = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
        if (original.startsWith("No content to map")) {
            return "the file is empty. This is not a valid study.json.";
        }
        if (original.contains("Trailing token")) {
            return "there is more text after the end of the study. Remove it.";
        }
        Class<?> target = m.getTargetType();
        String found = m instanceof InvalidFormatException f && f.getValue() != null ? value(f.getValue()) : found(parser);
        String expected = expected(target);
        if (expected == null) {
            return "this value is not valid here (" + clean(original) + "). Check it against docs/study-json.md.";
        }
        return "expected " + expected + ", found " + found + ".";
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return null;
        }
        if (target == String.class) {
            return "text in double quotes";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number (such as 3, without a fraction or quotes)";
        }
        if (target == Double.class || target == double.class) {
            return "a number (such as 4 or 4.5, without quotes)";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list [ ... ]";
        }
        if (target.isRecord() || target == Object.class) {
            return "an object { ... }";
        }
        return null;
    }

    private static String value(Object value) {
        if (value instanceof String text) {
            return "the text " + shortText("\"" + text + "\"");
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            return "the number " + shortText(value.toString());
        }
        if (value instanceof Number) {
            return "the whole number " + shortText(value.toString());
        }
        return shortText(String.valueOf(value));
    }

    private static String found(JsonParser parser) {
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return "something else";
        }
        String text = current(parser);
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "the text " + shortText("\"" + text + "\"");
            case VALUE_NUMBER_INT -> "the whole number " + shortText(text);
            case VALUE_NUMBER_FLOAT -> "the number " + shortText(text);
            case VALUE_TRUE, VALUE_FALSE -> text;
            case VALUE_NULL -> "null";
            default -> "something else";
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
            return "no details";
        }
        String cleaned = INTERNALS.matcher(SOURCE.matcher(message).replaceAll("")).replaceAll("").replaceAll("\\s+", " ").strip();
        return cleaned.endsWith(".") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
    }

    private static String where(JsonLocation location, String path) {
        boolean line = location != null && location.getLineNr() > 0;
        if (!line && path.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" (");
        if (line) {
            b.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        if (!path.isEmpty()) {
            b.append(line ? ", at " : "at ").append(path);
        }
        return b.append(')').toString();
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
