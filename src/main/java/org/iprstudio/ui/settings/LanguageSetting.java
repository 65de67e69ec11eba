package org.iprstudio.ui.settings;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The language chosen in Settings, remembered in java.util.prefs like the other remembered settings. It takes effect at
 * the next start: {@link #applyAtStart()} sets the default locale before any resource bundle is read.
 */
public final class LanguageSetting {
    static final String NODE = "org/iprstudio/ui/settings";
    static final String KEY = "language";
    /**
     * Held, so its level stays: the first use of java.util.prefs on a new account logs "Created user preferences
     * directory." to stderr, which would be a stray line in every command's output (the language is read at each start).
     */
    private static final Logger PREFS_LOG = Logger.getLogger("java.util.prefs");
    /** Made on the first choice only: reading the language at each start must not write anything into the user's home. */
    private final Supplier<Preferences> node;
    private final BooleanSupplier exists;

    public LanguageSetting(Preferences node) {
        this(() -> node, () -> true);
    }

    private LanguageSetting(Supplier<Preferences> node, BooleanSupplier exists) {
        this.node = node;
        this.exists = exists;
    }

    /** The user's own remembered setting. */
    public static LanguageSetting stored() {
        if (PREFS_LOG.getLevel() == null) {
            PREFS_LOG.setLevel(Level.WARNING);
        }
        Preferences root = Preferences.userRoot();
        return new LanguageSetting(() -> root.node(NODE), () -> {
            try {
                return root.nodeExists(NODE);
            } catch (BackingStoreException e) {
                return false; // unreadable preferences: the system's language
            }
        });
    }

    /** Applies the user's remembered choice; called first thing at start (Main). */
    public static Locale applyAtStart() {
        return stored().apply();
    }

    public Language chosen() {
        return exists.getAsBoolean() ? Language.ofStored(node.get().get(KEY, Language.SYSTEM.stored())) : Language.SYSTEM;
    }

    public void choose(Language language) {
        Preferences settings = node.get();
        settings.put(KEY, language.stored());
        try {
            settings.flush(); // the choice must survive a crash before the next start
        } catch (BackingStoreException e) {
            // java.util.prefs writes it later by itself; nothing the user could do about it now
        }
    }

    /** Sets the default locale to the chosen language (a system default leaves the computer's locale, nynorsk read as bokmål). */
    public Locale apply() {
        Locale locale = chosen().locale(Locale.getDefault());
        if (!locale.equals(Locale.getDefault())) {
            Locale.setDefault(locale);
        }
        return locale;
    }
}
