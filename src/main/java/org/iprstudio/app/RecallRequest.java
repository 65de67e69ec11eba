package org.iprstudio.app;

import java.time.LocalDate;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.DomainMessages;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;

/**
 * What the researcher asks for when a recall starts. The client and the therapist of a session
 * come from its dyad and are never typed, so a request for them carries no code at all; an
 * observer or a trainee is named by a code (and may be new to the study).
 *
 * @param participantCode the typed code; null for the dyad's client or therapist
 * @param resumeDone      the researcher has confirmed that a pass already marked done may be resumed
 */
public record RecallRequest(Session session, Role perspective, String participantCode, Participant interviewer, LocalDate date,
                            boolean resumeDone) {
    public RecallRequest {
        if (session == null || perspective == null) {
            throw new IllegalArgumentException("A recall request needs a session and a perspective.");
        }
        if (!perspective.canRecall()) {
            throw new DomainException(AppMessages.of("recallRequest.interviewerAsksQuestionsChoose"));
        }
        if (fromDyad(perspective)) {
            if (participantCode != null) {
                throw new DomainException(AppMessages.of("recallRequest.fromDyadNoCode", DomainMessages.role(perspective)));
            }
        } else {
            participantCode = participantCode == null ? "" : participantCode.strip();
            if (participantCode.isEmpty()) {
                throw new DomainException(AppMessages.of("recallRequest.typeChooseCodeWho", DomainMessages.role(perspective)));
            }
        }
    }

    /** Whether the person who recalls from this perspective is the session's own client or therapist. */
    public static boolean fromDyad(Role perspective) {
        return perspective == Role.CLIENT || perspective == Role.THERAPIST;
    }

    /** The session's client or therapist recalls: who that is, the dyad says. */
    public static RecallRequest ofDyadMember(Session session, Role perspective, Participant interviewer, LocalDate date) {
        if (!fromDyad(perspective)) {
            throw new IllegalArgumentException("Only the client and the therapist come from the dyad; an " + perspective + " is named by a code.");
        }
        return new RecallRequest(session, perspective, null, interviewer, date, false);
    }

    /** An observer, a trainee or a supervisor recalls, named by their code (a new code is added with that role). */
    public static RecallRequest ofCode(Session session, Role perspective, String code, Participant interviewer, LocalDate date) {
        if (fromDyad(perspective)) {
            throw new IllegalArgumentException("The " + perspective + " comes from the dyad and is never typed.");
        }
        return new RecallRequest(session, perspective, code, interviewer, date, false);
    }

    /** The same request, with the researcher's yes to resuming a pass that is already done. */
    public RecallRequest resumingDone() {
        return new RecallRequest(session, perspective, participantCode, interviewer, date, true);
    }
}
