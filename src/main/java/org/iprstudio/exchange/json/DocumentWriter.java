package org.iprstudio.exchange.json;

import static org.iprstudio.exchange.json.DocumentMapper.name;
import static org.iprstudio.exchange.json.DocumentMapper.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.exchange.json.StudyDocument.AttributeDto;
import org.iprstudio.exchange.json.StudyDocument.AttributeValueDto;
import org.iprstudio.exchange.json.StudyDocument.BaselineDto;
import org.iprstudio.exchange.json.StudyDocument.CodeDto;
import org.iprstudio.exchange.json.StudyDocument.CodingDto;
import org.iprstudio.exchange.json.StudyDocument.DyadDto;
import org.iprstudio.exchange.json.StudyDocument.LabelDto;
import org.iprstudio.exchange.json.StudyDocument.MediaDto;
import org.iprstudio.exchange.json.StudyDocument.MemoDto;
import org.iprstudio.exchange.json.StudyDocument.MomentDto;
import org.iprstudio.exchange.json.StudyDocument.PairDto;
import org.iprstudio.exchange.json.StudyDocument.ParticipantDto;
import org.iprstudio.exchange.json.StudyDocument.PassDto;
import org.iprstudio.exchange.json.StudyDocument.ProtocolDto;
import org.iprstudio.exchange.json.StudyDocument.ScaleDto;
import org.iprstudio.exchange.json.StudyDocument.SessionDto;
import org.iprstudio.exchange.json.StudyDocument.SiteDto;
import org.iprstudio.exchange.json.StudyDocument.SpanDto;
import org.iprstudio.exchange.json.StudyDocument.StudyDto;
import org.iprstudio.exchange.json.StudyDocument.ThemeDto;
import org.iprstudio.exchange.json.StudyDocument.WindowDto;

/**
 * Writes a study (or a recall kit with its baseline) as a study.json document, every list in the
 * study's order, in the oldest format version that holds what the study has.
 */
final class DocumentWriter {
    private DocumentWriter() {
    }

