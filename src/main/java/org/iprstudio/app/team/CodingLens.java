package org.iprstudio.app.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.Study;

/**
 * The one way the coding view learns which codes a moment or pair has. While a coding round is
 * open, a coder of that round sees, on its sessions, only their own codings of the round: the
 * other coders' codings never leave this class for them. Everyone else (the lead, a researcher
 * who is not coding) sees the study's own coding, which holds no round coding until the team
 * has decided. The ArchitectureTest keeps the coding view from going round this class.
 */
public final class CodingLens {
    private final StudyService service;

    public CodingLens(StudyService service) {
        this.service = service;
    }

    /** The open round the person at the screen codes blind in, on this session, if any. */
    public Optional<CodingRound> blindRoundFor(UUID sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        String who = service.actor();
        return service.study().team().openRoundsOf(sessionId).stream().filter(r -> r.hasCoder(who)).findFirst();
    }

    /**
     * The codings shown on a moment or pair of a session: in a blind round, the person's own round
     * codings (as codings with the round coding's id); otherwise the study's codings.
     */
    public List<Coding> codingsOf(UUID sessionId, UUID unitId) {
        Study study = service.study();
        Optional<CodingRound> blind = blindRoundFor(sessionId);
        if (blind.isEmpty()) {
            return study.codingsOf(unitId);
        }
        return ownRoundCodings(blind.get()).stream().filter(c -> c.unitId().equals(unitId))
                .map(c -> new Coding(c.id(), c.codeId(), c.momentId(), c.pairId())).toList();
    }

    /** The person's own codings of a round, and never anyone else's while it is open. */
    List<RoundCoding> ownRoundCodings(CodingRound round) {
        return service.study().team().roundCodingsBy(round.id(), service.actor());
    }
}
