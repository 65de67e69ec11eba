package org.iprstudio.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
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
import org.iprstudio.domain.MediaTime;
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
import org.iprstudio.exchange.json.StudyDocument.WindowDto;

/** Translates between the file-format records and the domain, in both directions. */
final class DocumentMapper {

    // ---- JSON -> domain --------------------------------------------------------------------

    Study toStudy(StudyDocument doc) {
        return toStudy(doc, StudyDocument.FORMAT, ExchangeMessages.of("studyJson.aStudy"));
    }

    Study toStudy(StudyDocument doc, String expectedFormat, Object what) {
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

    private void addAttributes(List<Entity> entities, List<AttributeDto> attributes) {
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

    private void addSession(List<Entity> entities, UUID dyadId, SessionDto s, String dyadCode) {
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

    private TimeSpan span(SpanDto span, Object where) {
        return new TimeSpan(time(span.start(), ExchangeMessages.of("field.spanStart", where)), time(span.end(), ExchangeMessages.of("field.spanEnd", where)));
    }

    private StudyHeader header(StudyDto s) {
        ProtocolDto p = s.protocol();
        Protocol protocol = p == null ? Protocol.standard() : new Protocol(p.sessions(), p.prompts(), scale(p.helpfulness()), scale(p.intensity()),
                p.pairingWindow() == null ? null : new PairingWindow(time(p.pairingWindow().before(), ExchangeMessages.of("field.pairingWindowBefore")),
                        time(p.pairingWindow().after(), ExchangeMessages.of("field.pairingWindowAfter"))), p.quickTags(), Boolean.TRUE.equals(p.transcriptInRecall()));
        return new StudyHeader(uuid(s.id(), ExchangeMessages.of("field.studyId")), s.title(), s.approval(), date(s.periodStart(), ExchangeMessages.of("field.periodstart")), date(s.periodEnd(), ExchangeMessages.of("field.periodend")), protocol);
    }

    private RatingScale scale(ScaleDto s) {
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

    // ---- domain -> JSON --------------------------------------------------------------------

    /** A recall kit: the kit's records and the baseline of its moments (moment id to fingerprint). */
    StudyDocument toKitDocument(Study kit, Map<UUID, String> baseline) {
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

    /** The baseline of a kit, or empty for a version-1 kit, which has none. */
    Optional<Map<UUID, String>> baseline(StudyDocument doc) {
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

    StudyDocument toDocument(Study study) {
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

    private SessionDto sessionDto(Study study, Session s) {
        MediaRef m = s.media();
        MediaDto media = m == null ? null : new MediaDto(m.path(), m.sha256(), m.duration() == null ? null : m.duration().toClock());
        List<PassDto> passes = study.passesOf(s.id()).stream().map(r -> new PassDto(r.id().toString(), name(r.perspective()),
                r.participantId().toString(), text(r.interviewerId()), text(r.date()), name(r.status()),
                r.missingReason().isEmpty() ? null : r.missingReason(),
                study.momentsOf(r.id()).stream().sorted(Comparator.comparing(Moment::anchor).thenComparing(Moment::createdAt)
                        .thenComparing(Moment::id)).map(this::momentDto).toList())).toList();
        return new SessionDto(s.id().toString(), s.number(), text(s.date()), media, passes);
    }

    MomentDto momentDto(Moment m) {
        return new MomentDto(m.id().toString(), m.anchor().toClock(),
                m.span() == null ? null : new SpanDto(m.span().start().toClock(), m.span().end().toClock()),
                name(m.initiator()), m.comment(), name(m.timeFrame()), m.helpfulness() == null ? null : m.helpfulness().value(),
                m.intensity(), m.tags().isEmpty() ? null : m.tags(), m.createdAt().toString());
    }

    private static ScaleDto scaleDto(RatingScale s) {
        return new ScaleDto(s.name(), s.min(), s.max(), s.step(), s.labels().stream().map(l -> new LabelDto(l.value(), l.label())).toList());
    }

    // ---- values ------------------------------------------------------------------------------

    static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }

    static String enumName(Enum<?> value) {
        return name(value);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static Object quoted(String value) {
        return value == null ? ExchangeMessages.of("field.missingValue") : "\"" + value + "\"";
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(name(constant));
            }
            throw new DomainException(ExchangeMessages.of("documentMapper.validUseOne", quoted(text), what, String.join(", ", allowed)));
        }
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String text, Object what) {
        return text == null ? null : enumOf(type, text, what);
    }

    static UUID uuid(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(ExchangeMessages.of("documentMapper.validUuidSuchF", quoted(text), what));
        }
    }

    static UUID uuidOrNull(String text, Object what) {
        return text == null ? null : uuid(text, what);
    }

    private static List<UUID> uuids(List<String> texts, Object what) {
        return list(texts).stream().map(t -> uuid(t, what)).toList();
    }

    static LocalDate date(String text, Object what) {
        return parse(text, LocalDate::parse, what, ExchangeMessages.of("documentMapper.dateExample"));
    }

    static Instant instant(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        return parse(text, Instant::parse, what, ExchangeMessages.of("documentMapper.instantExample"));
    }

    static MediaTime time(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        return MediaTime.parse(text);
    }

    static MediaTime timeOrNull(String text, Object what) {
        return text == null ? null : time(text, what);
    }

    private static <T> T parse(String text, Function<String, T> parser, Object what, Object example) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(ExchangeMessages.of("documentMapper.validWrite", quoted(text), what, example));
        }
    }
}