    /** A recall kit: the kit's records and the baseline of its moments (moment id to fingerprint). */
    static StudyDocument toKitDocument(Study kit, Map<UUID, String> baseline) {
        StudyDocument d = toDocument(kit);
        List<BaselineDto> lines = baseline.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new BaselineDto(e.getKey().toString(), e.getValue())).toList();
        // a kit carries no transcript (docs/recall-kits.md), so the protocol's switch for it would mean nothing there
        ProtocolDto p = d.study().protocol();
        StudyDto header = new StudyDto(d.study().id(), d.study().title(), d.study().approval(), d.study().periodStart(), d.study().periodEnd(),
                new ProtocolDto(p.sessions(), p.prompts(), p.helpfulness(), p.intensity(), p.pairingWindow(), p.quickTags(), null));
        return new StudyDocument(StudyDocument.KIT_FORMAT, StudyDocument.KIT_VERSION, header, d.sites(), d.participants(), d.dyads(), d.codes(),
                d.pairs(), d.codings().stream().map(c -> new CodingDto(c.id(), c.code(), c.moment(), c.pair(), null, null)).toList(), d.themes(), d.memos(),
                null, null, null, null, null, lines);
    }

    static StudyDocument toDocument(Study study) {
        StudyHeader h = study.header();
        Protocol p = h.protocol();
        StudyDto header = new StudyDto(h.id().toString(), h.title(), h.approval(), text(h.periodStart()), text(h.periodEnd()),
                new ProtocolDto(p.sessionNumbers(), p.prompts(), scaleDto(p.helpfulness()), scaleDto(p.intensity()),
                        new WindowDto(p.pairingWindow().before().toClock(), p.pairingWindow().after().toClock()), p.quickTags(),
                        p.transcriptInRecall() ? Boolean.TRUE : null));
        List<SiteDto> sites = study.sites().stream().map(s -> new SiteDto(s.id().toString(), s.code(), s.name())).toList();
        List<ParticipantDto> participants = study.participants().stream()
                .map(x -> new ParticipantDto(x.id().toString(), x.code(), name(x.role()), x.pseudonym())).toList();
        List<DyadDto> dyads = study.dyads().stream().map(d -> new DyadDto(d.id().toString(), d.code(), d.siteId().toString(),
                d.therapistId().toString(), d.clientId().toString(), name(d.trajectory()),
                study.sessionsOf(d.id()).stream().map(s -> sessionDto(study, s)).toList())).toList();
        List<CodeDto> codes = study.codes().stream().map(c -> new CodeDto(c.id().toString(), text(c.parentId()), c.name(), c.description(),
                c.colour(), c.retired() ? Boolean.TRUE : null)).toList();
        List<PairDto> pairs = study.pairs().stream().map(x -> new PairDto(x.id().toString(), x.firstMomentId().toString(),
                x.secondMomentId().toString(), name(x.method()), name(x.pairClass()), name(x.decision()), x.reason().isEmpty() ? null : x.reason())).toList();
        List<CodingDto> codings = study.codings().stream().map(c -> {
            org.iprstudio.domain.CodingStamp stamp = study.team().stampOf(c.id()).orElse(null);
            return new CodingDto(c.id().toString(), c.codeId().toString(), text(c.momentId()), text(c.pairId()), stamp == null ? null : stamp.coder(),
                    stamp == null ? null : stamp.at().toString());
        }).toList();
        List<ThemeDto> themes = study.themes().stream().map(t -> new ThemeDto(t.id().toString(), text(t.parentId()), t.name(), t.definition(),
                name(t.status()), t.position(), strings(t.codeIds()), strings(t.exemplarMomentIds()))).toList();
        List<MemoDto> memos = study.memos().stream().map(m -> new MemoDto(m.id().toString(), name(m.target()), text(m.targetId()),
                m.kind(), m.title(), m.text(), m.createdAt().toString(), m.modifiedAt().toString())).toList();
        List<AttributeDto> attributes = attributeDtos(study);
        List<StudyDocument.TranscriptDto> transcripts = TranscriptDocuments.transcripts(study);
        List<StudyDocument.QuoteDto> quotes = TranscriptDocuments.quotes(study);
        SupervisionDto supervision = SupervisionJson.toDto(study);
        // a study is written in the oldest version that holds it, so that older releases keep reading it
        TeamDto team = TeamJson.toDto(study);
        boolean needsVersion3 = transcripts != null || quotes != null || p.transcriptInRecall() || supervision != null || team != null
                || codings.stream().anyMatch(c -> c.coder() != null);
        int version = needsVersion3 ? StudyDocument.VERSION : attributes.isEmpty() ? StudyDocument.VERSION_WITHOUT_ATTRIBUTES : StudyDocument.VERSION_WITH_ATTRIBUTES;
        return new StudyDocument(StudyDocument.FORMAT, version, header, sites, participants, dyads, codes, pairs, codings, themes, memos,
                attributes.isEmpty() ? null : attributes, transcripts, quotes, supervision, team, null);
    }

    /** Attributes in the study's order, each with its values by the code of their participant or dyad. */
    private static List<AttributeDto> attributeDtos(Study study) {
        Map<UUID, String> codes = new HashMap<>();
        study.participants().forEach(p -> codes.put(p.id(), p.code()));
        study.dyads().forEach(d -> codes.put(d.id(), d.code()));
        Map<UUID, List<AttributeValue>> values = new HashMap<>();
        for (AttributeValue v : study.attributeValues()) {
            values.computeIfAbsent(v.attributeId(), k -> new ArrayList<>()).add(v);
        }
        return study.attributes().stream().map(a -> new AttributeDto(a.id().toString(), name(a.appliesTo()), a.name(), name(a.type()),
                a.choices().isEmpty() ? null : a.choices(),
                values.getOrDefault(a.id(), List.of()).stream().sorted(Comparator.comparing((AttributeValue v) -> codes.get(v.entityId())))
                        .map(v -> new AttributeValueDto(v.id().toString(), v.entityId().toString(), v.value())).toList())).toList();
    }

    private static SessionDto sessionDto(Study study, Session s) {
        MediaRef m = s.media();
        MediaDto media = m == null ? null : new MediaDto(m.path(), m.sha256(), m.duration() == null ? null : m.duration().toClock());
        List<PassDto> passes = study.passesOf(s.id()).stream().map(r -> new PassDto(r.id().toString(), name(r.perspective()),
                r.participantId().toString(), text(r.interviewerId()), text(r.date()), name(r.status()),
                r.missingReason().isEmpty() ? null : r.missingReason(),
                study.momentsOf(r.id()).stream().sorted(Comparator.comparing(Moment::anchor).thenComparing(Moment::createdAt)
                        .thenComparing(Moment::id)).map(DocumentWriter::momentDto).toList())).toList();
        return new SessionDto(s.id().toString(), s.number(), text(s.date()), media, passes);
    }

    static MomentDto momentDto(Moment m) {
        return new MomentDto(m.id().toString(), m.anchor().toClock(),
                m.span() == null ? null : new SpanDto(m.span().start().toClock(), m.span().end().toClock()),
                name(m.initiator()), m.comment(), name(m.timeFrame()), m.helpfulness() == null ? null : m.helpfulness().value(),
                m.intensity(), m.tags().isEmpty() ? null : m.tags(), m.createdAt().toString());
    }

    private static ScaleDto scaleDto(RatingScale s) {
        return new ScaleDto(s.name(), s.min(), s.max(), s.step(), s.labels().stream().map(l -> new LabelDto(l.value(), l.label())).toList());
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
