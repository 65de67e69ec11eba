package org.iprstudio.exchange.json;

import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;
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
                throw new DomainException(ExchangeMessages.of("teamJson.coderAndTimeTogether", c.id()));
            }
            if (c.coder() != null) {
                team.setStamp(uuid(c.id(), ExchangeMessages.of("field.codingIdTeam")), new CodingStamp(c.coder(), instant(c.codedAt(), ExchangeMessages.of("field.codedAtOfCoding", c.id()))));
            }
        }
        if (dto == null) {
            return;
        }
        for (ResearcherDto r : list(dto.researchers())) {
            if (team.researcher(Researcher.checkedInitials(r.initials())).isPresent()) {
                throw new DomainException(ExchangeMessages.of("teamJson.researcherTwice", r.initials()));
            }
            team.putResearcher(new Researcher(r.initials(), r.name()));
        }
        for (RoundDto r : list(dto.rounds())) {
            UserMessage what = r.name() == null ? ExchangeMessages.of("field.codingRoundById", r.id()) : ExchangeMessages.of("field.codingRoundNamed", r.name());
            UUID id = uuid(r.id(), ExchangeMessages.of("field.idOf", what));
            if (team.round(id).isPresent()) {
                throw new DomainException(ExchangeMessages.of("teamJson.roundTwice", what));
            }
            RoundStatus status = enumOf(RoundStatus.class, r.status(), ExchangeMessages.of("field.statusOf", what));
            CodingRound round = new CodingRound(id, r.name(), status, r.lead(), instant(r.openedAt(), ExchangeMessages.of("field.openedAtOf", what)),
                    r.closedAt() == null ? null : instant(r.closedAt(), ExchangeMessages.of("field.closedAtOf", what)), uuids(r.sessions(), ExchangeMessages.of("field.sessionOf", what)),
                    list(r.coders()), uuids(r.codes(), ExchangeMessages.of("field.codeOf", what)), uuids(r.exclusiveGroups(), ExchangeMessages.of("field.exclusiveGroupOf", what)));
            // as recorded: a session or code deleted since the round started stays in it
            team.putRound(round, session -> true, code -> true);
            if (round.isOpen() && r.codings() != null) {
                throw new DomainException(ExchangeMessages.of("teamJson.openRoundHasCodings", what));
            }
            List<RoundCoding> made = new ArrayList<>();
            for (RoundCodingDto c : list(r.codings())) {
                made.add(new RoundCoding(uuid(c.id(), ExchangeMessages.of("field.idOfCodingOf", what)), id, c.coder(), uuid(c.code(), ExchangeMessages.of("field.codeOfCodingOf", what)),
                        uuidOrNull(c.moment(), ExchangeMessages.of("field.momentOfCodingOf", what)), uuidOrNull(c.pair(), ExchangeMessages.of("field.pairOfCodingOf", what)),
                        instant(c.at(), ExchangeMessages.of("field.atOfCodingOf", what))));
                if (!round.hasCoder(made.get(made.size() - 1).coder())) {
                    throw new DomainException(ExchangeMessages.of("teamJson.coderNotInRound", c.coder(), what));
                }
            }
            team.restoreRoundCodings(made);
            for (DecisionDto d : list(r.decisions())) {
                team.putDecision(new ConsensusDecision(uuid(d.id(), ExchangeMessages.of("field.idOfDecisionOf", what)), id, uuid(d.unit(), ExchangeMessages.of("field.unitOfDecisionOf", what)),
                        uuids(d.codes(), ExchangeMessages.of("field.codeOfDecisionOf", what)), d.note(), d.decidedBy(), instant(d.decidedAt(), ExchangeMessages.of("field.decidedAtOfDecisionOf", what))));
            }
        }
        for (AuditDto a : list(dto.audit())) {
            team.append(new AuditEvent(uuid(a.id(), ExchangeMessages.of("field.auditId")), instant(a.at(), ExchangeMessages.of("field.auditAt")), a.who(),
                    enumOf(AuditKind.class, a.kind(), ExchangeMessages.of("field.auditKind")), uuidOrNull(a.target(), ExchangeMessages.of("field.auditTarget")), a.what()));
        }
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static List<UUID> uuids(List<String> texts, Object what) {
        return list(texts).stream().map(t -> uuid(t, what)).toList();
    }
}
