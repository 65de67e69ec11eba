package org.iprstudio.app.setup;

import org.iprstudio.domain.UserMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.coding.EditKind;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.store.StudyChange;

/**
 * Sessions of a dyad and the recall passes the protocol expects of each: one by the client, one
 * by the therapist. Each method is one undoable edit, committed at once.
 */
public final class SessionSetup {
    private final StudyService service;
    private final EditHistory history;

    public SessionSetup(StudyService service, EditHistory history) {
        this.service = service;
        this.history = history;
    }

    private Study study() {
        return service.study();
    }

    /**
     * Adds a session. A number the protocol does not list is refused with {@link NotInProtocol},
     * unless {@code addToProtocol}: then the number joins the protocol in the same step.
     */
    public Session addSession(Dyad dyad, int number, LocalDate date, boolean addToProtocol) {
        Session session = new Session(UUID.randomUUID(), dyad.id(), number, date, null);
        List<StudyChange> changes = new ArrayList<>(protocolChange(number, addToProtocol));
        refuseTakenNumber(dyad, session);
        changes.add(new StudyChange.Put(session));
        history.perform(EditKind.ADD_SESSION, StudySetup.sessionSubject(dyad.code(), number), changes);
        return session;
    }

    public Session editSession(Session before, int number, LocalDate date, boolean addToProtocol) {
        Session session = new Session(before.id(), before.dyadId(), number, date, before.media());
        List<StudyChange> changes = new ArrayList<>(number == before.number() ? List.of() : protocolChange(number, addToProtocol));
        Dyad dyad = study().dyad(before.dyadId());
        refuseTakenNumber(dyad, session);
        changes.add(new StudyChange.Put(session));
        history.perform(EditKind.EDIT_SESSION, StudySetup.sessionSubject(dyad.code(), number), changes);
        return session;
    }

    private void refuseTakenNumber(Dyad dyad, Session session) {
        for (Session other : study().sessionsOf(dyad.id())) {
            if (!other.id().equals(session.id()) && other.number() == session.number()) {
                throw new DomainException(AppMessages.of("sessionSetup.dyadAlreadyHasSession", dyad.code(), session.number(), (other.date() == null ? "" : AppMessages.of("sessionSetup.onDate", other.date()))));
            }
        }
    }

    /** The header change that adds a session number to the protocol, or a refusal when it is not wanted. */
    List<StudyChange> protocolChange(int number, boolean addToProtocol) {
        Protocol protocol = study().header().protocol();
        if (protocol.sessionNumbers().contains(number)) {
            return List.of();
        }
        if (!addToProtocol) {
            throw new NotInProtocol(number, protocol.sessionNumbers());
        }
        return List.of(new StudyChange.SetHeader(withSessionNumber(study().header(), number)));
    }

    /**
     * Changes the study's settings: title, approval, period, protocol. Stored pairs are
     * decisions and stay as they are; a new pairing window only changes what is suggested.
     */
    public StudyHeader changeSettings(StudyHeader changed) {
        StudyHeader before = study().header();
        StudyHeader header = new StudyHeader(before.id(), changed.title(), changed.approval(), changed.periodStart(), changed.periodEnd(),
                changed.protocol());
        for (Session s : study().sessions()) {
            if (!header.protocol().sessionNumbers().contains(s.number())) {
                throw new DomainException(AppMessages.of("sessionSetup.sessionDyadStudySo", s.number(), study().dyad(s.dyadId()).code()));
            }
        }
        if (!header.protocol().intensity().equals(before.protocol().intensity())) {
            refuseIntensityScale(header.protocol().intensity());
        }
        if (!header.equals(before)) {
            history.perform(EditKind.EDIT_SETTINGS, header.title(), List.of(new StudyChange.SetHeader(header)));
        }
        return header;
    }

    /** Intensity is 1 to 5 in every moment (the domain's bounds); a scale may be shorter, but never below a rating already given. */
    private void refuseIntensityScale(org.iprstudio.domain.RatingScale scale) {
        int points = scale.wholePoints().size();
        if (scale.min() != org.iprstudio.domain.Moment.MIN_INTENSITY || points < 3 || scale.max() > org.iprstudio.domain.Moment.MAX_INTENSITY
                || scale.step() != 1) {
            throw new DomainException(AppMessages.of("sessionSetup.intensityScaleRunsFrom", points, scale.min()));
        }
        long above = study().moments().stream().filter(m -> m.intensity() != null && m.intensity() > scale.max()).count();
        if (above > 0) {
            int highest = study().moments().stream().filter(m -> m.intensity() != null).mapToInt(org.iprstudio.domain.Moment::intensity).max().orElse(0);
            throw new DomainException(AppMessages.of("sessionSetup.intensityScaleTooSmall", above, (int) scale.max(), highest));
        }
    }

