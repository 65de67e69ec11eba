package org.iprstudio.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Small guards so that records state their invariants in one line each. Messages are keys of
 * org/iprstudio/domain/messages.properties; a {@code what} is the key of a noun phrase there
 * ("what.code.name"). Nothing is formatted unless a check fails (decision 0015).
 */
final class Require {
    private Require() {
    }

    static <T> T present(T value, String whatKey) {
        if (value == null) {
            throw new DomainException(DomainMessages.of("require.present", DomainMessages.of(whatKey)));
        }
        return value;
    }

    /** The same, with the noun's one argument ("the site of dyad {0}"), passed as a value. */
    static <T> T present(T value, String whatKey, Object argument) {
        if (value == null) {
            throw new DomainException(DomainMessages.of("require.present", DomainMessages.of(whatKey, argument)));
        }
        return value;
    }

    static String text(String value, String whatKey, Object argument) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainMessages.of("require.text", DomainMessages.of(whatKey, argument)));
        }
        return value.strip();
    }

    static String text(String value, String whatKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainMessages.of("require.text", DomainMessages.of(whatKey)));
        }
        return value.strip();
    }

    static String code(String value, String whatKey, String pattern, String example) {
        String code = text(value, whatKey);
        if (!code.matches(pattern)) {
            throw new DomainException(DomainMessages.of("require.code", DomainMessages.of(whatKey), code, example));
        }
        return code;
    }

    /** The arguments are passed as they are (no formatting): pass values, not text made from them. */
    static void that(boolean condition, String key, Object... arguments) {
        if (!condition) {
            throw new DomainException(DomainMessages.of(key, arguments));
        }
    }

    /** The same without an arguments array, for the checks that run for every one of a million moments. */
    static void that(boolean condition, String key) {
        if (!condition) {
            throw new DomainException(DomainMessages.of(key));
        }
    }

    /** The message made only when it is needed: for arguments that cost something to get. */
    static void that(boolean condition, Supplier<UserMessage> message) {
        if (!condition) {
            throw new DomainException(message.get());
        }
    }

    static String orEmpty(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
