package org.iprstudio.ui.coding;

import java.util.Locale;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.domain.Valence;
import org.iprstudio.ui.Texts;

/** How the coding view words study things: "D02 S3", "Client C02", "convergent". */
final class Describe {
    private Describe() {
    }

    static String session(Study study, Session session) {
        return Texts.get("coding.sessionLabel", study.dyad(session.dyadId()).code(), session.number());
    }

    static String who(Study study, Moment moment) {
        RecallPass pass = study.pass(moment.passId());
        return perspective(pass.perspective()) + " " + study.participant(pass.participantId()).code();
    }

    static String perspective(org.iprstudio.domain.Role role) {
        return Texts.get("role." + role.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A participant attribute of the dyad's client or therapist as a phrase: "therapist's years of
     * experience"; an attribute whose name already says whose it is stays as it is ("Therapist
     * experience", not "Therapist's Therapist experience").
     */
    static String attributeOf(org.iprstudio.domain.Role whose, String name) {
        return namesRole(whose, name) ? name : Texts.get("coding.attribute.whose", perspective(whose).toLowerCase(Locale.ROOT), lowerFirst(name));
    }

    static boolean namesRole(org.iprstudio.domain.Role whose, String name) {
        String role = perspective(whose).toLowerCase(Locale.ROOT);
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(role) && (lower.length() == role.length() || !Character.isLetter(lower.charAt(role.length())));
    }

    /** "Years of experience" reads "years of experience" inside a phrase; "GAF score" keeps its capitals. */
    static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** The first letter as a capital, for a phrase that begins a label. */
    static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String time(Moment moment) {
        return moment.span() == null ? moment.anchor().toShortClock()
                : Texts.get("coding.timeWithSpan", moment.anchor().toShortClock(), moment.span().start().toShortClock(), moment.span().end().toShortClock());
    }

    static String helpfulness(Moment moment) {
        return moment.helpfulness() == null ? Texts.get("coding.unrated")
                : Texts.get("coding.helpfulness", org.iprstudio.ui.common.LocalFormats.decimal(moment.helpfulness().value(), 1), valence(moment.helpfulness().valence()));
    }

    static String valence(Valence valence) {
        return Texts.get("valence." + valence.name().toLowerCase(Locale.ROOT));
    }

    static String pairClass(PairClass pairClass) {
        return Texts.get("pairClass." + pairClass.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A pair's class, saying so when a researcher set one that differs from what the ratings give
     * ("convergent, set by the researcher; ratings diverge"), so a deliberate decision is not read as a bug.
     */
    static String pairClass(org.iprstudio.analysis.SessionPairing.Line line) {
        PairClass automatic = org.iprstudio.analysis.Pairing.classify(line.client(), line.therapist());
        if (line.stored() == null || line.pairClass() == automatic) {
            return pairClass(line.pairClass());
        }
        return Texts.get("coding.class.setByResearcher", pairClass(line.pairClass()),
                Texts.get("coding.class.ratings." + automatic.name().toLowerCase(Locale.ROOT)));
    }

    static String status(ThemeStatus status) {
        return Texts.get("themeStatus." + status.name().toLowerCase(Locale.ROOT));
    }

    static String line(SessionPairing.Line line) {
        return Texts.get("coding.pairLine", line.client().anchor().toShortClock(), line.therapist().anchor().toShortClock(),
                seconds(line.deltaMillis()));
    }

    /** "+20 s" or "-4 s". */
    static String seconds(long millis) {
        long s = Math.round(millis / 1000.0);
        return (s > 0 ? "+" : "") + s + " s";
    }

    static String quote(String comment) {
        return comment == null || comment.isBlank() ? Texts.get("coding.noComment") : "\u201c" + comment.strip() + "\u201d";
    }
}
