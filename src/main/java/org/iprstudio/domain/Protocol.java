package org.iprstudio.domain;

import java.util.List;

/** How the study collects its data: which sessions are recorded, what the interviewer asks, the scales, the pairing window. */
public record Protocol(List<Integer> sessionNumbers, List<String> prompts, RatingScale helpfulness, RatingScale intensity,
                       PairingWindow pairingWindow, List<String> quickTags) {
    public Protocol {
        sessionNumbers = List.copyOf(sessionNumbers == null || sessionNumbers.isEmpty() ? List.of(3, 5) : sessionNumbers);
        for (int n : sessionNumbers) {
            Require.that(n >= 1, "Session number " + n + " in the protocol is not valid: use 1 or more.");
        }
        Require.that(sessionNumbers.stream().distinct().count() == sessionNumbers.size(), "The protocol lists a session number twice.");
        prompts = List.copyOf(prompts == null ? List.of() : prompts.stream().map(p -> Require.text(p, "A prompt")).toList());
        helpfulness = helpfulness == null ? RatingScale.helpfulness() : helpfulness;
        intensity = intensity == null ? RatingScale.intensity() : intensity;
        pairingWindow = pairingWindow == null ? PairingWindow.DEFAULT : pairingWindow;
        quickTags = List.copyOf(quickTags == null ? List.of() : quickTags.stream().map(t -> Require.text(t, "A quick tag")).toList());
    }

    /** The usual protocol of the model study: sessions 3 and 5, HAT 1-9, intensity 1-5, window 10 s / 30 s. */
    public static Protocol standard() {
        return new Protocol(List.of(3, 5), List.of(
                "What was happening for you right then?",
                "What were you feeling at that moment?",
                "Was there something you wanted to say but didn't?",
                "How did you see the other person right then?"), null, null, null, List.of());
    }
}
