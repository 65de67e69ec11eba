package org.iprstudio.ui.settings;

import java.util.Locale;

/** The languages IPR Studio speaks, and the choice to follow the computer's own language. */
public enum Language {
    SYSTEM("system", null),
    ENGLISH("en", Locale.UK),
    NORWEGIAN("nb", Locale.forLanguageTag("nb-NO"));

    private final String stored;
    private final Locale locale;

    Language(String stored, Locale locale) {
        this.stored = stored;
        this.locale = locale;
    }

    /** How the choice is written in the preferences. */
    String stored() {
        return stored;
    }

    static Language ofStored(String value) {
        for (Language l : values()) {
            if (l.stored.equals(value)) {
                return l;
            }
        }
        return SYSTEM;
    }

    /**
     * The locale to speak with, given the computer's own: English or Norwegian as chosen, or for SYSTEM the computer's
     * locale, except that nynorsk is read in bokmål (closer to it than the English fallback).
     */
    public Locale locale(Locale system) {
        if (locale != null) {
            return locale;
        }
        return "nn".equals(system.getLanguage()) ? new Locale("nb", system.getCountry()) : system;
    }

    /** True when the window speaks Norwegian in this locale (bokmål, or "no", which Java reads as bokmål). */
    public static boolean isNorwegian(Locale locale) {
        return "nb".equals(locale.getLanguage()) || "no".equals(locale.getLanguage());
    }
}
