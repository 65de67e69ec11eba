package org.iprstudio.app.team;

import org.iprstudio.domain.DomainMessages;
import org.iprstudio.domain.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.AuditNote;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.CodingActions;
import org.iprstudio.app.coding.EditKind;
import org.iprstudio.app.coding.QuoteActions;
import org.iprstudio.app.coding.TranscriptSelection;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.ConsensusDecision;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.RoundStatus;
import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;

/**
 * The team's work on a study: joining it, starting and closing coding rounds, coding blind
 * within one, and deciding the disagreements. Each method is one committed transaction with its
 * audit line; coding within a round goes through the edit history, so it can be undone.
 */
public final class TeamActions {
    private final StudyService service;
    private final CodingActions coding;

    public TeamActions(StudyService service, CodingActions coding) {
        this.service = service;
        this.coding = coding;
    }

    private Study study() {
        return service.study();
    }

    /** Records a researcher in the study (or their new name); nothing happens if the study knows them already. */
    public void join(Researcher researcher) {
        if (study().team().researcher(researcher.initials()).filter(researcher::equals).isPresent()) {
            return;
        }
        service.apply(List.of(new StudyChange.PutResearcher(researcher)), new AuditNote(AuditKind.TEAM, "researcher joined: " + researcher.label()));
    }

    /** The lead (the person working) starts a round. */
    public CodingRound startRound(String name, List<UUID> sessionIds, List<String> coders, List<UUID> codeIds, List<UUID> exclusiveGroups) {
        CodingRound round = new CodingRound(UUID.randomUUID(), name, RoundStatus.OPEN, service.actor(), service.clock().instant(), null,
                sessionIds, coders, codeIds, exclusiveGroups);
        service.apply(List.of(new StudyChange.PutRound(round)), new AuditNote(AuditKind.ROUND, "coding round " + round.name() + " started: "
                + round.sessionIds().size() + " session(s), coders " + String.join(", ", round.coders()) + ", " + round.codeIds().size() + " code(s)"));
        return round;
    }

    /**
     * Closes a round: from now on everyone may see every coder's codings of it. Where all coders
     * agree on a unit, their codes become the study's coding of that unit at once; the
     * disagreements wait for the team's decision.
     */
    public RoundComparison close(CodingRound round) {
        CodingRound current = study().team().round(round.id()).orElseThrow(() -> new DomainException(AppMessages.of("teamActions.roundStudy", round.name())));
        if (!current.isOpen()) {
            throw new DomainException(AppMessages.of("teamActions.roundAlreadyClosed", current.name()));
        }
        if (!current.lead().equals(service.actor())) {
            throw new DomainException(AppMessages.of("teamActions.onlyLeadRoundCan", current.name(), current.lead()));
        }
        CodingRound closed = current.closed(service.clock().instant());
        RoundComparison comparison = RoundComparison.of(study(), closed);
        List<StudyChange> changes = new ArrayList<>();
        changes.add(new StudyChange.PutRound(closed));
        for (RoundComparison.Unit unit : comparison.units()) {
            if (!unit.disagreement()) {
                changes.addAll(studyCodingBecomes(closed, unit.unitId(), unit.isPair(), unit.codesOf(closed.coders().get(0))));
            }
        }
        service.apply(changes, new AuditNote(AuditKind.ROUND, "coding round " + closed.name() + " closed: " + comparison.disagreements().size()
                + " disagreement(s) of " + comparison.units().size() + " unit(s) to decide"));
        return RoundComparison.of(study(), closed);
    }

    /** The team's decision on a unit of a closed round: these of the round's codes stand; it becomes the study's coding of the unit. */
    public ConsensusDecision decide(CodingRound round, UUID unitId, Set<UUID> codesThatStand, String note) {
        boolean pair = study().find(unitId).filter(MomentPair.class::isInstance).isPresent();
        Optional<ConsensusDecision> earlier = study().team().decisionOn(round.id(), unitId);
        ConsensusDecision decision = new ConsensusDecision(earlier.map(ConsensusDecision::id).orElseGet(UUID::randomUUID), round.id(), unitId,
                List.copyOf(codesThatStand), note, service.actor(), service.clock().instant());
        List<StudyChange> changes = new ArrayList<>();
        changes.add(new StudyChange.PutDecision(decision));
        changes.addAll(studyCodingBecomes(round, unitId, pair, codesThatStand));
        service.apply(changes, new AuditNote(AuditKind.CONSENSUS, "consensus on " + unitLabel(unitId).english() + " in round '" + round.name() + "': " + names(codesThatStand)
                + (decision.note().isEmpty() ? "" : " (" + decision.note() + ")")));
        return decision;
    }

    /** The study's codings of a unit, within the round's codebook, made to be exactly these codes (codes outside the codebook are kept). */
    private List<StudyChange> studyCodingBecomes(CodingRound round, UUID unitId, boolean pair, Set<UUID> codes) {
        List<StudyChange> changes = new ArrayList<>();
        Set<UUID> present = new LinkedHashSet<>();
        for (Coding c : study().codingsOf(unitId)) {
            if (round.codeIds().contains(c.codeId())) {
                if (codes.contains(c.codeId()) && present.add(c.codeId())) {
                    continue;
                }
                changes.add(new StudyChange.Delete(c));
            }
        }
        for (UUID code : codes) {
            if (!present.contains(code) && study().find(code).isPresent()) {
                changes.add(new StudyChange.Put(new Coding(UUID.randomUUID(), code, pair ? null : unitId, pair ? unitId : null)));
            }
        }
        return changes;
    }

