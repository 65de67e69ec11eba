package org.iprstudio.app.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.Study;

/**
 * The one way the coding view learns which codes a moment or pair has. While a coding round is
 * open, a coder of that round sees, on its sessions, only their own codings of the round: the
 * other coders' codings never leave this class for them. Everyone else (the lead, a researcher
 * who is not coding) sees the study's own coding, which holds no round coding until the team
 * has decided. Every other view of the window that shows codings (the code counts, the theme
 * matrix, the dyad summary, the moment table's themes) reads them from {@link #shownStudy()}, and
 * the History from {@link #history()}, so a coder sees the same blind picture everywhere. The
 * ArchitectureTest keeps the window from going round this class.
 */
public final class CodingLens {
    private final StudyService service;
    /**
     * The last copy made for a coder, with whom and for which rounds it was made: a copy holds every
     * record of the study, and the views that count and group (code counts, matrix, summary, moment
     * table) each ask for it on every refresh. A change committed through the service (undo and redo
     * included) is made to the copy as well when it is one the copy can follow on its own (see
     * {@link BlindCopyChanges}); any other drops it, to be made afresh. It is never given to anyone
     * but the person it was made for.
     */
    private volatile Shown shown;
    /** Counts the changes heard, so a copy made while a change came in is not kept as if it were current. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    private record Shown(String who, long afterChange, List<CodingRound> rounds, Study study) {
    }

    public CodingLens(StudyService service) {
        this.service = service;
        // registered here, before the views that ask for the copy: they hear of a change after the copy follows it
        service.addListener(heard -> {
            long change = changes.incrementAndGet();
            shown = followed(shown, heard, change);
        });
    }

    /**
     * The copy with the change made to it, or null to make it afresh: when the person at the screen
     * or their open rounds are no longer those it was made for, or the change is not one it can follow.
     */
    private Shown followed(Shown last, List<org.iprstudio.store.StudyChange> heard, long change) {
        if (last == null || !last.who().equals(service.actor()) || !last.rounds().equals(blindRounds())) {
            return null;
        }
        Set<UUID> roundIds = new HashSet<>();
        Set<UUID> sessions = new HashSet<>();
        Set<UUID> namedByOwn = new HashSet<>();
        last.rounds().forEach(r -> {
            roundIds.add(r.id());
            sessions.addAll(r.sessionIds());
            ownRoundCodings(r).forEach(c -> {
                namedByOwn.add(c.unitId());
                namedByOwn.add(c.codeId());
            });
        });
        boolean followed = BlindCopyChanges.apply(last.study(), heard, last.who(), roundIds,
                c -> sessions.contains(sessionOf(service.study(), c.momentId() != null ? c.momentId() : c.pairId())),
                service::movedInChange, namedByOwn);
        return followed ? new Shown(last.who(), change, last.rounds(), last.study()) : null;
    }

    /** The open round the person at the screen codes blind in, on this session, if any. */
    public Optional<CodingRound> blindRoundFor(UUID sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        String who = service.actor();
        return service.shown().team().openRoundsOf(sessionId).stream().filter(r -> r.hasCoder(who)).findFirst();
    }

    /**
     * The codings shown on a moment or pair of a session: in a blind round, the person's own round
     * codings (as codings with the round coding's id); otherwise the study's codings.
     */
    public List<Coding> codingsOf(UUID sessionId, UUID unitId) {
        Study study = service.shows(sessionId) ? service.shown() : service.study();
        Optional<CodingRound> blind = blindRoundFor(sessionId);
        if (blind.isEmpty()) {
            return study.codingsOf(unitId);
        }
        return ownRoundCodings(blind.get()).stream().filter(c -> c.unitId().equals(unitId))
                .map(c -> new Coding(c.id(), c.codeId(), c.momentId(), c.pairId())).toList();
    }

    /** The person's own codings of a round, and never anyone else's while it is open. */
    List<RoundCoding> ownRoundCodings(CodingRound round) {
        return service.shown().team().roundCodingsBy(round.id(), service.actor());
    }

    /** The open rounds the person at the screen codes blind in. */
    private List<CodingRound> blindRounds() {
        String who = service.actor();
        // a first look is never taken of a study with coding rounds, and a round starts only in the whole study (decision 0026)
        return service.shown().team().rounds().stream().filter(r -> r.isOpen() && r.hasCoder(who)).toList();
    }

    /**
     * The study as the person at the screen may see its coding: the study itself for anyone not
     * coding an open round; for a coder, a copy in which the round's sessions carry only that
     * coder's own round codings (neither the other coders' nor the study's earlier coding). The copy
     * holds the research records only (no team records, supervision or transcripts): it is for
     * views that count and group codings.
     */
    public Study shownStudy() {
        Study study = service.study();
        List<CodingRound> blind = blindRounds();
        if (blind.isEmpty()) {
            return study;
        }
        String who = service.actor();
        long change = changes.get();
        Shown last = shown;
        if (last != null && last.who().equals(who) && last.afterChange() == change) {
            return last.study();
        }
        Study copy = blindCopy(study, blind);
        if (changes.get() == change) {
            shown = new Shown(who, change, blind, copy);
        }
        return copy;
    }

    private Study blindCopy(Study study, List<CodingRound> blind) {
        Set<UUID> sessions = new HashSet<>();
        blind.forEach(r -> sessions.addAll(r.sessionIds()));
        List<Entity> kept = new ArrayList<>();
        for (Entity e : study.entitiesInDependencyOrder()) {
            if (e instanceof Coding c && sessions.contains(sessionOf(study, c.momentId() != null ? c.momentId() : c.pairId()))) {
                continue;
            }
            kept.add(e);
        }
        for (CodingRound round : blind) {
            for (RoundCoding c : ownRoundCodings(round)) {
                if (study.find(c.unitId()).isPresent() && study.find(c.codeId()).isPresent()) {
                    kept.add(new Coding(c.id(), c.codeId(), c.momentId(), c.pairId()));
                }
            }
        }
        return Study.of(study.header(), kept);
    }

    /** How many moments and pairs carry each code, as {@link #shownStudy()} has them. */
    public Map<UUID, Long> codeUses() {
        Map<UUID, Long> uses = new HashMap<>();
        shownStudy().codings().forEach(c -> uses.merge(c.codeId(), 1L, Long::sum));
        return uses;
    }

    /**
     * The audit trail as the person at the screen may see it: all of it, except, for a coder of an
     * open round, the lines the other coders of that round wrote about its moments and pairs since it
     * opened (they name the codes applied). The lines come back when the round closes.
     */
    public List<AuditEvent> history() {
        return historyAsSeenIn(service);
    }

    /** {@link #history()} without a lens of its own (a lens hears every change of the study while it is open). */
    public static List<AuditEvent> historyAsSeenIn(StudyService service) {
        Study study = service.study();
        String who = service.actor();
        return study.team().audit().stream().filter(e -> e.who().equals(who)
                || study.team().blindRoundOf(e).map(r -> !r.hasCoder(who)).orElse(true)).toList();
    }

    private static UUID sessionOf(Study study, UUID unitId) {
        Optional<Entity> unit = study.find(unitId);
        if (unit.isPresent() && unit.get() instanceof org.iprstudio.domain.MomentPair p) {
            unit = study.find(p.firstMomentId());
        }
        return unit.isPresent() && unit.get() instanceof org.iprstudio.domain.Moment m ? study.pass(m.passId()).sessionId() : null;
    }
}
