package org.iprstudio.exchange.json;

import static org.iprstudio.exchange.json.DocumentMapper.date;
import static org.iprstudio.exchange.json.DocumentMapper.enumOf;
import static org.iprstudio.exchange.json.DocumentMapper.enumOrNull;
import static org.iprstudio.exchange.json.DocumentMapper.instant;
import static org.iprstudio.exchange.json.DocumentMapper.list;
import static org.iprstudio.exchange.json.DocumentMapper.quoted;
import static org.iprstudio.exchange.json.DocumentMapper.time;
import static org.iprstudio.exchange.json.DocumentMapper.timeOrNull;
import static org.iprstudio.exchange.json.DocumentMapper.uuid;
import static org.iprstudio.exchange.json.DocumentMapper.uuidOrNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.ScaleLabel;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Trajectory;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;
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

/**
 * Reads a study.json document (or a recall kit) into the domain: checks that the format and
 * version hold what the document carries, turns each record's fields into domain values with a
 * message naming the field when one is wrong, and builds the study through {@link Study#of},
 * which checks every rule. Also reads a kit's baseline.
 */
final class DocumentReader {
    private DocumentReader() {
    }

    static Study toStudy(StudyDocument doc, String expectedFormat, Object what) {
        if (!expectedFormat.equals(doc.format())) {
            throw new DomainException(ExchangeMessages.of("documentMapper.formatExpected", what, quoted(doc.format()), expectedFormat));
        }
        boolean kit = StudyDocument.KIT_FORMAT.equals(expectedFormat);
        int newest = kit ? StudyDocument.KIT_VERSION : StudyDocument.VERSION;
        if (doc.formatVersion() == null || doc.formatVersion() > newest || doc.formatVersion() < 1) {
            throw new DomainException(ExchangeMessages.of("documentMapper.formatVersionSupportedVersion", (kit ? ExchangeMessages.of("documentMapper.recallKit") : "study.json"), doc.formatVersion(), newest));
        }
        if (doc.attributes() != null && (kit || doc.formatVersion() < 2)) {
            throw new DomainException(kit ? ExchangeMessages.of("documentMapper.kitNoAttributes") : ExchangeMessages.of("documentMapper.attributesNeedVersion2"));
        }
        boolean transcriptInRecall = doc.study() != null && doc.study().protocol() != null && doc.study().protocol().transcriptInRecall() != null;
        if ((doc.transcripts() != null || doc.quotes() != null || transcriptInRecall) && (kit || doc.formatVersion() < 3)) {
            throw new DomainException(kit ? ExchangeMessages.of("documentMapper.kitNoTranscripts") : ExchangeMessages.of("documentMapper.transcriptsNeedVersion3"));
        }
        if (doc.supervision() != null && (kit || doc.formatVersion() < 3)) {
            throw new DomainException(kit ? ExchangeMessages.of("documentMapper.kitNoSupervision") : ExchangeMessages.of("documentMapper.supervisionNeedsVersion3"));
        }
        boolean coders = list(doc.codings()).stream().anyMatch(c -> c.coder() != null || c.codedAt() != null);
        if ((doc.team() != null || coders) && (kit || doc.formatVersion() < 3)) {
            throw new DomainException(kit ? ExchangeMessages.of("documentMapper.kitNoTeam") : ExchangeMessages.of("documentMapper.teamNeedsVersion3"));
        }
        if (doc.baseline() != null && (!kit || doc.formatVersion() < 2)) {
            throw new DomainException(ExchangeMessages.of("documentMapper.fieldBaselineBelongsRecall"));
        }
        if (doc.study() == null) {
            throw new DomainException(ExchangeMessages.of("documentMapper.studySectionMissing"));
        }
        List<Entity> entities = new ArrayList<>();
        for (SiteDto s : list(doc.sites())) {
            entities.add(new Site(uuid(s.id(), ExchangeMessages.of("field.siteId")), s.code(), s.name()));
        }
        for (ParticipantDto p : list(doc.participants())) {
            entities.add(new Participant(uuid(p.id(), ExchangeMessages.of("field.participantId")), p.code(), enumOf(Role.class, p.role(), ExchangeMessages.of("field.role")), p.pseudonym()));
        }
        for (DyadDto d : list(doc.dyads())) {
            UUID dyadId = uuid(d.id(), ExchangeMessages.of("field.dyadId"));
            entities.add(new Dyad(dyadId, d.code(), uuid(d.site(), ExchangeMessages.of("field.siteDyad", d.code())), uuid(d.therapist(), ExchangeMessages.of("field.therapistDyad", d.code())),
                    uuid(d.client(), ExchangeMessages.of("field.clientDyad", d.code())), enumOrNull(Trajectory.class, d.trajectory(), ExchangeMessages.of("field.trajectory"))));
            for (SessionDto s : list(d.sessions())) {
                addSession(entities, dyadId, s, d.code());
            }
        }
        for (CodeDto c : list(doc.codes())) {
            entities.add(new Code(uuid(c.id(), ExchangeMessages.of("field.codeId")), uuidOrNull(c.parent(), ExchangeMessages.of("field.parentCode", c.name())), c.name(), c.description(),
                    c.colour(), Boolean.TRUE.equals(c.retired())));
        }
        for (PairDto p : list(doc.pairs())) {
            entities.add(new MomentPair(uuid(p.id(), ExchangeMessages.of("field.pairId")), uuid(p.first(), ExchangeMessages.of("field.firstMomentPair")), uuid(p.second(), ExchangeMessages.of("field.secondMomentPair")),
                    enumOf(PairMethod.class, p.method(), ExchangeMessages.of("field.pairMethod")), enumOf(PairClass.class, p.pairClass(), ExchangeMessages.of("field.pairClass")),
                    enumOrNull(PairDecision.class, p.decision(), ExchangeMessages.of("field.pairDecision")), p.reason()));
        }
        for (CodingDto c : list(doc.codings())) {
            entities.add(new Coding(uuid(c.id(), ExchangeMessages.of("field.codingId")), uuid(c.code(), ExchangeMessages.of("field.codeCoding")), uuidOrNull(c.moment(), ExchangeMessages.of("field.momentCoding")),
                    uuidOrNull(c.pair(), ExchangeMessages.of("field.pairCoding"))));
        }
        int position = 0;
        for (ThemeDto t : list(doc.themes())) {
            entities.add(new Theme(uuid(t.id(), ExchangeMessages.of("field.themeId")), uuidOrNull(t.parent(), ExchangeMessages.of("field.parentTheme", t.name())), t.name(), t.definition(),
                    enumOrNull(ThemeStatus.class, t.status(), ExchangeMessages.of("field.themeStatus")), t.position() == null ? position : t.position(),
                    uuids(t.codes(), ExchangeMessages.of("field.codeTheme", t.name())), uuids(t.exemplars(), ExchangeMessages.of("field.exemplarTheme", t.name()))));
            position++;
        }
        for (MemoDto m : list(doc.memos())) {
            Instant created = instant(m.createdAt(), ExchangeMessages.of("field.memoCreatedat"));
            entities.add(new Memo(uuid(m.id(), ExchangeMessages.of("field.memoId")), enumOf(MemoTarget.class, m.target(), ExchangeMessages.of("field.memoTarget")), uuidOrNull(m.targetId(), ExchangeMessages.of("field.memoTargetId")),
                    m.kind(), m.title(), m.text(), created, m.modifiedAt() == null ? created : instant(m.modifiedAt(), ExchangeMessages.of("field.memoModifiedat"))));
        }
        addAttributes(entities, list(doc.attributes()));
        entities.addAll(TranscriptDocuments.quotes(list(doc.quotes())));
        Study study = Study.of(header(doc.study()), entities);
        TranscriptDocuments.addTranscripts(study, list(doc.transcripts()));
        SupervisionJson.readInto(study, doc.supervision());
        TeamJson.readInto(study, doc.team(), list(doc.codings()));
        return study;
    }