    static StudyHeader withSessionNumber(StudyHeader h, int number) {
        List<Integer> numbers = new ArrayList<>(h.protocol().sessionNumbers());
        numbers.add(number);
        numbers.sort(Integer::compare);
        Protocol p = h.protocol();
        return new StudyHeader(h.id(), h.title(), h.approval(), h.periodStart(), h.periodEnd(),
                new Protocol(numbers, p.prompts(), p.helpfulness(), p.intensity(), p.pairingWindow(), p.quickTags(), p.transcriptInRecall()));
    }

    // ---- recall passes ---------------------------------------------------------------------------

    /** A recall the protocol expects, whether or not its pass was created yet. */
    public record ExpectedPass(Session session, Role perspective, Participant participant, RecallPass pass, int moments) {
        public PassStatus status() {
            return pass == null ? PassStatus.PLANNED : pass.status();
        }

        public String missingReason() {
            return pass == null ? "" : pass.missingReason();
        }
    }

    /** The client's and the therapist's pass of the session, then any other pass (observers, trainees). */
    public List<ExpectedPass> expectedPasses(Session session) {
        Dyad dyad = study().dyad(session.dyadId());
        List<RecallPass> passes = study().passesOf(session.id());
        List<ExpectedPass> result = new ArrayList<>();
        for (Participant p : List.of(study().participant(dyad.clientId()), study().participant(dyad.therapistId()))) {
            RecallPass pass = passes.stream().filter(r -> r.participantId().equals(p.id())).findFirst().orElse(null);
            result.add(expected(session, pass == null ? p.role() : pass.perspective(), p, pass));
        }
        for (RecallPass pass : passes) {
            if (!pass.participantId().equals(dyad.clientId()) && !pass.participantId().equals(dyad.therapistId())) {
                result.add(expected(session, pass.perspective(), study().participant(pass.participantId()), pass));
            }
        }
        return result;
    }

    private ExpectedPass expected(Session session, Role perspective, Participant p, RecallPass pass) {
        return new ExpectedPass(session, perspective, p, pass, pass == null ? 0 : study().momentsOf(pass.id()).size());
    }

    /** Marks a recall missing (it will not take place); the reason is required, so the gap can be reported. */
    public RecallPass markMissing(ExpectedPass expected, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(AppMessages.of("sessionSetup.sayWhyRecallMissing"));
        }
        if (expected.moments() > 0) {
            throw new DomainException(AppMessages.of("sessionSetup.recallAlreadyHasMoments", expected.moments()));
        }
        RecallPass p = expected.pass();
        RecallPass missing = p == null
                ? new RecallPass(UUID.randomUUID(), expected.session().id(), expected.perspective(), expected.participant().id(), null, null,
                        PassStatus.MISSING, reason)
                : new RecallPass(p.id(), p.sessionId(), p.perspective(), p.participantId(), p.interviewerId(), p.date(), PassStatus.MISSING, reason);
        history.perform(EditKind.MARK_PASS_MISSING, label(expected), List.of(new StudyChange.Put(missing)));
        return missing;
    }

    /** A missing recall becomes planned again (it will take place after all). */
    public RecallPass backToPlanned(ExpectedPass expected) {
        RecallPass p = require(expected, PassStatus.MISSING, "sessionSetup.onlyMissingToPlanned");
        RecallPass planned = new RecallPass(p.id(), p.sessionId(), p.perspective(), p.participantId(), p.interviewerId(), p.date(), PassStatus.PLANNED, "");
        history.perform(EditKind.PASS_TO_PLANNED, label(expected), List.of(new StudyChange.Put(planned)));
        return planned;
    }

    /** A done recall is opened again so the participant can go on; its moments stay. */
    public RecallPass reopen(ExpectedPass expected) {
        RecallPass p = require(expected, PassStatus.DONE, "sessionSetup.onlyDoneReopened");
        RecallPass planned = new RecallPass(p.id(), p.sessionId(), p.perspective(), p.participantId(), p.interviewerId(), p.date(), PassStatus.PLANNED, "");
        history.perform(EditKind.REOPEN_PASS, label(expected), List.of(new StudyChange.Put(planned)));
        return planned;
    }

    private static RecallPass require(ExpectedPass expected, PassStatus status, String messageKey) {
        if (expected.pass() == null || expected.pass().status() != status) {
            throw new DomainException(AppMessages.of(messageKey));
        }
        return expected.pass();
    }

    private UserMessage label(ExpectedPass e) {
        return AppMessages.of("subject.sessionOf", study().dyad(e.session().dyadId()).code(), e.session().number(), e.participant().code());
    }
}
