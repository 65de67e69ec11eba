package org.iprstudio.app.team;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Researcher;

/**
 * Who works at this computer, remembered between runs in the user's preferences (java.util.prefs),
 * so the window asks only once. The system property {@value #PRESET_PROPERTY} ("AB=Ann Brown")
 * names the researcher for one run without remembering anything.
 */
public final class ResearcherMemory {
    public static final String PRESET_PROPERTY = "iprstudio.researcher";
    private final Preferences node;
    private Researcher preset;

    ResearcherMemory(Preferences node, Researcher preset) {
        this.node = node;
        this.preset = preset;
    }

    /** This computer's memory, or the preset of the system property. */
    public static ResearcherMemory forThisComputer() {
        return new ResearcherMemory(Preferences.userRoot().node("org/iprstudio/team"), parsePreset(System.getProperty(PRESET_PROPERTY)));
    }

    /** Remembers nothing between runs: who is working is known only once told (a window made by a test, say). */
    public static ResearcherMemory forThisRunOnly() {
        return new ResearcherMemory(null, null);
    }

    /** For tests: a memory in a given preferences node. */
    public static ResearcherMemory in(Preferences node) {
        return new ResearcherMemory(node, null);
    }

    static Researcher parsePreset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new DomainException(AppMessages.of("researcherMemory.systemPropertyMustLook", PRESET_PROPERTY, text));
        }
        return new Researcher(text.substring(0, eq), text.substring(eq + 1));
    }

    /** The researcher working here, if known. */
    public Optional<Researcher> known() {
        if (preset != null || node == null) {
            return Optional.ofNullable(preset);
        }
        String initials = node.get("initials", null);
        String name = node.get("name", null);
        if (initials == null || name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Researcher(initials, name));
        } catch (DomainException e) {
            return Optional.empty(); // edited by hand into something invalid: ask again
        }
    }

    /** Remembers who works here now (only for this run when a preset was given). */
    public void remember(Researcher researcher) {
        if (preset != null || node == null) {
            preset = researcher;
            return;
        }
        node.put("initials", researcher.initials());
        node.put("name", researcher.name());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // remembered for this run; the next run asks again, which is harmless
        }
    }
}
