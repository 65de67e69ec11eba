package org.iprstudio.exchange.json;

import static org.iprstudio.exchange.json.DocumentMapper.enumOf;
import static org.iprstudio.exchange.json.DocumentMapper.instant;
import static org.iprstudio.exchange.json.DocumentMapper.list;
import static org.iprstudio.exchange.json.DocumentMapper.name;
import static org.iprstudio.exchange.json.DocumentMapper.text;
import static org.iprstudio.exchange.json.DocumentMapper.uuid;
import static org.iprstudio.exchange.json.DocumentMapper.uuidOrNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.CodingStamp;
import org.iprstudio.domain.ConsensusDecision;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.RoundStatus;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TeamRecords;
import org.iprstudio.exchange.json.StudyDocument.CodingDto;
import org.iprstudio.exchange.json.TeamDto.AuditDto;
import org.iprstudio.exchange.json.TeamDto.DecisionDto;
import org.iprstudio.exchange.json.TeamDto.ResearcherDto;
import org.iprstudio.exchange.json.TeamDto.RoundCodingDto;
import org.iprstudio.exchange.json.TeamDto.RoundDto;

/**
 * The team section of study.json (version 3) and the codings' coder, in both directions. Blind
 * coding holds in the file too: an open round is written without its coders' codings, and the
 * audit lines its coders wrote about its moments and pairs while it is open are left out; both
 * are written once the round is closed.
 */
final class TeamJson {
    private TeamJson() {
    }

    /** The section, or null for a study that knows nothing of its team (then no version 3 is needed for it). */
    static TeamDto toDto(Study study) {
        TeamRecords team = study.team();
        if (team.researchers().isEmpty() && team.audit().isEmpty() && team.rounds().isEmpty()) {
            return null;
        }
        List<ResearcherDto> researchers = team.researchers().stream().map(r -> new ResearcherDto(r.initials(), r.name())).toList();
        List<RoundDto> rounds = team.rounds().stream().map(r -> round(team, r)).toList();
        List<AuditDto> audit = team.audit().stream().filter(e -> team.blindRoundOf(e).isEmpty())
                .map(e -> new AuditDto(e.id().toString(), e.at().toString(), e.who(), name(e.kind()), text(e.target()), e.what())).toList();
        return new TeamDto(researchers.isEmpty() ? null : researchers, rounds.isEmpty() ? null : rounds, audit.isEmpty() ? null : audit);
    }

    private static RoundDto round(TeamRecords team, CodingRound r) {
        List<RoundCodingDto> codings = r.isOpen() ? null : team.codingsOfClosedRound(r.id()).stream()
                .map(c -> new RoundCodingDto(c.id().toString(), c.coder(), c.codeId().toString(), text(c.momentId()), text(c.pairId()), c.at().toString()))
                .toList();
        List<DecisionDto> decisions = team.decisions(r.id()).stream().map(d -> new DecisionDto(d.id().toString(), d.unitId().toString(),
                strings(d.codeIds()), d.note().isEmpty() ? null : d.note(), d.decidedBy(), d.decidedAt().toString())).toList();
        return new RoundDto(r.id().toString(), r.name(), name(r.status()), r.lead(), r.openedAt().toString(), text(r.closedAt()), strings(r.sessionIds()),
                r.coders(), strings(r.codeIds()), r.exclusiveGroups().isEmpty() ? null : strings(r.exclusiveGroups()),
                codings == null || codings.isEmpty() ? null : codings, decisions.isEmpty() ? null : decisions);
    }

    static void readInto(Study study, TeamDto dto, List<CodingDto> codings) {
        TeamRecords team = study.team();
        for (CodingDto c : codings) {
            if ((c.coder() == null) != (c.codedAt() == null)) {
                throw new DomainException("coding " + c.id() + " needs both \"coder\" and \"codedAt\", or neither.");
            }
            if (c.coder() != null) {
                team.setStamp(uuid(c.id(), "coding id"), new CodingStamp(c.coder(), instant(c.codedAt(), "codedAt of coding " + c.id())));
            }
        }
        if (dto == null) {
            return;
        }
        for (ResearcherDto r : list(dto.researchers())) {
            if (team.researcher(Researcher.checkedInitials(r.initials())).isPresent()) {
                throw new DomainException("the researcher " + r.initials() + " is listed twice in \"team\"; list each researcher once.");
            }
            team.putResearcher(new Researcher(r.initials(), r.name()));
        }
        for (RoundDto r : list(dto.rounds())) {
            String what = "coding round " + (r.name() == null ? r.id() : "'" + r.name() + "'");
            UUID id = uuid(r.id(), "id of " + what);
            if (team.round(id).isPresent()) {
                throw new DomainException(what + " is listed twice; list each round once.");
            }
            RoundStatus status = enumOf(RoundStatus.class, r.status(), "status of " + what);
            CodingRound round = new CodingRound(id, r.name(), status, r.lead(), instant(r.openedAt(), "openedAt of " + what),
                    r.closedAt() == null ? null : instant(r.closedAt(), "closedAt of " + what), uuids(r.sessions(), "session of " + what),
                    list(r.coders()), uuids(r.codes(), "code of " + what), uuids(r.exclusiveGroups(), "exclusive group of " + what));
            // as recorded: a session or code deleted since the round started stays in it
            team.putRound(round, session -> true, code -> true);
            if (round.isOpen() && r.codings() != null) {
                throw new DomainException(what + " is open, so its coders' codings are blind and not written to study.json; remove its \"codings\".");
            }
            List<RoundCoding> made = new ArrayList<>();
            for (RoundCodingDto c : list(r.codings())) {
                made.add(new RoundCoding(uuid(c.id(), "id of a coding of " + what), id, c.coder(), uuid(c.code(), "code of a coding of " + what),
                        uuidOrNull(c.moment(), "moment of a coding of " + what), uuidOrNull(c.pair(), "pair of a coding of " + what),
                        instant(c.at(), "at of a coding of " + what)));
                if (!round.hasCoder(made.get(made.size() - 1).coder())) {
                    throw new DomainException(c.coder() + " coded in " + what + " but is not one of its coders; add them to \"coders\" or remove the coding.");
                }
            }
            team.restoreRoundCodings(made);
            for (DecisionDto d : list(r.decisions())) {
                team.putDecision(new ConsensusDecision(uuid(d.id(), "id of a decision of " + what), id, uuid(d.unit(), "unit of a decision of " + what),
                        uuids(d.codes(), "code of a decision of " + what), d.note(), d.decidedBy(), instant(d.decidedAt(), "decidedAt of a decision of " + what)));
            }
        }
        for (AuditDto a : list(dto.audit())) {
            team.append(new AuditEvent(uuid(a.id(), "id of an audit line"), instant(a.at(), "at of an audit line"), a.who(),
                    enumOf(AuditKind.class, a.kind(), "kind of an audit line"), uuidOrNull(a.target(), "target of an audit line"), a.what()));
        }
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static List<UUID> uuids(List<String> texts, String what) {
        return list(texts).stream().map(t -> uuid(t, what)).toList();
    }
}
