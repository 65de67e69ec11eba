package org.iprstudio.app.setup;

import org.iprstudio.domain.DomainMessages;
import org.iprstudio.domain.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.coding.EditKind;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;

/**
 * The researcher sets up who is in the study: sites, participants (codes and pseudonyms, never
 * real names) and dyads. Every method is one undoable edit, committed at once; a refusal
 * changes nothing and says why.
 */
public final class StudySetup {
    private final StudyService service;
    private final EditHistory history;

    public StudySetup(StudyService service, EditHistory history) {
        this.service = service;
        this.history = history;
    }

    Study study() {
        return service.study();
    }

    EditHistory history() {
        return history;
    }

    StudyService service() {
        return service;
    }

    // ---- sites ------------------------------------------------------------------------------

    public Site addSite(String code, String name) {
        Site site = new Site(UUID.randomUUID(), code, name);
        refuseDuplicate(study().sites(), site.id(), site.code(), Site::code, StudySetup::describe, nextSiteCode());
        history.perform(EditKind.ADD_SITE, site.code(), List.of(new StudyChange.Put(site)));
        return site;
    }

    public Site editSite(Site before, String code, String name) {
        Site site = new Site(before.id(), code, name);
        refuseDuplicate(study().sites(), site.id(), site.code(), Site::code, StudySetup::describe, nextSiteCode());
        history.perform(EditKind.EDIT_SITE, site.code(), List.of(new StudyChange.Put(site)));
        return site;
    }

    // ---- participants -------------------------------------------------------------------------

    public Participant addParticipant(String code, Role role, String pseudonym) {
        Participant p = new Participant(UUID.randomUUID(), code, role, pseudonym);
        refuseDuplicate(study().participants(), p.id(), p.code(), Participant::code, this::describe, nextParticipantCode(role));
        history.perform(EditKind.ADD_PARTICIPANT, p.code(), List.of(new StudyChange.Put(p)));
        return p;
    }

    public Participant editParticipant(Participant before, String code, Role role, String pseudonym) {
        Participant p = new Participant(before.id(), code, role, pseudonym);
        refuseDuplicate(study().participants(), p.id(), p.code(), Participant::code, this::describe, nextParticipantCode(role));
        history.perform(EditKind.EDIT_PARTICIPANT, p.code(), List.of(new StudyChange.Put(p)));
        return p;
    }

    /**
     * A person the dyad form proposes ("new client C03"): checked like any new participant but not
     * stored; {@link #addDyad} and {@link #editDyad} store it in the same undoable step as the dyad,
     * so one undo takes back the dyad and the people made for it, and a refused dyad leaves no one behind.
     */
    public Participant newParticipant(String code, Role role) {
        Participant p = new Participant(UUID.randomUUID(), code, role, "");
        refuseDuplicate(study().participants(), p.id(), p.code(), Participant::code, this::describe, nextParticipantCode(role));
        return p;
    }

    /** Puts for the dyad's people that are not in the study yet (made by {@link #newParticipant}), checked again. */
    private List<StudyChange> newPeople(Participant... people) {
        List<StudyChange> changes = new ArrayList<>();
        for (Participant p : people) {
            if (study().participants().stream().noneMatch(existing -> existing.id().equals(p.id()))) {
                refuseDuplicate(study().participants(), p.id(), p.code(), Participant::code, this::describe, nextParticipantCode(p.role()));
                changes.add(new StudyChange.Put(p));
            }
        }
        return changes;
    }

    private static UserMessage describe(Site s) {
        return AppMessages.of("subject.site", s.code(), s.name());
    }

    private UserMessage describe(Participant p) {
        return AppMessages.of("subject.participant", DomainMessages.role(p.role()), p.label());
    }

    static String prefixFor(Role role) {
        return switch (role) {
            case CLIENT -> "C";
            case THERAPIST -> "T";
            case INTERVIEWER -> "I";
            case OBSERVER -> "O";
            case SUPERVISOR -> "SV";
            case TRAINEE -> "TR";
        };
    }

    // ---- dyads --------------------------------------------------------------------------------

    public Dyad addDyad(String code, Site site, Participant therapist, Participant client) {
        Dyad dyad = new Dyad(UUID.randomUUID(), code, site.id(), therapist.id(), client.id(), null);
        refuseDuplicate(study().dyads(), dyad.id(), dyad.code(), Dyad::code, this::describe, nextDyadCode());
        List<StudyChange> changes = newPeople(therapist, client);
        changes.add(new StudyChange.Put(dyad));
        history.perform(EditKind.ADD_DYAD, dyad.code(), changes);
        return dyad;
    }

