package org.iprstudio.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a JSON document in one of the ways files get damaged or mis-edited: cut off, a field
 * deleted or given twice, a value of the wrong type, null, a huge number, odd text, random bytes.
 * Every mutation is a pure function of the case's seed, so a failing case can be replayed.
 */
final class JsonMutator {
    /** One damaged document and what was done to it (for the assertion message). */
    record Mutation(String description, byte[] bytes) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern FIELD_LINE = Pattern.compile("(?m)^(\\s*)(\"[A-Za-z]+\" : (?:\"[^\"\\n]*\"|[-0-9.eE]+|true|false|null)),?$");
    private static final List<String> HUGE = List.of("1e400", "-1e400", "99999999999999999999", "-99999999999999999999", "9223372036854775808",
            "2147483648", "-1", "0", "1.7976931348623157E308", "4.9E-324", "123456789012345678901234567890.5");
    private static final List<String> HUGE_TEXTS = List.of("99999999999999999999:00:00.000", "9223372036854775:00:00.000", "-00:00:01.000",
            "99:99:99", "", " ", "9999-99-99", "+999999999-12-31", "2025-02-30", "2025-03-14T25:00:00Z", "not-a-uuid",
            "00000000-0000-0000-0000-00000000000g", "\u0000", "\ud800", "x".repeat(20_000), "CLIENT", "Client", "null", "3", "4.5", "two\nlines", "tab\there");

    private final byte[] original;
    private final JsonNode tree;

    JsonMutator(byte[] original) {
        this.original = original.clone();
        try {
            this.tree = MAPPER.readTree(original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Mutation mutate(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> truncate(random);
            case 1 -> deleteField(random);
            case 2 -> duplicateField(random);
            case 3 -> wrongType(random);
            case 4 -> nullValue(random);
            case 5 -> hugeNumber(random);
            case 6 -> oddText(random);
            case 7 -> randomBytes(random);
            case 8 -> insertBytes(random);
            default -> twoAtOnce(random);
        };
    }

    private Mutation truncate(Random random) {
        int length = random.nextInt(original.length);
        return new Mutation("truncated to " + length + " of " + original.length + " bytes", java.util.Arrays.copyOf(original, length));
    }

    private Mutation randomBytes(Random random) {
        byte[] bytes = original.clone();
        int count = 1 + random.nextInt(8);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) random.nextInt(256);
            where.append(i == 0 ? "" : ",").append(at);
        }
        return new Mutation(count + " random bytes at " + where, bytes);
    }

    private Mutation insertBytes(Random random) {
        int at = random.nextInt(original.length);
        byte[] junk = new byte[1 + random.nextInt(16)];
        random.nextBytes(junk);
        byte[] bytes = new byte[original.length + junk.length];
        System.arraycopy(original, 0, bytes, 0, at);
        System.arraycopy(junk, 0, bytes, at, junk.length);
        System.arraycopy(original, at, bytes, at + junk.length, original.length - at);
        return new Mutation(junk.length + " random bytes inserted at " + at, bytes);
    }

    private Mutation duplicateField(Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<int[]> lines = new ArrayList<>();
        Matcher m = FIELD_LINE.matcher(text);
        while (m.find()) {
            lines.add(new int[] {m.start(), m.end(), m.start(2), m.end(2)});
        }
        int[] line = lines.get(random.nextInt(lines.size()));
        String field = text.substring(line[2], line[3]);
        String copy = text.substring(line[0], line[2]) + field + ",\n";
        String changed = text.substring(0, line[0]) + copy + text.substring(line[0]);
        return new Mutation("field given twice: " + shorten(field), changed.getBytes(StandardCharsets.UTF_8));
    }

    private Mutation deleteField(Random random) {
        JsonNode copy = tree.deepCopy();
        List<Place> places = places(copy, "", true);
        Place place = places.get(random.nextInt(places.size()));
        place.remove();
        return new Mutation("deleted " + place.path, write(copy));
    }

    private Mutation wrongType(Random random) {
        JsonNode copy = tree.deepCopy();
        List<Place> places = places(copy, "", false);
        Place place = places.get(random.nextInt(places.size()));
        JsonNode old = place.get();
        JsonNode replacement;
        if (old.isTextual()) {
            replacement = random.nextBoolean() ? NODES.numberNode(random.nextInt(10)) : NODES.booleanNode(true);
        } else if (old.isNumber()) {
            replacement = random.nextBoolean() ? NODES.textNode(old.asText()) : NODES.objectNode();
        } else if (old.isArray()) {
            replacement = random.nextBoolean() ? NODES.objectNode() : NODES.textNode("[]");
        } else if (old.isObject()) {
            replacement = random.nextBoolean() ? NODES.arrayNode().add(old) : NODES.textNode("{}");
        } else {
            replacement = NODES.arrayNode();
        }
        place.set(replacement);
        return new Mutation("wrong type at " + place.path + ": " + shorten(replacement.toString()), write(copy));
    }

    private Mutation nullValue(Random random) {
        JsonNode copy = tree.deepCopy();
        List<Place> places = places(copy, "", false);
        Place place = places.get(random.nextInt(places.size()));
        place.set(NODES.nullNode());
        return new Mutation("null at " + place.path, write(copy));
    }

    private Mutation hugeNumber(Random random) {
        JsonNode copy = tree.deepCopy();
        List<Place> places = places(copy, "", false);
        Place place = places.get(random.nextInt(places.size()));
        String number = HUGE.get(random.nextInt(HUGE.size()));
        place.set(NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(number)));
        return new Mutation("number " + number + " at " + place.path, write(copy));
    }

    private Mutation oddText(Random random) {
        JsonNode copy = tree.deepCopy();
        List<Place> places = places(copy, "", false).stream().filter(p -> p.get().isTextual()).toList();
        Place place = places.get(random.nextInt(places.size()));
        String text = HUGE_TEXTS.get(random.nextInt(HUGE_TEXTS.size()));
        place.set(NODES.textNode(text));
        return new Mutation("text " + shorten(text) + " at " + place.path, write(copy));
    }

    private Mutation twoAtOnce(Random random) {
        Mutation first = new JsonMutator(original).nullValue(random);
        byte[] bytes = first.bytes();
        try {
            MAPPER.readTree(bytes);
        } catch (IOException e) {
            return first;
        }
        Mutation second = new JsonMutator(bytes).deleteField(random);
        return new Mutation(first.description() + ", then " + second.description(), second.bytes());
    }

    private static String shorten(String raw) {
        String text = raw.replace("\n", "\\n").replace("\t", "\\t");
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }

    private static byte[] write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value inside the tree, with a way to replace or remove it. */
    private record Place(ContainerNode<?> parent, String field, int index, String path) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static List<Place> places(JsonNode node, String path, boolean fieldsOnly) {
        List<Place> result = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                result.add(new Place(object, e.getKey(), -1, p));
                result.addAll(places(e.getValue(), p, fieldsOnly));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String p = path + "[" + i + "]";
                if (!fieldsOnly) {
                    result.add(new Place(array, null, i, p));
                }
                result.addAll(places(array.get(i), p, fieldsOnly));
            }
        }
        return result;
    }

}
