package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every literal key the window asks for is in the bundle: a missing one would throw when the user gets there. */
class BundleKeysTest {
    private static final Pattern KEY = Pattern.compile("(?<![A-Za-z])Texts\\.(?:get|wrapped)\\((?:\\d+,\\s*)?\"([^\"]+)\"\\s*[,)]");

    @Test
    void everyLiteralKeyIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.iprstudio.ui.messages");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/iprstudio/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!bundle.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
