package org.iprstudio.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * A message for the user as a key in a layer's bundle and its arguments, rendered in a locale only
 * when it is shown. Every pattern is a {@link MessageFormat} pattern (an apostrophe is written
 * twice); numbers and dates passed as values are formatted in the locale of the reader, and an
 * argument that is itself a UserMessage (a noun, the cause's message) is rendered in the same
 * locale. {@link #english()} is the text for logs and for {@code getMessage()}.
 * A plain message (no key) carries text that has no translation, such as the operating system's
 * own words about a file.
 */
public final class UserMessage {
    private final String bundle;
    private final String key;
    private final Object[] arguments;
    private final String plain;
    private final UserMessage inner;
    private final BiFunction<String, Locale, String> after;

    private UserMessage(String bundle, String key, Object[] arguments, String plain) {
        this(bundle, key, arguments, plain, null, null);
    }

    private UserMessage(String bundle, String key, Object[] arguments, String plain, UserMessage inner, BiFunction<String, Locale, String> after) {
        this.bundle = bundle;
        this.key = key;
        this.arguments = arguments;
        this.plain = plain;
        this.inner = inner;
        this.after = after;
    }

    /**
     * This message with its rendered text changed by {@code after} (given the text and the locale),
     * for a change that needs the words (a long quoted value cut short).
     */
    public UserMessage map(BiFunction<String, Locale, String> after) {
        return new UserMessage(null, null, new Object[0], null, this, Objects.requireNonNull(after));
    }

    /** The message of {@code key} in the bundle {@code bundle} (a base name such as org.iprstudio.domain.messages). */
    public static UserMessage of(String bundle, String key, Object... arguments) {
        return new UserMessage(Objects.requireNonNull(bundle), Objects.requireNonNull(key),
                arguments == null ? new Object[0] : arguments.clone(), null);
    }

    /** Text that is shown as it is, in every language (a file system's message, a name). */
    public static UserMessage plain(String text) {
        return new UserMessage(null, null, new Object[0], String.valueOf(text));
    }

    /** A list of values joined by a word ("C01 and C02"), the word and any UserMessage among the values in the reader's language. */
    public static UserMessage joined(java.util.Collection<?> items, UserMessage separator) {
        List<Object> copy = List.copyOf(items);
        return plain("").map((ignored, locale) -> {
            StringBuilder b = new StringBuilder();
            String between = separator.render(locale);
            for (Object item : copy) {
                if (!b.isEmpty()) {
                    b.append(between);
                }
                b.append(item instanceof UserMessage m ? m.render(locale) : String.valueOf(item));
            }
            return b.toString();
        });
    }

    /** What a failure has to say: its keyed message if it carries one, else its own words (or its kind when it has none). */
    public static UserMessage from(Throwable failure) {
        if (failure instanceof HasUserMessage keyed && keyed.userMessage() != null) {
            return keyed.userMessage();
        }
        String text = failure.getMessage();
        return plain(text == null ? failure.getClass().getSimpleName() : text);
    }

    /** A failure's message for the reader, in the given locale. */
    public static String describe(Throwable failure, Locale locale) {
        return from(failure).render(locale);
    }

    /** The key in the bundle, or null for plain text and a mapped message. */
    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return Arrays.asList(arguments.clone());
    }

    /** The English text, as logs and getMessage() have it. */
    public String english() {
        return render(Locale.ENGLISH);
    }

    /**
     * Arguments for a pattern of the layers above (a window's or the command line's text), with every UserMessage among
     * them rendered in the reader's language, so a message from below reads in the same language as the text around it.
     */
    public static Object[] localizedArguments(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof UserMessage message) {
                shown[i] = message.localized();
            }
        }
        return shown;
    }

    /** The text in the default locale: what the window and the command line show. */
    public String localized() {
        return render(Locale.getDefault());
    }

    public String render(Locale locale) {
        if (inner != null) {
            return after.apply(inner.render(locale), locale);
        }
        if (plain != null) {
            return plain;
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, Bundles.CONTROL).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a programming error; the user still gets what there is to say.
            return key + Arrays.toString(arguments);
        }
        Object[] rendered = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            rendered[i] = arguments[i] instanceof UserMessage nested ? nested.render(locale) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    @Override
    public String toString() {
        return english();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserMessage m && Objects.equals(bundle, m.bundle) && Objects.equals(key, m.key)
                && Arrays.equals(arguments, m.arguments) && Objects.equals(plain, m.plain) && Objects.equals(inner, m.inner)
                && Objects.equals(after, m.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bundle, key, Arrays.hashCode(arguments), plain, inner);
    }

    /** How the message bundles are read: as UTF-8 (the JDK's default since 9, said here), English as the base, no fallback to the system's locale. */
    static final class Bundles {
        static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

        private Bundles() {
        }
    }
}
