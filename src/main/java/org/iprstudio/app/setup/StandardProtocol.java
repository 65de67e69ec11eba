package org.iprstudio.app.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.ScaleLabel;

/**
 * The standard protocol (sessions 3 and 5, the four IPR prompts, HAT 1-9, intensity 1-5, window 10 s / 30 s) with its
 * prompts and scale labels in a language. They are written into the study when it is created, so a study keeps the words
 * it was made with whatever language the program speaks later.
 */
public final class StandardProtocol {
    private static final String BUNDLE = "org.iprstudio.app.setup.standard-protocol";
    private static final int PROMPTS = 4;

    private StandardProtocol() {
    }

    /** The standard protocol in this language (English for a language it does not have). */
    public static Protocol in(Locale language) {
        // no fallback to the default locale: an English study made while the program speaks Norwegian stays English
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> prompts = new ArrayList<>();
        for (int i = 1; i <= PROMPTS; i++) {
            prompts.add(words.getString("prompt." + i));
        }
        Protocol standard = Protocol.standard();
        return new Protocol(standard.sessionNumbers(), prompts, relabel(standard.helpfulness(), words, "helpfulness"),
                relabel(standard.intensity(), words, "intensity"), standard.pairingWindow(), standard.quickTags());
    }

    private static RatingScale relabel(RatingScale scale, ResourceBundle words, String prefix) {
        List<ScaleLabel> labels = scale.labels().stream()
                .map(l -> new ScaleLabel(l.value(), words.getString(prefix + "." + (int) l.value()))).toList();
        return new RatingScale(words.getString(prefix + ".name"), scale.min(), scale.max(), scale.step(), labels);
    }
}