    /** "D02/3 client 12:00" or "D02/3 pair 1:30-1:40", for the audit trail. */
    private UserMessage unitLabel(UUID unitId) {
        Study study = study();
        Optional<org.iprstudio.domain.Entity> found = study.find(unitId);
        Moment moment = found.filter(Moment.class::isInstance).map(Moment.class::cast)
                .orElseGet(() -> found.filter(MomentPair.class::isInstance).map(p -> study.moment(((MomentPair) p).firstMomentId())).orElse(null));
        if (moment == null) {
            return AppMessages.of("subject.aUnit");
        }
        var pass = study.pass(moment.passId());
        var session = study.session(pass.sessionId());
        String dyad = study.dyad(session.dyadId()).code();
        if (found.get() instanceof MomentPair p) {
            return AppMessages.of("subject.unitPair", dyad, session.number(), study.moment(p.firstMomentId()).anchor().toShortClock(),
                    study.moment(p.secondMomentId()).anchor().toShortClock());
        }
        return AppMessages.of("subject.unitMoment", dyad, session.number(), DomainMessages.role(pass.perspective()), moment.anchor().toShortClock());
    }

    private String names(Set<UUID> codes) {
        if (codes.isEmpty()) {
            return "no code";
        }
        return String.join(", ", codes.stream().map(id -> study().find(id).filter(Code.class::isInstance).map(c -> ((Code) c).name()).orElse("?")).toList());
    }

    // ---- blind coding ---------------------------------------------------------------------------

    /** Applies or removes a code on a moment as the working coder's round coding; true if it is now applied. */
    public boolean toggle(CodingRound round, Code code, Moment moment) {
        return toggleUnit(round, code, moment.id(), false, List.of());
    }

    /** The same on a pair; a pair only suggested is kept first (pair decisions are the study's, not blind). */
    public boolean toggle(CodingRound round, Code code, SessionPairing.Line line) {
        List<StudyChange> before = new ArrayList<>();
        MomentPair pair = line.stored();
        if (pair == null || pair.decision() != org.iprstudio.domain.PairDecision.CONFIRMED) {
            pair = coding.confirm(line);
        }
        return toggleUnit(round, code, pair.id(), true, before);
    }

    /**
     * Words of the transcript coded by a coder in a blind round: the code becomes the coder's round
     * coding of the moment, once (never the study's coding, which every coder sees); the moment gets
     * the words as its quote if it has none, as outside a round (a quote is the study's). A new
     * researcher's moment is not made during a round: the words must belong to a moment of it.
     */
    public void codeWords(CodingRound round, Code code, TranscriptSelection selection, Moment moment, QuoteActions quotes) {
        if (moment == null) {
            throw new DomainException(AppMessages.of("teamActions.wordsNeedMomentInRound", round.name()));
        }
        requireInCodebook(round, code);
        if (!study().pass(moment.passId()).sessionId().equals(selection.sessionId())) {
            throw new DomainException(AppMessages.of("quoteActions.theseWordsFromAnother"));
        }
        boolean coded = study().team().roundCodingsBy(round.id(), service.actor()).stream()
                .anyMatch(c -> moment.id().equals(c.momentId()) && c.codeId().equals(code.id()));
        if (study().quoteOf(moment.id()).isEmpty()) {
            quotes.quote(moment, selection);
        }
        if (!coded) {
            toggle(round, code, moment);
        }
    }

    private static void requireInCodebook(CodingRound round, Code code) {
        if (!round.codeIds().contains(code.id())) {
            throw new DomainException(AppMessages.of("teamActions.codeCodebookRoundWhile", code.name(), round.name()));
        }
    }

    private boolean toggleUnit(CodingRound round, Code code, UUID unitId, boolean pair, List<StudyChange> before) {
        requireInCodebook(round, code);
        String who = service.actor();
        Optional<RoundCoding> existing = study().team().roundCodingsBy(round.id(), who).stream()
                .filter(c -> c.unitId().equals(unitId) && c.codeId().equals(code.id())).findFirst();
        UserMessage subject = AppMessages.of("subject.roundCoding", code.name(), unitLabel(unitId), round.name());
        if (existing.isPresent()) {
            coding.history().perform(EditKind.REMOVE_CODE, subject, List.of(new StudyChange.DeleteRoundCoding(existing.get())));
            return false;
        }
        RoundCoding made = new RoundCoding(UUID.randomUUID(), round.id(), who, code.id(), pair ? null : unitId, pair ? unitId : null,
                service.clock().instant());
        List<StudyChange> changes = new ArrayList<>(before);
        changes.add(new StudyChange.PutRoundCoding(made));
        coding.history().perform(EditKind.APPLY_CODE, subject, changes);
        return true;
    }
}
