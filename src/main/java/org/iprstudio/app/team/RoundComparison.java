package org.iprstudio.app.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.ConsensusDecision;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * A round's codings side by side: every moment and kept pair of its sessions with each coder's
 * codes (within the round's codebook), disagreements first. Only for a closed round: while a
 * round is open nobody may see the coders' codings together.
 */
public final class RoundComparison {
    /** One moment or pair and what each coder gave it; {@code decision} once the team has decided. */
    public record Unit(UUID unitId, boolean isPair, Session session, Moment moment, MomentPair pair, Map<String, Set<UUID>> byCoder,
                       ConsensusDecision decision) {
        public Set<UUID> codesOf(String coder) {
            return byCoder.getOrDefault(coder, Set.of());
        }

        /** The coders did not all give the same codes. */
        public boolean disagreement() {
            return byCoder.values().stream().distinct().count() > 1;
        }

        /** Every code any coder gave. */
        public Set<UUID> anyCode() {
            Set<UUID> all = new LinkedHashSet<>();
            byCoder.values().forEach(all::addAll);
            return all;
        }
    }

    private final CodingRound round;
    private final List<Unit> units;

    private RoundComparison(CodingRound round, List<Unit> units) {
        this.round = round;
        this.units = List.copyOf(units);
    }

    public static RoundComparison of(Study study, CodingRound round) {
        if (round.isOpen()) {
            throw new DomainException(AppMessages.of("roundComparison.stillOpen", round.name()));
        }
        return new RoundComparison(round, units(study, round));
    }

    /** Every unit of a round with each coder's codes, in session and time order (the statistics read this too). */
    static List<Unit> units(Study study, CodingRound round) {
        Map<UUID, Map<String, Set<UUID>>> given = new LinkedHashMap<>();
        for (RoundCoding c : study.team().roundCodings(round.id())) {
            given.computeIfAbsent(c.unitId(), k -> new LinkedHashMap<>()).computeIfAbsent(c.coder(), k -> new LinkedHashSet<>()).add(c.codeId());
        }
        List<Unit> result = new ArrayList<>();
        for (UUID sessionId : round.sessionIds()) {
            Optional<Session> session = study.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst();
            if (session.isEmpty()) {
                continue; // deleted since the round began
            }
            List<Moment> moments = new ArrayList<>();
            for (RecallPass pass : study.passesOf(sessionId)) {
                moments.addAll(study.momentsOf(pass.id()));
            }
            moments.sort(Comparator.comparing(Moment::anchor));
            Set<UUID> pairsSeen = new LinkedHashSet<>();
            for (Moment m : moments) {
                result.add(unit(study, round, given, m.id(), false, session.get(), m, null));
                for (MomentPair p : study.pairsOf(m.id())) {
                    if (p.decision() == PairDecision.CONFIRMED && pairsSeen.add(p.id())) {
                        result.add(unit(study, round, given, p.id(), true, session.get(), m, p));
                    }
                }
            }
        }
        return result;
    }

    private static Unit unit(Study study, CodingRound round, Map<UUID, Map<String, Set<UUID>>> given, UUID id, boolean pair, Session session,
                             Moment moment, MomentPair p) {
        Map<String, Set<UUID>> byCoder = new LinkedHashMap<>();
        for (String coder : round.coders()) {
            Set<UUID> codes = new LinkedHashSet<>(given.getOrDefault(id, Map.of()).getOrDefault(coder, Set.of()));
            codes.retainAll(round.codeIds());
            byCoder.put(coder, Set.copyOf(codes));
        }
        return new Unit(id, pair, session, moment, p, byCoder, study.team().decisionOn(round.id(), id).orElse(null));
    }

    public CodingRound round() {
        return round;
    }

    /** All units, disagreements first (undecided before decided), then in session and time order. */
    public List<Unit> units() {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt((Unit u) -> u.disagreement() ? (u.decision() == null ? 0 : 1) : 2));
        return sorted;
    }

    public List<Unit> disagreements() {
        return units().stream().filter(Unit::disagreement).toList();
    }

    public List<Unit> undecided() {
        return disagreements().stream().filter(u -> u.decision() == null).toList();
    }

    public List<Unit> unitsOf(UUID sessionId) {
        return units().stream().filter(u -> u.session().id().equals(sessionId)).toList();
    }
}