    private static void addAttributes(List<Entity> entities, List<AttributeDto> attributes) {
        for (AttributeDto a : attributes) {
            UUID attributeId = uuid(a.id(), ExchangeMessages.of("field.attributeId"));
            UserMessage what = ExchangeMessages.of("field.attribute", quoted(a.name()));
            entities.add(new Attribute(attributeId, enumOf(AttributeTarget.class, a.appliesTo(), ExchangeMessages.of("field.appliesto", what)),
                    a.name(), enumOf(AttributeType.class, a.type(), ExchangeMessages.of("field.type", what)), a.choices()));
            for (AttributeValueDto v : list(a.values())) {
                entities.add(new AttributeValue(uuid(v.id(), ExchangeMessages.of("field.idValue", what)), attributeId, uuid(v.of(), ExchangeMessages.of("field.value", what)), v.value()));
            }
        }
    }

    private static void addSession(List<Entity> entities, UUID dyadId, SessionDto s, String dyadCode) {
        UserMessage where = ExchangeMessages.of("field.sessionOfDyad", s.number(), dyadCode);
        if (s.number() == null) {
            throw new DomainException(ExchangeMessages.of("documentMapper.sessionDyadHasNumber", dyadCode));
        }
        UUID sessionId = uuid(s.id(), ExchangeMessages.of("field.id", where));
        MediaDto m = s.media();
        MediaRef media = m == null ? null : new MediaRef(m.path(), m.sha256(), timeOrNull(m.duration(), ExchangeMessages.of("field.durationVideo", where)));
        entities.add(new Session(sessionId, dyadId, s.number(), date(s.date(), ExchangeMessages.of("field.date", where)), media));
        for (PassDto p : list(s.recallPasses())) {
            UUID passId = uuid(p.id(), ExchangeMessages.of("field.recallPassId", where));
            entities.add(new RecallPass(passId, sessionId, enumOf(Role.class, p.perspective(), ExchangeMessages.of("field.perspective")), uuid(p.participant(), ExchangeMessages.of("field.participantRecallPass", where)),
                    uuidOrNull(p.interviewer(), ExchangeMessages.of("field.interviewer")), date(p.date(), ExchangeMessages.of("field.recallDate", where)), enumOf(PassStatus.class, p.status(), ExchangeMessages.of("field.recallStatus")),
                    p.missingReason()));
            for (MomentDto mo : list(p.moments())) {
                entities.add(new Moment(uuid(mo.id(), ExchangeMessages.of("field.momentId", where)), passId, time(mo.anchor(), ExchangeMessages.of("field.anchorMoment", where)),
                        mo.span() == null ? null : span(mo.span(), where), enumOf(Initiator.class, mo.initiator(), ExchangeMessages.of("field.initiator")), mo.comment(),
                        enumOrNull(TimeFrame.class, mo.timeFrame(), ExchangeMessages.of("field.timeframe")), mo.helpfulness() == null ? null : new Helpfulness(mo.helpfulness()),
                        mo.intensity(), instant(mo.createdAt(), ExchangeMessages.of("field.createdatMoment", where)), mo.tags()));
            }
        }
    }

