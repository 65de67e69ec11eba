package org.iprstudio.domain;

import java.util.Objects;

/** Small guards so that records state their invariants in one line each. */
final class Require {
    private Require() {
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new DomainException(what + " is required.");
        }
        return value;
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DomainException(what + " must not be empty.");
        }
        return value.strip();
    }

    static String code(String value, String what, String pattern, String example) {
        String code = text(value, what);
        if (!code.matches(pattern)) {
            throw new DomainException(what + " '" + code + "' is not valid: use a short code like " + example + ".");
        }
        return code;
    }

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new DomainException(message);
        }
    }

    /** The same, with the message made only when it is needed: these checks run for every one of a million moments. */
    static void that(boolean condition, java.util.function.Supplier<String> message) {
        if (!condition) {
            throw new DomainException(message.get());
        }
    }

    static String orEmpty(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
