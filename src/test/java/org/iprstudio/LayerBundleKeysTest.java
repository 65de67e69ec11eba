package org.iprstudio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Role;
import org.junit.jupiter.api.Test;

/**
 * Every key the layers below the window ask for is in its layer's bundle (decision 0021), and every
 * pattern there is a valid MessageFormat: a missing key or a broken pattern would only show when
 * the rule is broken, in front of the user.
 */
class LayerBundleKeysTest {
    private static final Map<String, String> LAYERS = Map.of("DomainMessages", "domain", "AnalysisMessages", "analysis",
            "StoreMessages", "store", "ExchangeMessages", "exchange", "MediaMessages", "media", "AppMessages", "app");
    private static final Pattern FACTORY_KEY = Pattern.compile("\\b(Domain|Analysis|Store|Exchange|Media|App)Messages\\.of\\(\"([^\"]+)\"");
    /** The domain's guards and helpers take a key of the domain's bundle as a literal. */
    private static final Pattern DOMAIN_KEY = Pattern.compile(
            "\\b(?:Require\\.(?:that|present|text|code)\\([^;]*?|existing\\([^;]*?|unique\\([^;]*?)\"((?:what|require|[a-z]+)\\.[A-Za-z0-9.]+)\"");

    @Test
    void everyKeyAskedForIsInItsLayersBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/org/iprstudio"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = FACTORY_KEY.matcher(source);
                while (m.find()) {
                    String layer = LAYERS.get(m.group(1) + "Messages");
                    // a key ending in "." is the start of a key per value ("role." + role): checked value by value below
                    if (!m.group(2).endsWith(".") && !bundle(layer).containsKey(m.group(2))) {
                        missing.add(file.getFileName() + ": " + layer + " " + m.group(2));
                    }
                }
                if (file.toString().contains("/domain/")) {
                    Matcher d = DOMAIN_KEY.matcher(source);
                    while (d.find()) {
                        if (!bundle("domain").containsKey(d.group(1))) {
                            missing.add(file.getFileName() + ": domain " + d.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theWordsMadeFromValuesAreThereForEveryValue() throws IOException {
        Properties domain = bundle("domain");
        for (Role role : Role.values()) {
            assertThat(domain).containsKeys("role." + role.name(), "role.withArticle." + role.name());
        }
        for (PassStatus status : PassStatus.values()) {
            assertThat(domain).containsKey("passStatus." + status.name());
        }
        for (MemoTarget target : MemoTarget.values()) {
            assertThat(domain).containsKey("memoTarget." + target.name());
        }
        for (AttributeTarget target : AttributeTarget.values()) {
            assertThat(domain).containsKey("attributeTarget.plural." + target.name());
        }
        for (Class<?> type : Entity.class.getPermittedSubclasses()) {
            assertThat(domain).containsKey("entity." + type.getSimpleName());
        }
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String layer : LAYERS.values()) {
            for (String variant : List.of("messages.properties", "messages_nb.properties")) {
                Properties p = load(Path.of("src/main/resources/org/iprstudio", layer, variant));
                for (String key : p.stringPropertyNames()) {
                    new MessageFormat(p.getProperty(key)); // throws on an unbalanced brace or a bad format type
                }
            }
        }
    }

    private static final Map<String, Properties> CACHE = new java.util.HashMap<>();

    private static Properties bundle(String layer) throws IOException {
        Properties p = CACHE.get(layer);
        if (p == null) {
            p = load(Path.of("src/main/resources/org/iprstudio", layer, "messages.properties"));
            CACHE.put(layer, p);
        }
        return p;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