    private static TimeSpan span(SpanDto span, Object where) {
        return new TimeSpan(time(span.start(), ExchangeMessages.of("field.spanStart", where)), time(span.end(), ExchangeMessages.of("field.spanEnd", where)));
    }

    private static StudyHeader header(StudyDto s) {
        ProtocolDto p = s.protocol();
        Protocol protocol = p == null ? Protocol.standard() : new Protocol(p.sessions(), p.prompts(), scale(p.helpfulness()), scale(p.intensity()),
                p.pairingWindow() == null ? null : new PairingWindow(time(p.pairingWindow().before(), ExchangeMessages.of("field.pairingWindowBefore")),
                        time(p.pairingWindow().after(), ExchangeMessages.of("field.pairingWindowAfter"))), p.quickTags(), Boolean.TRUE.equals(p.transcriptInRecall()));
        return new StudyHeader(uuid(s.id(), ExchangeMessages.of("field.studyId")), s.title(), s.approval(), date(s.periodStart(), ExchangeMessages.of("field.periodstart")), date(s.periodEnd(), ExchangeMessages.of("field.periodend")), protocol);
    }

    private static RatingScale scale(ScaleDto s) {
        if (s == null) {
            return null;
        }
        if (s.min() == null || s.max() == null || s.step() == null) {
            throw new DomainException(ExchangeMessages.of("documentMapper.ratingScaleNeedsMin", quoted(s.name())));
        }
        List<ScaleLabel> labels = new ArrayList<>();
        for (LabelDto l : list(s.labels())) {
            if (l.value() == null) {
                throw new DomainException(ExchangeMessages.of("documentMapper.labelRatingScaleHas", quoted(s.name())));
            }
            labels.add(new ScaleLabel(l.value(), l.label()));
        }
        return new RatingScale(s.name(), s.min(), s.max(), s.step(), labels);
    }

    /** The baseline of a kit, or empty for a version-1 kit, which has none. */
    static Optional<Map<UUID, String>> baseline(StudyDocument doc) {
        if (doc.baseline() == null) {
            return Optional.empty();
        }
        Map<UUID, String> result = new HashMap<>();
        for (BaselineDto b : doc.baseline()) {
            UUID moment = uuid(b.moment(), ExchangeMessages.of("field.momentBaselineEntry"));
            if (b.sha256() == null || !b.sha256().matches("[0-9a-f]{64}")) {
                throw new DomainException(ExchangeMessages.of("documentMapper.baselineEntryMomentNeeds", moment));
            }
            if (result.put(moment, b.sha256()) != null) {
                throw new DomainException(ExchangeMessages.of("documentMapper.baselineNamesMomentTwice", moment));
            }
        }
        return Optional.of(result);
    }

    private static List<UUID> uuids(List<String> texts, Object what) {
        return list(texts).stream().map(t -> uuid(t, what)).toList();
    }
}
