package org.iprstudio.domain;

import java.util.UUID;

/**
 * A person in the study, known only by a code (C01, T01, I1) and a pseudonym. Real names are
 * never stored: the key list lives outside the program, as the ethics approval requires.
 */
public record Participant(UUID id, String code, Role role, String pseudonym) implements Entity {
    public Participant {
        Require.present(id, "what.participantSId");
        code = Require.code(code, "what.participantCode", "[A-Za-z][A-Za-z0-9_-]{0,15}", "C01 or T01");
        Require.present(role, "what.roleOfParticipant", code);
        pseudonym = Require.orEmpty(pseudonym).strip();
    }

    /** "C01 Ingrid", or the code alone when there is no pseudonym. */
    public String label() {
        return pseudonym.isEmpty() ? code : code + " " + pseudonym;
    }
}
