package org.iprstudio.app.transcript;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;

/** Which speaker labels of a transcript are the dyad's therapist and client; other labels stay other speakers. */
public final class SpeakerMapping {
    private SpeakerMapping() {
    }

    /** Reads "LABEL=therapist,LABEL=client" (roles in any case); every label must occur in the transcript. */
    public static Map<String, Role> parse(String text, List<String> labels) {
        Map<String, Role> result = new LinkedHashMap<>();
        for (String item : text.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int equals = item.lastIndexOf('=');
            if (equals <= 0) {
                throw new DomainException(AppMessages.of("speakerMapping.speakerMappingWriteLabel", item.strip()));
            }
            String label = item.substring(0, equals).strip();
            String role = item.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
            if (!role.equals("THERAPIST") && !role.equals("CLIENT")) {
                throw new DomainException(AppMessages.of("speakerMapping.speakerMappedTherapistClient", item.strip()));
            }
            if (!labels.contains(label)) {
                throw new DomainException(AppMessages.of("speakerMapping.transcriptHasSpeakerSpeakers", label, (labels.isEmpty() ? "none" : String.join(", ", labels))));
            }
            result.put(label, Role.valueOf(role));
        }
        return result;
    }

    /**
     * A first guess for the researcher to confirm: labels such as "T", "Therapist", "Th" or the therapist's
     * code or pseudonym are the therapist; "C", "Client", "Cl" or the client's code or pseudonym the client.
     */
    public static Map<String, Role> guess(Study study, Dyad dyad, List<String> labels) {
        Participant therapist = study.participant(dyad.therapistId());
        Participant client = study.participant(dyad.clientId());
        Map<String, Role> result = new LinkedHashMap<>();
        for (String label : labels) {
            String l = label.strip().toLowerCase(Locale.ROOT);
            if (List.of("t", "th", "therapist", "therapeut", "therapeutin").contains(l) || names(therapist).contains(l)) {
                result.putIfAbsent(label, Role.THERAPIST);
            } else if (List.of("c", "cl", "client", "klient", "klientin", "patient", "p").contains(l) || names(client).contains(l)) {
                result.putIfAbsent(label, Role.CLIENT);
            }
        }
        return result;
    }

    private static List<String> names(Participant p) {
        return p == null ? List.of() : java.util.stream.Stream.of(p.code(), p.pseudonym()).filter(java.util.Objects::nonNull)
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
