package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a study knows of its team: the researchers, the audit trail, who made each coding, and the
 * coding rounds with their coders' codings and the consensus decisions. Kept apart from the
 * study's own records; the rules that tie a round coding to its round live here.
 */
public final class TeamRecords {
    private final Map<String, Researcher> researchers = new LinkedHashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Map<UUID, CodingStamp> codingStamps = new HashMap<>();
    private final Map<UUID, CodingRound> rounds = new LinkedHashMap<>();
    private final Map<UUID, RoundCoding> roundCodings = new LinkedHashMap<>();
    private final Map<UUID, ConsensusDecision> decisions = new LinkedHashMap<>();
    /** The session a moment or pair belongs to, or null when the study has no such moment or pair. */
    private final Function<UUID, UUID> sessionOfUnit;

    TeamRecords(Function<UUID, UUID> sessionOfUnit) {
        this.sessionOfUnit = sessionOfUnit;
    }

    // ---- researchers and the audit trail ------------------------------------------------------

    public List<Researcher> researchers() {
        return List.copyOf(researchers.values());
    }

    public Optional<Researcher> researcher(String initials) {
        return Optional.ofNullable(researchers.get(initials));
    }

    public void putResearcher(Researcher researcher) {
        researchers.put(Require.present(researcher, "what.researcher").initials(), researcher);
    }

    public void removeResearcher(String initials) {
        researchers.remove(initials);
    }

    /** The audit trail in the order it was written. */
    public List<AuditEvent> audit() {
        return Collections.unmodifiableList(audit);
    }

    public void append(AuditEvent event) {
        audit.add(Require.present(event, "what.auditEvent"));
    }

    /** Only to take back an event whose change the file refused. */
    public void removeLast(AuditEvent event) {
        if (!audit.isEmpty() && audit.get(audit.size() - 1).equals(event)) {
            audit.remove(audit.size() - 1);
        }
    }

    /**
     * The open round whose blind work an audit line tells of: a line written by one of the round's
     * coders, since the round opened, about a moment or pair of its sessions (a code applied or
     * removed, a pair kept to code it). Until the round closes, such a line is for its writer and
     * the people not coding, never for the other coders.
     */
    public Optional<CodingRound> blindRoundOf(AuditEvent event) {
        UUID session = event.target() == null ? null : sessionOfUnit.apply(event.target());
        if (session == null) {
            return Optional.empty();
        }
        return rounds.values().stream().filter(r -> r.isOpen() && r.sessionIds().contains(session) && r.hasCoder(event.who())
                && !event.at().isBefore(r.openedAt())).findFirst();
    }

    public Optional<CodingStamp> stampOf(UUID codingId) {
        return Optional.ofNullable(codingStamps.get(codingId));
    }

    public void setStamp(UUID codingId, CodingStamp stamp) {
        if (stamp == null) {
            codingStamps.remove(codingId);
        } else {
            codingStamps.put(codingId, stamp);
        }
    }

    // ---- coding rounds ------------------------------------------------------------------------

    public List<CodingRound> rounds() {
        return List.copyOf(rounds.values());
    }

    public Optional<CodingRound> round(UUID id) {
        return Optional.ofNullable(rounds.get(id));
    }

