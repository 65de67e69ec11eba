package org.iprstudio.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource bundle in src/main/resources (found by walking the folder, so bundles added later are covered) has a
 * Norwegian bokmål twin (_nb) with exactly its keys, and each key's text uses the same placeholders: the same {n}
 * indices with the same format types (also inside choice formats), and as many picocli line breaks (%n). A twin must be
 * valid UTF-8 (Java would otherwise read it as ISO-8859-1 without a word, and every æ, ø and å would be garbled).
 */
class BundleTwinTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** Properties files that are not translated text: the same in every language. */
    private static final Set<String> NOT_TRANSLATED = Set.of("org/iprstudio/ui/shortcuts.properties");
    /** A language variant of a bundle (messages_nb.properties, messages_en_GB.properties) rather than a base bundle. */
    private static final Pattern VARIANT = Pattern.compile(".*_[a-z]{2,3}(_[A-Z]{2})?\\.properties");
    private static final String LANGUAGE = "nb";

    @Test
    void everyBundleHasANorwegianTwinWithTheSameKeysAndPlaceholders() throws IOException {
        List<Path> bundles = baseBundles();
        assertThat(bundles).as("the bundles found").extracting(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                .contains("org/iprstudio/ui/messages.properties", "org/iprstudio/ui/recall/messages.properties", "org/iprstudio/cli/messages.properties");
        List<String> problems = new ArrayList<>();
        for (Path base : bundles) {
            String name = RESOURCES.relativize(base).toString().replace('\\', '/');
            Path twin = base.resolveSibling(base.getFileName().toString().replace(".properties", "_" + LANGUAGE + ".properties"));
            if (!Files.exists(twin)) {
                problems.add(name + ": no " + twin.getFileName() + " (translate it, or list the file in NOT_TRANSLATED if it is not text)");
                continue;
            }
            Map<String, String> english = read(base, problems);
            Map<String, String> norwegian = read(twin, problems);
            for (String key : english.keySet()) {
                if (!norwegian.containsKey(key)) {
                    problems.add(name + ": " + key + " is not translated");
                } else if (!placeholders(english.get(key)).equals(placeholders(norwegian.get(key)))) {
                    problems.add(name + ": " + key + " has the placeholders " + placeholders(english.get(key)) + " in English but "
                            + placeholders(norwegian.get(key)) + " in " + twin.getFileName());
                } else if (norwegian.get(key).isBlank() && !english.get(key).isBlank()) {
                    problems.add(name + ": " + key + " is empty in " + twin.getFileName());
                }
            }
            for (String key : norwegian.keySet()) {
                if (!english.containsKey(key)) {
                    problems.add(name + ": " + key + " is in " + twin.getFileName() + " but not in the English bundle");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The checker itself: it must see a missing index, a changed format type and a placeholder inside a choice. */
    @Test
    void placeholdersAreComparedByIndexAndFormatType() {
        assertThat(placeholders("{0} of {1}")).isEqualTo(placeholders("{1} av {0}"));
        assertThat(placeholders("{0} of {1}")).isNotEqualTo(placeholders("{0} av"));
        assertThat(placeholders("{0,number,integer} moments")).isNotEqualTo(placeholders("{0} øyeblikk"));
        assertThat(placeholders("{0,choice,0#none|1<{0,number,integer} moments}"))
                .isNotEqualTo(placeholders("{0,choice,0#ingen|1<{0} øyeblikk}"))
                .isEqualTo(placeholders("{0,choice,0#ingen|1<{0,number,integer} øyeblikk}"));
        assertThat(placeholders("It''s {0}")).isEqualTo(placeholders("Det er {0}"));
        assertThat(placeholders("'{0}' is quoted")).isEmpty();
        assertThat(placeholders("Heading%n%n")).isNotEqualTo(placeholders("Overskrift%n"));
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .filter(f -> !VARIANT.matcher(f.getFileName().toString()).matches())
                    .filter(f -> !NOT_TRANSLATED.contains(RESOURCES.relativize(f).toString().replace('\\', '/')))
                    .sorted().toList();
        }
    }

    private static Map<String, String> read(Path file, List<String> problems) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(file + " is not valid UTF-8: save it as UTF-8");
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> result = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> result.put(k, properties.getProperty(k)));
        return result;
    }

    /**
     * The placeholders of a MessageFormat pattern as "index" or "index:type", with those inside choice formats, and the
     * number of %n. Quoted text ('...') is literal, as MessageFormat reads it; '' is a quote.
     */
    static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        collect(pattern, found);
        int breaks = pattern.split("%n", -1).length - 1;
        if (breaks > 0) {
            found.add("%n x" + breaks);
        }
        return found;
    }

    private static void collect(String pattern, Set<String> found) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int depth = 1;
                int j = i + 1;
                while (j < pattern.length() && depth > 0) {
                    depth += pattern.charAt(j) == '{' ? 1 : pattern.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                String inside = pattern.substring(i + 1, depth == 0 ? j - 1 : j);
                if (depth != 0) {
                    found.add("unclosed {");
                }
                placeholder(inside, found);
                i = j - 1;
            }
        }
    }

    private static void placeholder(String inside, Set<String> found) {
        String[] parts = inside.split(",", 3);
        String index = parts[0].strip();
        String type = parts.length > 1 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "";
        String style = parts.length > 2 ? parts[2].strip() : "";
        found.add(type.isEmpty() ? index : index + ":" + type + (type.equals("choice") || style.isEmpty() ? "" : "," + style));
        if (type.equals("choice")) {
            for (String choice : style.split("\\|")) {
                int hash = choice.indexOf('#');
                int less = choice.indexOf('<');
                int limit = hash < 0 ? less : less < 0 ? hash : Math.min(hash, less); // the limit ends at the first # or <
                collect(choice.substring(limit + 1), found);
            }
        }
    }
}
