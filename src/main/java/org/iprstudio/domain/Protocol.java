package org.iprstudio.domain;

import java.util.List;

/**
 * How the study collects its data: which sessions are recorded, what the interviewer asks, the scales, the pairing window,
 * and whether the participant sees the session's transcript on the recall screen (off unless a study turns it on: the
 * words can steer what a participant recalls).
 */
public record Protocol(List<Integer> sessionNumbers, List<String> prompts, RatingScale helpfulness, RatingScale intensity,
                       PairingWindow pairingWindow, List<String> quickTags, boolean transcriptInRecall) {
    public Protocol {
        sessionNumbers = List.copyOf(sessionNumbers == null || sessionNumbers.isEmpty() ? List.of(3, 5) : sessionNumbers);
        for (int n : sessionNumbers) {
            Require.that(n >= 1, "protocol.sessionNumberProtocolValid", n);
        }
        Require.that(sessionNumbers.stream().distinct().count() == sessionNumbers.size(), "protocol.protocolListsSessionNumber");
        prompts = List.copyOf(prompts == null ? List.of() : prompts.stream().map(p -> Require.text(p, "what.prompt")).toList());
        helpfulness = helpfulness == null ? RatingScale.helpfulness() : helpfulness;
        intensity = intensity == null ? RatingScale.intensity() : intensity;
        pairingWindow = pairingWindow == null ? PairingWindow.DEFAULT : pairingWindow;
        quickTags = List.copyOf(quickTags == null ? List.of() : quickTags.stream().map(t -> Require.text(t, "what.quickTag")).toList());
    }

    /** A protocol that keeps transcripts off the recall screen. */
    public Protocol(List<Integer> sessionNumbers, List<String> prompts, RatingScale helpfulness, RatingScale intensity,
                    PairingWindow pairingWindow, List<String> quickTags) {
        this(sessionNumbers, prompts, helpfulness, intensity, pairingWindow, quickTags, false);
    }

    /** The same protocol, with the transcript shown on the recall screen or not. */
    public Protocol withTranscriptInRecall(boolean shown) {
        return new Protocol(sessionNumbers, prompts, helpfulness, intensity, pairingWindow, quickTags, shown);
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