    public Optional<CodingRound> roundNamed(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return rounds.values().stream().filter(r -> r.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** The open rounds that include a session. */
    public List<CodingRound> openRoundsOf(UUID sessionId) {
        return rounds.values().stream().filter(r -> r.isOpen() && r.sessionIds().contains(sessionId)).toList();
    }

    /**
     * Adds or replaces a round. Its name is its own; a closed round stays closed; while a session
     * is in an open round it is in no other open round, so a coder is never in two blind rounds
     * of one session at once.
     */
    public void putRound(CodingRound round, Function<UUID, Boolean> sessionExists, Function<UUID, Boolean> codeExists) {
        Require.present(round, "what.codingRound");
        roundNamed(round.name()).filter(other -> !other.id().equals(round.id())).ifPresent(other -> {
            throw new DomainException(DomainMessages.of("teamRecords.alreadyCodingRoundNamed", other.name()));
        });
        CodingRound before = rounds.get(round.id());
        Require.that(before == null || before.isOpen() || !round.isOpen(), "teamRecords.roundClosedCannotOpened", round.name());
        for (UUID session : round.sessionIds()) {
            // a round that was started with a session or code later deleted stays as it was recorded
            Require.that(before != null || sessionExists.apply(session), "teamRecords.sessionRoundStudy", round.name());
            if (round.isOpen()) {
                rounds.values().stream().filter(r -> r.isOpen() && !r.id().equals(round.id()) && r.sessionIds().contains(session)).findFirst()
                        .ifPresent(r -> {
                            throw new DomainException(DomainMessages.of("teamRecords.sessionRoundAlreadyOpen", round.name(), r.name()));
                        });
            }
        }
        for (UUID code : round.codeIds()) {
            Require.that(before != null || codeExists.apply(code), "teamRecords.codeRoundStudyS", round.name());
        }
        rounds.put(round.id(), round);
    }

    public void removeRound(UUID id) {
        Require.that(roundCodings.values().stream().noneMatch(c -> c.roundId().equals(id))
                && decisions.values().stream().noneMatch(d -> d.roundId().equals(id)), "teamRecords.roundStillHasCodings");
        rounds.remove(id);
    }

    public List<RoundCoding> roundCodings(UUID roundId) {
        return roundCodings.values().stream().filter(c -> c.roundId().equals(roundId)).toList();
    }

    /** One coder's codings of a round: the only round codings a coder is shown while the round is open. */
    public List<RoundCoding> roundCodingsBy(UUID roundId, String coder) {
        return roundCodings.values().stream().filter(c -> c.roundId().equals(roundId) && c.coder().equals(coder)).toList();
    }

    /**
     * The coders' codings of a closed round, for the formats that archive a round (study.json). An
     * open round's codings are blind and are refused here: only the team use cases read them.
     */
    public List<RoundCoding> codingsOfClosedRound(UUID roundId) {
        CodingRound round = rounds.get(roundId);
        Require.that(round != null, "teamRecords.roundNotInStudy");
        Require.that(!round.isOpen(), "teamRecords.roundStillOpenBlind", round.name());
        return roundCodings(roundId);
    }

    /** Whether the study knows anything of its team (researchers, audit lines, coders of codings, rounds). */
    public boolean isEmpty() {
        return researchers.isEmpty() && audit.isEmpty() && codingStamps.isEmpty() && rounds.isEmpty();
    }

    public Optional<RoundCoding> roundCoding(UUID id) {
        return Optional.ofNullable(roundCodings.get(id));
    }

    /** Adds a coder's coding: the round must be open, the coder one of its coders, the code in its codebook, the unit in its sessions. */
    public void putRoundCoding(RoundCoding coding) {
        CodingRound round = checkedOpenRound(coding);
        Require.that(round.codeIds().contains(coding.codeId()), "teamRecords.codeCodebookRoundUse", round.name());
        UUID session = sessionOfUnit.apply(coding.unitId());
        Require.that(session != null, "teamRecords.momentPairCodedRound", round.name());
        Require.that(round.sessionIds().contains(session), "teamRecords.momentPairSessionRound", round.name());
        boolean twice = roundCodings.values().stream().anyMatch(c -> !c.id().equals(coding.id()) && c.roundId().equals(coding.roundId())
                && c.coder().equals(coding.coder()) && c.codeId().equals(coding.codeId()) && c.unitId().equals(coding.unitId()));
        Require.that(!twice, "teamRecords.hasAlreadyAppliedCode", coding.coder(), round.name());
        roundCodings.put(coding.id(), coding);
    }

    public void removeRoundCoding(UUID id) {
        RoundCoding coding = roundCodings.get(id);
        if (coding != null) {
            checkedOpenRound(coding);
            roundCodings.remove(id);
        }
    }

    /**
     * Puts round codings back as they were recorded (read from the file, or an undo whose change the
     * file refused): they passed the rules when they were made, and a closed round keeps them.
     */
    public void restoreRoundCodings(Collection<RoundCoding> codings) {
        codings.forEach(c -> roundCodings.put(c.id(), c));
    }

    private CodingRound checkedOpenRound(RoundCoding coding) {
        CodingRound round = rounds.get(coding.roundId());
        Require.that(round != null, "teamRecords.roundCodingStudy");
        Require.that(round.isOpen(), "teamRecords.roundClosedCodingsCan", round.name());
        Require.that(round.hasCoder(coding.coder()), "teamRecords.coderRound", coding.coder(), round.name());
        return round;
    }

    public List<ConsensusDecision> decisions(UUID roundId) {
        return decisions.values().stream().filter(d -> d.roundId().equals(roundId)).toList();
    }

    public Optional<ConsensusDecision> decisionOn(UUID roundId, UUID unitId) {
        return decisions.values().stream().filter(d -> d.roundId().equals(roundId) && d.unitId().equals(unitId)).findFirst();
    }

    /** Records (or replaces) the team's decision on a unit of a closed round; the codes that stand must be the round's. */
    public void putDecision(ConsensusDecision decision) {
        CodingRound round = rounds.get(decision.roundId());
        Require.that(round != null, "teamRecords.roundDecisionStudy");
        Require.that(!round.isOpen(), "teamRecords.roundStillOpenClose", round.name());
        Require.that(round.codeIds().containsAll(decision.codeIds()), "teamRecords.decisionRoundMayKeep", round.name());
        decisionOn(decision.roundId(), decision.unitId()).filter(d -> !d.id().equals(decision.id())).ifPresent(d -> decisions.remove(d.id()));
        decisions.put(decision.id(), decision);
    }

    public void removeDecision(UUID id) {
        decisions.remove(id);
    }

    Collection<RoundCoding> allRoundCodings() {
        return roundCodings.values();
    }
}
