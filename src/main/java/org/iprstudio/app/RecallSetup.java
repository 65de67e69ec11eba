package org.iprstudio.app;

import org.iprstudio.domain.DomainMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
     * Starts or resumes a recall. The pass resumed is the one of this session, this participant and
     * this perspective, never another: a typed code that belongs to someone of another role is
     * refused, so nobody can open a client's or a therapist's pass by typing their code. A pass
     * already marked done is resumed only once the researcher has said yes
     * ({@link RecallRequest#resumingDone()}); until then nothing is changed. A new observer or
     * trainee code is added to the study together with its pass, in one commit.
     */
    public RecallStart start(RecallRequest request) {
        Study study = service.study();
        Session session = study.session(request.session().id());
        Participant who = RecallRequest.fromDyad(request.perspective()) ? dyadMember(session, request.perspective())
                : byCode(request.participantCode(), request.perspective()).orElse(null);
        if (who != null) {
            Participant known = who;
            Optional<RecallPass> existing = study.passesOf(session.id()).stream()
                    .filter(p -> p.participantId().equals(known.id()) && p.perspective() == request.perspective()).findFirst();
            if (existing.isPresent()) {
                return resume(existing.get(), known, request.resumeDone());
            }
        }
        List<StudyChange> changes = new ArrayList<>();
        if (who == null) {
            who = new Participant(UUID.randomUUID(), request.participantCode(), request.perspective(), "");
            changes.add(new StudyChange.Put(who));
        }
        RecallPass pass = new RecallPass(UUID.randomUUID(), session.id(), request.perspective(), who.id(),
                request.interviewer() == null ? null : request.interviewer().id(), request.date(), PassStatus.PLANNED, "");
        changes.add(new StudyChange.Put(pass));
        service.apply(changes);
        return new RecallStart.Opened(RecallSession.of(service, pass.id()), false);
    }

    private Participant dyadMember(Session session, Role perspective) {
        Dyad dyad = service.study().dyad(session.dyadId());
        return service.study().participant(perspective == Role.CLIENT ? dyad.clientId() : dyad.therapistId());
    }

    /** The participant with this code, if there is one; refused if they have another role than the perspective. */
    private Optional<Participant> byCode(String code, Role perspective) {
        Optional<Participant> found = service.study().participants().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
        if (found.isPresent() && found.get().role() != perspective) {
            throw new RoleMismatch(found.get(), perspective);
        }
        return found;
    }

    private RecallStart resume(RecallPass pass, Participant who, boolean doneConfirmed) {
        if (pass.status() == PassStatus.MISSING) {
            throw new DomainException(AppMessages.of("recallSetup.recallSessionMarkedMissing", who.code(), pass.missingReason()));
        }
        if (pass.status() == PassStatus.DONE && !doneConfirmed) {
            return new RecallStart.AlreadyDone(who.code(), service.study().momentsOf(pass.id()).size(), pass.date());
        }
        return new RecallStart.Opened(RecallSession.of(service, pass.id()), true);
    }

    /**
     * A typed code belongs to someone whose role is not the perspective chosen (a therapist's code
     * typed as an observer's, say). Their pass is not theirs to open from here.
     */
    public static final class RoleMismatch extends DomainException {
        private final transient Participant participant;
        private final Role perspective;

        RoleMismatch(Participant participant, Role perspective) {
            super(AppMessages.of("recallSetup.roleMismatch", participant.code(), DomainMessages.roleWithArticle(participant.role()),
                    DomainMessages.roleWithArticle(perspective), DomainMessages.role(perspective), DomainMessages.role(participant.role())));
            this.participant = participant;
            this.perspective = perspective;
        }

        public Participant participant() {
            return participant;
        }

        public Role perspective() {
            return perspective;
        }
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
