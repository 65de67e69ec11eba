package org.iprstudio.cli;

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

/** Every literal key the command line asks for is in its bundle: a missing one would throw only when the user gets there. */
class CliBundleKeysTest {
    private static final Pattern KEY = Pattern.compile("(?<![A-Za-z])Texts\\.get\\(\"([^\"]+)\"\\s*[,)]");

    @Test
    void everyLiteralKeyIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.iprstudio.cli.messages");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/iprstudio/cli"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(50);
        assertThat(missing).isEmpty();
    }
}
