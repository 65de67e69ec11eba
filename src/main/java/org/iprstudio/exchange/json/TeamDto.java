package org.iprstudio.exchange.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Version 3: the team part of a study (docs/study-json.md, section Team): the researchers, the
 * coding rounds with their coders' codings (closed rounds only) and consensus decisions, and the
 * audit trail.
 */
@JsonPropertyOrder({"researchers", "rounds", "audit"})
record TeamDto(List<ResearcherDto> researchers, List<RoundDto> rounds, List<AuditDto> audit) {

    @JsonPropertyOrder({"initials", "name"})
    record ResearcherDto(String initials, String name) {
    }

    @JsonPropertyOrder({"id", "name", "status", "lead", "openedAt", "closedAt", "sessions", "coders", "codes", "exclusiveGroups", "codings", "decisions"})
    record RoundDto(String id, String name, String status, String lead, String openedAt, String closedAt, List<String> sessions, List<String> coders,
                    List<String> codes, List<String> exclusiveGroups, List<RoundCodingDto> codings, List<DecisionDto> decisions) {
    }

    @JsonPropertyOrder({"id", "coder", "code", "moment", "pair", "at"})
    record RoundCodingDto(String id, String coder, String code, String moment, String pair, String at) {
    }

    @JsonPropertyOrder({"id", "unit", "codes", "note", "decidedBy", "decidedAt"})
    record DecisionDto(String id, String unit, List<String> codes, String note, String decidedBy, String decidedAt) {
    }

    @JsonPropertyOrder({"id", "at", "who", "kind", "target", "what"})
    record AuditDto(String id, String at, String who, String kind, String target, String what) {
    }
}
