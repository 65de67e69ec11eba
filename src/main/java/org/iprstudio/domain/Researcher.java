package org.iprstudio.domain;

import java.util.Locale;

/**
 * A member of the research team, as the study knows them: initials (what every coding, decision
 * and audit event records) and a name. Initials are 1 to 8 letters or digits, kept in capitals; an
 * initials string starting with "~" is an operating-system account, used by the command line when
 * no researcher was named (see decision 0016).
 */
public record Researcher(String initials, String name) {
    public Researcher {
        initials = checkedInitials(initials);
        name = Require.text(name, "what.researcherSName");
    }

    /** The initials in the form the study keeps them (capitals), or a message saying what to type instead. */
    public static String checkedInitials(String initials) {
        String text = Require.text(initials, "what.researcherSInitials");
        if (text.startsWith("~")) {
            Require.that(text.length() > 1 && text.length() <= 33 && text.substring(1).matches("[A-Za-z0-9._-]+"),
                    "researcher.accountNameUseFollowed", text);
            return text;
        }
        Require.that(text.matches("[\\p{L}\\p{N}]{1,8}"), "researcher.initialsValidUseLetters", text);
        return text.toUpperCase(Locale.ROOT);
    }

    /** "AB (A. Brown)" */
    public String label() {
        return initials + " (" + name + ")";
    }
}
