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
        return toStudy(doc, StudyDocument.FORMAT, "an IPR Studio study");
    }

    Study toStudy(StudyDocument doc, String expectedFormat, String what) {
        if (!expectedFormat.equals(doc.format())) {
            throw new DomainException("this is not " + what + " (its \"format\" is " + quoted(doc.format())
                    + ", expected \"" + expectedFormat + "\").");
        }
        boolean kit = StudyDocument.KIT_FORMAT.equals(expectedFormat);
        int newest = kit ? StudyDocument.KIT_VERSION : StudyDocument.VERSION;
        if (doc.formatVersion() == null || doc.formatVersion() > newest || doc.formatVersion() < 1) {
            throw new DomainException((kit ? "recall kit" : "study.json") + " format version " + doc.formatVersion()
                    + " is not supported: this version of IPR Studio reads versions 1 to " + newest + ". Install a newer IPR Studio.");
        }
        if (doc.attributes() != null && (kit || doc.formatVersion() < 2)) {
            throw new DomainException(kit ? "a recall kit carries no case attributes; remove the field \"attributes\"."
                    : "the field \"attributes\" belongs to study.json format version 2; set \"formatVersion\" to 2 or remove it.");
        }
        boolean transcriptInRecall = doc.study() != null && doc.study().protocol() != null && doc.study().protocol().transcriptInRecall() != null;
        if ((doc.transcripts() != null || doc.quotes() != null || transcriptInRecall) && (kit || doc.formatVersion() < 3)) {
            throw new DomainException(kit ? "a recall kit carries no transcripts or quotes; remove the fields \"transcripts\", \"quotes\" and \"transcriptInRecall\"."
                    : "the fields \"transcripts\", \"quotes\" and \"transcriptInRecall\" belong to study.json format version 3; set \"formatVersion\" to 3 or remove them.");
        }
        if (doc.supervision() != null && (kit || doc.formatVersion() < 3)) {
            throw new DomainException(kit ? "a recall kit carries no supervision; remove the field \"supervision\"."
                    : "the field \"supervision\" belongs to study.json format version 3; set \"formatVersion\" to 3 or remove it.");
        }
        boolean coders = list(doc.codings()).stream().anyMatch(c -> c.coder() != null || c.codedAt() != null);
        if ((doc.team() != null || coders) && (kit || doc.formatVersion() < 3)) {
            throw new DomainException(kit ? "a recall kit carries no team records; remove the field \"team\" and the codings' \"coder\" and \"codedAt\"."
                    : "the field \"team\" and the codings' \"coder\" and \"codedAt\" belong to study.json format version 3; set \"formatVersion\" to 3 or remove them.");
        }
        if (doc.baseline() != null && (!kit || doc.formatVersion() < 2)) {
            throw new DomainException("the field \"baseline\" belongs to recall kits of format version 2 only; remove it.");
        }
        if (doc.study() == null) {
            throw new DomainException("the \"study\" section is missing.");
        }
        List<Entity> entities = new ArrayList<>();
        for (SiteDto s : list(doc.sites())) {
            entities.add(new Site(uuid(s.id(), "site id"), s.code(), s.name()));
        }
        for (ParticipantDto p : list(doc.participants())) {
            entities.add(new Participant(uuid(p.id(), "participant id"), p.code(), enumOf(Role.class, p.role(), "role"), p.pseudonym()));
        }
        for (DyadDto d : list(doc.dyads())) {
            UUID dyadId = uuid(d.id(), "dyad id");
            entities.add(new Dyad(dyadId, d.code(), uuid(d.site(), "site of dyad " + d.code()), uuid(d.therapist(), "therapist of dyad " + d.code()),
                    uuid(d.client(), "client of dyad " + d.code()), enumOrNull(Trajectory.class, d.trajectory(), "trajectory")));
            for (SessionDto s : list(d.sessions())) {
                addSession(entities, dyadId, s, d.code());
            }
        }
        for (CodeDto c : list(doc.codes())) {
            entities.add(new Code(uuid(c.id(), "code id"), uuidOrNull(c.parent(), "parent of code " + c.name()), c.name(), c.description(),
                    c.colour(), Boolean.TRUE.equals(c.retired())));
        }
        for (PairDto p : list(doc.pairs())) {
            entities.add(new MomentPair(uuid(p.id(), "pair id"), uuid(p.first(), "first moment of a pair"), uuid(p.second(), "second moment of a pair"),
                    enumOf(PairMethod.class, p.method(), "pair method"), enumOf(PairClass.class, p.pairClass(), "pair class"),
                    enumOrNull(PairDecision.class, p.decision(), "pair decision"), p.reason()));
        }
        for (CodingDto c : list(doc.codings())) {
            entities.add(new Coding(uuid(c.id(), "coding id"), uuid(c.code(), "code of a coding"), uuidOrNull(c.moment(), "moment of a coding"),
                    uuidOrNull(c.pair(), "pair of a coding")));
        }
        int position = 0;
        for (ThemeDto t : list(doc.themes())) {
            entities.add(new Theme(uuid(t.id(), "theme id"), uuidOrNull(t.parent(), "parent of theme " + t.name()), t.name(), t.definition(),
                    enumOrNull(ThemeStatus.class, t.status(), "theme status"), t.position() == null ? position : t.position(),
                    uuids(t.codes(), "code of theme " + t.name()), uuids(t.exemplars(), "exemplar of theme " + t.name())));
            position++;
        }
        for (MemoDto m : list(doc.memos())) {
            Instant created = instant(m.createdAt(), "memo createdAt");
            entities.add(new Memo(uuid(m.id(), "memo id"), enumOf(MemoTarget.class, m.target(), "memo target"), uuidOrNull(m.targetId(), "memo target id"),
                    m.kind(), m.title(), m.text(), created, m.modifiedAt() == null ? created : instant(m.modifiedAt(), "memo modifiedAt")));
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
            UUID attributeId = uuid(a.id(), "attribute id");
            String what = "attribute " + quoted(a.name());
            entities.add(new Attribute(attributeId, enumOf(AttributeTarget.class, a.appliesTo(), "appliesTo of " + what),
                    a.name(), enumOf(AttributeType.class, a.type(), "type of " + what), a.choices()));
            for (AttributeValueDto v : list(a.values())) {
                entities.add(new AttributeValue(uuid(v.id(), "id of a value of " + what), attributeId, uuid(v.of(), "\"of\" of a value of " + what), v.value()));
            }
        }
    }

    private void addSession(List<Entity> entities, UUID dyadId, SessionDto s, String dyadCode) {
        String where = "session " + s.number() + " of dyad " + dyadCode;
        if (s.number() == null) {
            throw new DomainException("a session of dyad " + dyadCode + " has no \"number\".");
        }
        UUID sessionId = uuid(s.id(), "id of " + where);
        MediaDto m = s.media();
        MediaRef media = m == null ? null : new MediaRef(m.path(), m.sha256(), timeOrNull(m.duration(), "duration of the video of " + where));
        entities.add(new Session(sessionId, dyadId, s.number(), date(s.date(), "date of " + where), media));
        for (PassDto p : list(s.recallPasses())) {
            UUID passId = uuid(p.id(), "recall pass id in " + where);
            entities.add(new RecallPass(passId, sessionId, enumOf(Role.class, p.perspective(), "perspective"), uuid(p.participant(), "participant of a recall pass in " + where),
                    uuidOrNull(p.interviewer(), "interviewer"), date(p.date(), "recall date in " + where), enumOf(PassStatus.class, p.status(), "recall status"),
                    p.missingReason()));
            for (MomentDto mo : list(p.moments())) {
                entities.add(new Moment(uuid(mo.id(), "moment id in " + where), passId, time(mo.anchor(), "anchor of a moment in " + where),
                        mo.span() == null ? null : span(mo.span(), where), enumOf(Initiator.class, mo.initiator(), "initiator"), mo.comment(),
                        enumOrNull(TimeFrame.class, mo.timeFrame(), "timeFrame"), mo.helpfulness() == null ? null : new Helpfulness(mo.helpfulness()),
                        mo.intensity(), instant(mo.createdAt(), "createdAt of a moment in " + where), mo.tags()));
            }
        }
    }

    private TimeSpan span(SpanDto span, String where) {
        return new TimeSpan(time(span.start(), "span start in " + where), time(span.end(), "span end in " + where));
    }

    private StudyHeader header(StudyDto s) {
        ProtocolDto p = s.protocol();
        Protocol protocol = p == null ? Protocol.standard() : new Protocol(p.sessions(), p.prompts(), scale(p.helpfulness()), scale(p.intensity()),
                p.pairingWindow() == null ? null : new PairingWindow(time(p.pairingWindow().before(), "pairing window before"),
                        time(p.pairingWindow().after(), "pairing window after")), p.quickTags(), Boolean.TRUE.equals(p.transcriptInRecall()));
        return new StudyHeader(uuid(s.id(), "study id"), s.title(), s.approval(), date(s.periodStart(), "periodStart"), date(s.periodEnd(), "periodEnd"), protocol);
    }

    private RatingScale scale(ScaleDto s) {
        if (s == null) {
            return null;
        }
        if (s.min() == null || s.max() == null || s.step() == null) {
            throw new DomainException("rating scale " + quoted(s.name()) + " needs \"min\", \"max\" and \"step\".");
        }
        List<ScaleLabel> labels = new ArrayList<>();
        for (LabelDto l : list(s.labels())) {
            if (l.value() == null) {
                throw new DomainException("a label of rating scale " + quoted(s.name()) + " has no \"value\".");
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
            UUID moment = uuid(b.moment(), "moment of a baseline entry");
            if (b.sha256() == null || !b.sha256().matches("[0-9a-f]{64}")) {
                throw new DomainException("the baseline entry of moment " + moment + " needs \"sha256\": 64 lower-case hexadecimal digits.");
            }
            if (result.put(moment, b.sha256()) != null) {
                throw new DomainException("the baseline names moment " + moment + " twice.");
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

    private static String quoted(String value) {
        return value == null ? "missing" : "\"" + value + "\"";
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String what) {
        if (text == null) {
            throw new DomainException("the " + what + " is missing.");
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(name(constant));
            }
            throw new DomainException(quoted(text) + " is not a valid " + what + "; use one of " + String.join(", ", allowed) + ".");
        }
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String text, String what) {
        return text == null ? null : enumOf(type, text, what);
    }

    static UUID uuid(String text, String what) {
        if (text == null) {
            throw new DomainException("the " + what + " is missing.");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(quoted(text) + " is not a valid " + what + " (a UUID such as 3f2b8c1e-0d4a-4c7e-9b1f-2a6d5e8c7b90).");
        }
    }

    static UUID uuidOrNull(String text, String what) {
        return text == null ? null : uuid(text, what);
    }

    private static List<UUID> uuids(List<String> texts, String what) {
        return list(texts).stream().map(t -> uuid(t, what)).toList();
    }

    static LocalDate date(String text, String what) {
        return parse(text, LocalDate::parse, what, "a date such as 2025-03-14");
    }

    static Instant instant(String text, String what) {
        if (text == null) {
            throw new DomainException("the " + what + " is missing.");
        }
        return parse(text, Instant::parse, what, "a UTC time such as 2025-03-14T10:15:00Z");
    }

    static MediaTime time(String text, String what) {
        if (text == null) {
            throw new DomainException("the " + what + " is missing.");
        }
        return MediaTime.parse(text);
    }

    static MediaTime timeOrNull(String text, String what) {
        return text == null ? null : time(text, what);
    }

    private static <T> T parse(String text, Function<String, T> parser, String what, String example) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(quoted(text) + " is not a valid " + what + "; write " + example + ".");
        }
    }
}
