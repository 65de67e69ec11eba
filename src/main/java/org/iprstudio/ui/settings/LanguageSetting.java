package org.iprstudio.ui.settings;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The language chosen in Settings, remembered in java.util.prefs like the other remembered settings. It takes effect at
 * the next start: {@link #applyAtStart()} sets the default locale before any resource bundle is read.
 */
public final class LanguageSetting {
    static final String NODE = "org/iprstudio/ui/settings";
    static final String KEY = "language";
    private final Preferences node;

    public LanguageSetting(Preferences node) {
        this.node = node;
    }

    /** The user's own remembered setting. */
    public static LanguageSetting stored() {
        return new LanguageSetting(Preferences.userRoot().node(NODE));
    }

    /** Applies the user's remembered choice; called first thing at start (Main). */
    public static Locale applyAtStart() {
        return stored().apply();
    }

    public Language chosen() {
        return Language.ofStored(node.get(KEY, Language.SYSTEM.stored()));
    }

    public void choose(Language language) {
        node.put(KEY, language.stored());
        try {
            node.flush(); // the choice must survive a crash before the next start
        } catch (java.util.prefs.BackingStoreException e) {
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
