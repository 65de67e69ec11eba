package org.iprstudio.exchange.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The text form of a whole study, version 1 (docs/study-json.md describes every field). These
 * records are the file format: they change only with a new format version, whatever the domain does.
 */
@JsonPropertyOrder({"format", "formatVersion", "study", "sites", "participants", "dyads", "codes", "pairs", "codings", "themes", "memos", "attributes",
        "transcripts", "quotes", "supervision", "team", "baseline"})
record StudyDocument(String format, Integer formatVersion, StudyDto study, List<SiteDto> sites, List<ParticipantDto> participants,
                     List<DyadDto> dyads, List<CodeDto> codes, List<PairDto> pairs, List<CodingDto> codings, List<ThemeDto> themes,
                     List<MemoDto> memos, List<AttributeDto> attributes, List<TranscriptDto> transcripts, List<QuoteDto> quotes,
                     SupervisionDto supervision, TeamDto team, List<BaselineDto> baseline) {

    static final String FORMAT = "ipr-studio-study";
    /** A recall kit: the same records, limited to one recall pass and what it needs. */
    static final String KIT_FORMAT = "ipr-studio-recall-kit";
    /** Version 2 adds case attributes; version 1 is written when a study has none, and still read. */
    static final int VERSION_WITH_ATTRIBUTES = 2;
    /** Version 3 adds transcripts, quotes, the protocol's transcriptInRecall and supervision; written only when a study has one of them. */
    static final int VERSION = 3;
    /** The version of a study without case attributes: readable by every release. */
    static final int VERSION_WITHOUT_ATTRIBUTES = 1;
    /** Kit version 2 adds the baseline (docs/recall-kits.md); version-1 kits are still read. */
    static final int KIT_VERSION = 2;

    /** Kits only: what a moment looked like when the kit was first made at the study's computer. */
    @JsonPropertyOrder({"moment", "sha256"})
    record BaselineDto(String moment, String sha256) {
    }

    @JsonPropertyOrder({"id", "title", "approval", "periodStart", "periodEnd", "protocol"})
    record StudyDto(String id, String title, String approval, String periodStart, String periodEnd, ProtocolDto protocol) {
    }

    @JsonPropertyOrder({"sessions", "prompts", "helpfulness", "intensity", "pairingWindow", "quickTags", "transcriptInRecall"})
    record ProtocolDto(List<Integer> sessions, List<String> prompts, ScaleDto helpfulness, ScaleDto intensity, WindowDto pairingWindow,
                       List<String> quickTags, Boolean transcriptInRecall) {
    }

    @JsonPropertyOrder({"name", "min", "max", "step", "labels"})
    record ScaleDto(String name, Double min, Double max, Double step, List<LabelDto> labels) {
    }

    @JsonPropertyOrder({"value", "label"})
    record LabelDto(Double value, String label) {
    }

    @JsonPropertyOrder({"before", "after"})
    record WindowDto(String before, String after) {
    }

    @JsonPropertyOrder({"id", "code", "name"})
    record SiteDto(String id, String code, String name) {
    }

    @JsonPropertyOrder({"id", "code", "role", "pseudonym"})
    record ParticipantDto(String id, String code, String role, String pseudonym) {
    }

    @JsonPropertyOrder({"id", "code", "site", "therapist", "client", "trajectory", "sessions"})
    record DyadDto(String id, String code, String site, String therapist, String client, String trajectory, List<SessionDto> sessions) {
    }

    @JsonPropertyOrder({"id", "number", "date", "media", "recallPasses"})
    record SessionDto(String id, Integer number, String date, MediaDto media, List<PassDto> recallPasses) {
    }

    @JsonPropertyOrder({"path", "sha256", "duration"})
    record MediaDto(String path, String sha256, String duration) {
    }

    @JsonPropertyOrder({"id", "perspective", "participant", "interviewer", "date", "status", "missingReason", "moments"})
    record PassDto(String id, String perspective, String participant, String interviewer, String date, String status, String missingReason,
                   List<MomentDto> moments) {
    }

    @JsonPropertyOrder({"id", "anchor", "span", "initiator", "comment", "timeFrame", "helpfulness", "intensity", "tags", "createdAt"})
    record MomentDto(String id, String anchor, SpanDto span, String initiator, String comment, String timeFrame, Double helpfulness,
                     Integer intensity, List<String> tags, String createdAt) {
    }

    @JsonPropertyOrder({"start", "end"})
    record SpanDto(String start, String end) {
    }

    @JsonPropertyOrder({"id", "parent", "name", "description", "colour", "retired"})
    record CodeDto(String id, String parent, String name, String description, String colour, Boolean retired) {
    }

    @JsonPropertyOrder({"id", "first", "second", "method", "pairClass", "decision", "reason"})
    record PairDto(String id, String first, String second, String method, String pairClass, String decision, String reason) {
    }

    /** {@code coder} and {@code codedAt}: version 3, both or neither (codings made before the study recorded who coded have neither). */
    @JsonPropertyOrder({"id", "code", "moment", "pair", "coder", "codedAt"})
    record CodingDto(String id, String code, String moment, String pair, String coder, String codedAt) {
    }

    @JsonPropertyOrder({"id", "parent", "name", "definition", "status", "position", "codes", "exemplars"})
    record ThemeDto(String id, String parent, String name, String definition, String status, Integer position, List<String> codes,
                    List<String> exemplars) {
    }

    /** Version 2: a case attribute with its values ({@code of} is the id of the participant or dyad). */
    @JsonPropertyOrder({"id", "appliesTo", "name", "type", "choices", "values"})
    record AttributeDto(String id, String appliesTo, String name, String type, List<String> choices, List<AttributeValueDto> values) {
    }

    @JsonPropertyOrder({"id", "of", "value"})
    record AttributeValueDto(String id, String of, String value) {
    }

    /** Version 3: a session's transcript; speakers map the file's labels to the dyad's therapist or client. */
    @JsonPropertyOrder({"session", "source", "speakers", "cues"})
    record TranscriptDto(String session, String source, List<SpeakerDto> speakers, List<CueDto> cues) {
    }

    @JsonPropertyOrder({"label", "role"})
    record SpeakerDto(String label, String role) {
    }

    @JsonPropertyOrder({"start", "end", "speaker", "text"})
    record CueDto(String start, String end, String speaker, String text) {
    }

    /** Version 3: words of a transcript quoted for a moment, with the stretch of the lines they came from. */
    @JsonPropertyOrder({"id", "moment", "session", "start", "end", "text"})
    record QuoteDto(String id, String moment, String session, String start, String end, String text) {
    }

    @JsonPropertyOrder({"id", "target", "targetId", "kind", "title", "text", "createdAt", "modifiedAt"})
    record MemoDto(String id, String target, String targetId, String kind, String title, String text, String createdAt, String modifiedAt) {
    }
}