    /**
     * Changes a dyad's code, site, therapist or client. A client or therapist who has recalled a
     * session of this dyad (a pass done, or with moments) cannot be swapped: their recall would
     * end up under someone else. Passes that only were planned or marked missing move to the new
     * person in the same step.
     */
    public Dyad editDyad(Dyad before, String code, Site site, Participant therapist, Participant client) {
        Dyad dyad = new Dyad(before.id(), code, site.id(), therapist.id(), client.id(), before.trajectory());
        refuseDuplicate(study().dyads(), dyad.id(), dyad.code(), Dyad::code, this::describe, nextDyadCode());
        List<RecallPass> moved = new ArrayList<>(movePasses(before, before.clientId(), client.id(), dyad.code()));
        moved.addAll(movePasses(before, before.therapistId(), therapist.id(), dyad.code()));
        // a pass must name the dyad's own client: it goes, the dyad changes, it comes back under the new person
        // (and the undo, replayed backwards, restores the old dyad before the old passes)
        List<StudyChange> changes = newPeople(therapist, client);
        moved.forEach(p -> changes.add(new StudyChange.Delete(study().pass(p.id()))));
        changes.add(new StudyChange.Put(dyad));
        moved.forEach(p -> changes.add(new StudyChange.Put(p)));
        history.perform(EditKind.EDIT_DYAD, dyad.code(), changes);
        return dyad;
    }

    private List<RecallPass> movePasses(Dyad dyad, UUID from, UUID to, String code) {
        if (from.equals(to)) {
            return List.of();
        }
        List<RecallPass> changes = new ArrayList<>();
        Participant old = study().participant(from);
        for (Session session : study().sessionsOf(dyad.id())) {
            for (RecallPass pass : study().passesOf(session.id())) {
                if (!pass.participantId().equals(from)) {
                    continue;
                }
                List<Moment> moments = study().momentsOf(pass.id());
                if (pass.status() == PassStatus.DONE || !moments.isEmpty()) {
                    throw new DomainException(AppMessages.of("studySetup.hasAlreadyRecalledSession", old.code(), session.number(), code));
                }
                changes.add(new RecallPass(pass.id(), pass.sessionId(), pass.perspective(), to, pass.interviewerId(),
                        pass.date(), pass.status(), pass.missingReason()));
            }
        }
        return changes;
    }

    private UserMessage describe(Dyad d) {
        return AppMessages.of("subject.dyad", d.code(), study().participant(d.clientId()).code(), study().participant(d.therapistId()).code(),
                study().site(d.siteId()).code());
    }

    // ---- removal ------------------------------------------------------------------------------

    /** What would go with this site, participant, dyad or session; nothing is changed. */
    public RemovalSummary whatGoesWith(Entity entity) {
        return RemovalSummary.of(subject(entity), entity, study().removalOf(entity.id()));
    }

    /** Removes the thing and everything that goes with it (see {@link #whatGoesWith}), as one undoable edit. */
    public void remove(Entity entity) {
        EditKind kind = entity instanceof Site ? EditKind.REMOVE_SITE : entity instanceof Participant ? EditKind.REMOVE_PARTICIPANT
                : entity instanceof Dyad ? EditKind.REMOVE_DYAD : EditKind.REMOVE_SESSION;
        history.perform(kind, subject(entity), service.deletionOf(entity));
    }

    /** "S1", "T01", "D02", "D02 session 3" (in the reader's language). */
    public UserMessage subject(Entity e) {
        if (e instanceof Site s) {
            return UserMessage.plain(s.code());
        }
        if (e instanceof Participant p) {
            return UserMessage.plain(p.code());
        }
        if (e instanceof Dyad d) {
            return UserMessage.plain(d.code());
        }
        if (e instanceof Session s) {
            return sessionSubject(study().dyad(s.dyadId()).code(), s.number());
        }
        return UserMessage.plain(e.getClass().getSimpleName());
    }

    /** "D02 session 3", for edits and messages. */
    static UserMessage sessionSubject(String dyadCode, int number) {
        return AppMessages.of("subject.session", dyadCode, number);
    }

    // ---- codes ----------------------------------------------------------------------------------

    /** Refuses a code another record of the same kind has, naming that record and a free code. */
    static <E extends Entity> void refuseDuplicate(List<E> existing, UUID id, String code, Function<E, String> codeOf,
                                                   Function<E, ?> describe, String suggestion) {
        Optional<E> clash = existing.stream().filter(e -> !e.id().equals(id) && codeOf.apply(e).equalsIgnoreCase(code)).findFirst();
        if (clash.isPresent()) {
            throw new DomainException(AppMessages.of("studySetup.codeAlreadyUsedChoose", code, describe.apply(clash.get()), suggestion));
        }
    }

    /** The first code of the form prefix + two digits (D01, D02 ...) that is not taken. */
    public static String nextFreeCode(List<String> taken, String prefix) {
        for (int n = 1; ; n++) {
            String candidate = String.format(Locale.ROOT, "%s%02d", prefix, n);
            if (taken.stream().noneMatch(c -> c.equalsIgnoreCase(candidate))) {
                return candidate;
            }
        }
    }

    public String nextSiteCode() {
        for (int n = 1; ; n++) {
            String candidate = "S" + n;
            if (study().sites().stream().noneMatch(s -> s.code().equalsIgnoreCase(candidate))) {
                return candidate;
            }
        }
    }

    public String nextParticipantCode(Role role) {
        return nextFreeCode(study().participants().stream().map(Participant::code).toList(), prefixFor(role));
    }

    public String nextDyadCode() {
        return nextFreeCode(study().dyads().stream().map(Dyad::code).toList(), "D");
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
