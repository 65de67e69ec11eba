package org.iprstudio.app;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;

/** The researcher's side of a recall: who may recall a session, starting or resuming a pass, the passphrase. */
public final class RecallSetup {
    public static final List<Role> PERSPECTIVES = List.of(Role.CLIENT, Role.THERAPIST, Role.OBSERVER, Role.TRAINEE);

    private final StudyService service;

    public RecallSetup(StudyService service) {
        this.service = service;
    }

    /** Who can recall the session from a perspective: the dyad's client or therapist, or any observer or trainee. */
    public List<Participant> candidates(Session session, Role perspective) {
        Study study = service.study();
        Dyad dyad = study.dyad(session.dyadId());
        return switch (perspective) {
            case CLIENT -> List.of(study.participant(dyad.clientId()));
            case THERAPIST -> List.of(study.participant(dyad.therapistId()));
            default -> study.participants().stream().filter(p -> p.role() == perspective).toList();
        };
    }

    public List<Participant> interviewers() {
        return service.study().participants().stream().filter(p -> p.role() == Role.INTERVIEWER || p.role() == Role.SUPERVISOR).toList();
    }

    /** The passes of the session that can be resumed (not missing). */
    public List<RecallPass> resumable(Session session) {
        return service.study().passesOf(session.id()).stream().filter(p -> p.status() != PassStatus.MISSING).toList();
    }

    /**
     * Starts a recall: resumes the participant's pass of this session if there is one (a planned
     * or even a done one), otherwise creates it. A participant code that is not in the study yet
     * is added (observers and trainees are often added on the day).
     */
    public RecallSession start(Session session, Role perspective, String participantCode, Participant interviewer, LocalDate date) {
        Study study = service.study();
        Participant participant = study.participants().stream().filter(p -> p.code().equalsIgnoreCase(participantCode.strip())).findFirst()
                .orElse(null);
        if (participant == null) {
            if (perspective == Role.CLIENT || perspective == Role.THERAPIST) {
                throw new DomainException("The " + perspective.name().toLowerCase() + " of this dyad is already in the study; choose them.");
            }
            participant = new Participant(UUID.randomUUID(), participantCode, perspective, "");
            service.put(participant);
        }
        Participant who = participant;
        RecallPass existing = study.passesOf(session.id()).stream().filter(p -> p.participantId().equals(who.id())).findFirst().orElse(null);
        if (existing != null) {
            if (existing.status() == PassStatus.MISSING) {
                throw new DomainException("This recall is marked missing (" + existing.missingReason() + "). To run it after all, set it back to planned in Study > Study setup..., tab Sessions, videos and recalls.");
            }
            return RecallSession.of(service, existing.id());
        }
        RecallPass pass = new RecallPass(UUID.randomUUID(), session.id(), perspective, who.id(), interviewer == null ? null : interviewer.id(),
                date, PassStatus.PLANNED, "");
        service.put(pass);
        return RecallSession.of(service, pass.id());
    }

    public boolean hasPassphrase() {
        return service.study().recallLock().isPresent();
    }

    /** Sets the study passphrase; only a salted, slow hash of it is stored. */
    public void setPassphrase(char[] passphrase) {
        try {
            service.apply(List.of(new StudyChange.SetRecallLock(Passphrases.lock(passphrase))));
        } finally {
            Passphrases.wipe(passphrase);
        }
    }
}
