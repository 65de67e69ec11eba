package org.iprstudio.robustness;

import java.util.List;
import java.util.Optional;

/** What every message for damaged input must be: one line for people, with no trace of the program's insides. */
final class Clean {
    private static final List<String> INTERNALS = List.of("Exception", "java.", "javax.", "com.fasterxml", "jackson", "org.iprstudio", "org.sqlite",
            "Dto", "\tat ", "StreamReadFeature", "Source: ", "null pointer");

    private Clean() {
    }

    /** Empty when the message is fine; otherwise what is wrong with it. */
    static Optional<String> problemWith(String message) {
        if (message == null || message.isBlank()) {
            return Optional.of("no message");
        }
        if (message.contains("\n") || message.contains("\r")) {
            return Optional.of("more than one line: " + message);
        }
        for (String internal : INTERNALS) {
            if (message.contains(internal)) {
                return Optional.of("it shows \"" + internal + "\": " + message);
            }
        }
        if (message.length() > 1000) {
            return Optional.of("longer than 1000 characters: " + message.substring(0, 200) + "...");
        }
        return Optional.empty();
    }
}
