package org.iprstudio.exchange.eaf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.ScaleLabel;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.Clock;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.KeyedIOException;
import org.iprstudio.exchange.PointSpan;
import org.iprstudio.exchange.Xml;

/**
 * Writes one session as an ELAN 3.0 annotation document (EAFv3.0.xsd), streamed with StAX. Each
 * recall pass is a tier (PARTICIPANT the participant's code, ANNOTATOR the perspective) whose
 * annotations are the moments; symbolic-association child tiers carry helpfulness, intensity, time
 * frame and initiator (with controlled vocabularies), the comment, the tags, one tier per code group
 * with the codings, and the moment's id. Pairs are a tier of their own and cross-reference links.
 * Mapping and the span shown for a moment without one: docs/decisions/0012-exports.md.
 */
public final class EafWriter {
    /** How long a moment without a span is shown in ELAN, from its anchor (the exact anchor is kept in the value). */
    public static final long POINT_SPAN_MS = PointSpan.POINT_SPAN_MS;
    public static final String VERSION = "3.0";

    private static final String LANG = "eng";
    private static final String SYMBOLIC = "Symbolic_Association";
    private static final String TYPE_MOMENT = "ipr-moment";
    private static final String TYPE_TEXT = "ipr-text";
    private static final String TYPE_PAIR = "ipr-pair";
    private static final String TYPE_TRANSCRIPT = "ipr-transcript";

    private final Study study;
    private final Map<UUID, SessionPairing> pairings;
    private final Map<UUID, Code> groupOfCode = new HashMap<>();
    private final Map<UUID, Code> codes = new HashMap<>();
    private final java.util.Set<String> entryIds = new java.util.HashSet<>();
    private final List<Code> groups = new ArrayList<>();
    private final List<Vocabulary> vocabularies;

    /** A child tier kind: its name, its type, and what each moment puts there (null: nothing). */
    private record Child(String suffix, String type, Function<Moment, String> value, Function<Moment, String> entry) {
    }

    private record Vocabulary(String id, String type, String description, Map<String, String[]> entries) {
    }

    public EafWriter(Study study) {
        this.study = study;
        this.pairings = StudyPairing.of(study);
        study.codes().forEach(c -> codes.put(c.id(), c));
        for (Code c : study.entitiesInDependencyOrder().stream().filter(Code.class::isInstance).map(Code.class::cast).toList()) {
            Code top = c;
            int guard = 0;
            while (top.parentId() != null && codes.containsKey(top.parentId()) && guard++ < 100) {
                top = codes.get(top.parentId());
            }
            groupOfCode.put(c.id(), top);
            if (top == c) {
                groups.add(c);
            }
        }
        vocabularies = List.of(
                scale("helpfulness", "ipr-helpfulness", study.header().protocol().helpfulness()),
                scale("intensity", "ipr-intensity", study.header().protocol().intensity()),
                enumeration("time-frame", "ipr-time-frame", "Whether the comment tells the experience then (in the session) or a reflection now.",
                        TimeFrame.values()),
                enumeration("initiator", "ipr-initiator", "Who stopped the video.", Initiator.values()));
        vocabularies.forEach(v -> entryIds.addAll(v.entries().keySet()));
    }

    /** The file name of a session's document, e.g. D01-S3.eaf. */
    public String fileName(Session session) {
        return study.dyad(session.dyadId()).code() + "-S" + session.number() + ".eaf";
    }

    /**
     * The document's date as an xs:dateTime with its seconds always written: OffsetDateTime.toString
     * leaves out ":00" at a whole minute, which ELAN's schema refuses.
     */
    static String documentDate(OffsetDateTime now) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").format(now);
    }

    /** @param media the linked video, or null when the session has none */
    public void write(Session session, EafMedia media, OutputStream stream) throws IOException {
        SessionLayout layout = new SessionLayout(study, session, pairings.get(session.id()));
        try {
            Xml xml = Xml.over(stream);
            XMLStreamWriter raw = xml.raw();
            xml.open("ANNOTATION_DOCUMENT", "AUTHOR", "IPR Studio", "DATE", documentDate(OffsetDateTime.now(ZoneOffset.UTC)),
                    "FORMAT", VERSION, "VERSION", VERSION);
            raw.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            raw.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation", "http://www.mpi.nl/tools/elan/EAFv3.0.xsd");
            List<Child> children = children();
            int refAnnotations = countReferences(layout, children);
            header(xml, session, media, layout.lastAnnotation() + refAnnotations);
            timeOrder(xml, layout);
            for (SessionLayout.PlacedPass pass : layout.passes) {
                passTiers(xml, layout, pass, children);
            }
            pairTier(xml, layout);
            transcriptTiers(xml, layout, session);
            types(xml);
            xml.empty("LANGUAGE", "LANG_ID", LANG, "LANG_DEF", "http://cdb.iso.org/lg/CDB-00138502-001", "LANG_LABEL", "English (eng)");
            xml.empty("CONSTRAINT", "STEREOTYPE", SYMBOLIC, "DESCRIPTION", "1-1 association with a parent annotation");
            for (Vocabulary v : vocabularies) {
                vocabulary(xml, v);
            }
            pairLinks(xml, layout);
            xml.close();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new KeyedIOException(ExchangeMessages.of("eafWriter.notWritten", UserMessage.from(e)), e);
        }
    }

    private List<Child> children() {
        List<Child> children = new ArrayList<>();
        children.add(new Child("helpfulness", "ipr-helpfulness", m -> m.helpfulness() == null ? null : m.helpfulness().display(),
                m -> m.helpfulness() == null ? null : "helpfulness_" + m.helpfulness().display()));
        children.add(new Child("intensity", "ipr-intensity", m -> m.intensity() == null ? null : m.intensity().toString(),
                m -> m.intensity() == null ? null : "intensity_" + m.intensity()));
        children.add(new Child("time frame", "ipr-time-frame", m -> lower(m.timeFrame()), m -> m.timeFrame() == null ? null : "time-frame_" + lower(m.timeFrame())));
        children.add(new Child("initiator", "ipr-initiator", m -> lower(m.initiator()), m -> "initiator_" + lower(m.initiator())));
        children.add(new Child("comment", TYPE_TEXT, m -> m.comment().isEmpty() ? null : m.comment(), m -> null));
        children.add(new Child("tags", TYPE_TEXT, m -> m.tags().isEmpty() ? null : String.join("; ", m.tags()), m -> null));
        for (Code group : groups) {
            children.add(new Child("codes: " + group.name(), TYPE_TEXT, m -> codesIn(m, group), m -> null));
        }
        children.add(new Child("moment id", TYPE_TEXT, m -> m.id().toString(), m -> null));
        return children;
    }

    private String codesIn(Moment m, Code group) {
        List<String> names = new ArrayList<>();
        for (Coding c : study.codingsOf(m.id())) {
            if (groupOfCode.get(c.codeId()) == group) {
                names.add(codes.get(c.codeId()).name());
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static int countReferences(SessionLayout layout, List<Child> children) {
        int count = 0;
        for (SessionLayout.PlacedPass pass : layout.passes) {
            for (SessionLayout.PlacedMoment m : pass.moments()) {
                for (Child child : children) {
                    count += child.value().apply(m.moment()) == null ? 0 : 1;
                }
            }
        }
        return count;
    }

    private void header(Xml xml, Session session, EafMedia media, int lastAnnotation) throws XMLStreamException {
        xml.open("HEADER", "MEDIA_FILE", "", "TIME_UNITS", "milliseconds");
        if (media != null) {
            xml.empty("MEDIA_DESCRIPTOR", "MEDIA_URL", media.url(), "MIME_TYPE", media.mimeType(), "RELATIVE_MEDIA_URL", media.relativeUrl());
        }
        xml.text("PROPERTY", Integer.toString(lastAnnotation), "NAME", "lastUsedAnnotationId");
        xml.text("PROPERTY", study.header().title(), "NAME", "ipr.study");
        xml.text("PROPERTY", study.header().id().toString(), "NAME", "ipr.studyId");
        xml.text("PROPERTY", study.dyad(session.dyadId()).code() + "/" + session.number(), "NAME", "ipr.session");
        xml.text("PROPERTY", session.id().toString(), "NAME", "ipr.sessionId");
        xml.text("PROPERTY", Long.toString(POINT_SPAN_MS), "NAME", "ipr.pointSpanMs");
        xml.close();
    }

    private static void timeOrder(Xml xml, SessionLayout layout) throws XMLStreamException {
        xml.open("TIME_ORDER");
        long[] values = layout.orderedSlotValues;
        for (int i = 0; i < values.length; i++) {
            xml.empty("TIME_SLOT", "TIME_SLOT_ID", "ts" + (i + 1), "TIME_VALUE", Long.toString(values[i]));
        }
        xml.close();
    }

    private void passTiers(Xml xml, SessionLayout layout, SessionLayout.PlacedPass placed, List<Child> children) throws XMLStreamException {
        Participant who = study.participant(placed.pass().participantId());
        String perspective = lower(placed.pass().perspective());
        String tier = perspective + " " + who.code();
        xml.open("TIER", "LINGUISTIC_TYPE_REF", TYPE_MOMENT, "PARTICIPANT", who.code(), "ANNOTATOR", perspective, "TIER_ID", tier);
        for (SessionLayout.PlacedMoment m : placed.moments()) {
            xml.open("ANNOTATION").open("ALIGNABLE_ANNOTATION", "ANNOTATION_ID", m.annotationId(),
                    "TIME_SLOT_REF1", m.shown().beginSlot, "TIME_SLOT_REF2", m.shown().endSlot);
            xml.text("ANNOTATION_VALUE", anchorLabel(m));
            xml.close().close();
        }
        xml.close();
        for (Child child : children) {
            xml.open("TIER", "LINGUISTIC_TYPE_REF", child.type(), "PARENT_REF", tier, "PARTICIPANT", who.code(), "ANNOTATOR", perspective,
                    "TIER_ID", tier + " " + child.suffix());
            for (SessionLayout.PlacedMoment m : placed.moments()) {
                String value = child.value().apply(m.moment());
                if (value == null) {
                    continue;
                }
                String entry = child.entry().apply(m.moment());
                xml.open("ANNOTATION").open("REF_ANNOTATION", "ANNOTATION_ID", layout.nextAnnotationId(), "ANNOTATION_REF", m.annotationId(),
                        "CVE_REF", entryIds.contains(entry) ? entry : null); // a value off the protocol's scale stays as text
                xml.text("ANNOTATION_VALUE", value);
                xml.close().close();
            }
            xml.close();
        }
    }

    /** The exact anchor, which the shown stretch alone would not tell for a moment without a span. */
    private static String anchorLabel(SessionLayout.PlacedMoment m) {
        String anchor = Clock.of(m.moment().anchor());
        return m.point() ? "anchor " + anchor + " (no span)" : "anchor " + anchor;
    }

    private void pairTier(Xml xml, SessionLayout layout) throws XMLStreamException {
        xml.open("TIER", "LINGUISTIC_TYPE_REF", TYPE_PAIR, "TIER_ID", "pairs");
        for (SessionLayout.PlacedPair p : layout.pairs) {
            xml.open("ANNOTATION").open("ALIGNABLE_ANNOTATION", "ANNOTATION_ID", p.annotationId(),
                    "TIME_SLOT_REF1", p.shown().beginSlot, "TIME_SLOT_REF2", p.shown().endSlot);
            SessionPairing.Line line = p.line();
            xml.text("ANNOTATION_VALUE", lower(line.pairClass()) + " (" + p.status() + "): client " + Clock.of(line.client().anchor())
                    + ", therapist " + Clock.of(line.therapist().anchor()));
            xml.close().close();
        }
        xml.close();
    }

    /** The transcript: a tier per speaker, "transcript" plus the label, with the dyad member's code as PARTICIPANT when mapped. */
    private void transcriptTiers(Xml xml, SessionLayout layout, Session session) throws XMLStreamException {
        Dyad dyad = study.dyad(session.dyadId());
        for (SessionLayout.SpeakerTier tier : layout.speakers) {
            String participant = tier.role() == null ? null
                    : study.participant(tier.role() == Role.THERAPIST ? dyad.therapistId() : dyad.clientId()).code();
            String id = tier.speaker() == null ? "transcript" : "transcript " + tier.speaker();
            xml.open("TIER", "LINGUISTIC_TYPE_REF", TYPE_TRANSCRIPT, "PARTICIPANT", participant, "ANNOTATOR", tier.role() == null ? null : lower(tier.role()),
                    "TIER_ID", id);
            for (SessionLayout.PlacedCue cue : tier.cues()) {
                xml.open("ANNOTATION").open("ALIGNABLE_ANNOTATION", "ANNOTATION_ID", cue.annotationId(),
                        "TIME_SLOT_REF1", cue.shown().beginSlot, "TIME_SLOT_REF2", cue.shown().endSlot);
                xml.text("ANNOTATION_VALUE", cue.cue().text());
                xml.close().close();
            }
            xml.close();
        }
    }

    private void types(Xml xml) throws XMLStreamException {
        xml.empty("LINGUISTIC_TYPE", "LINGUISTIC_TYPE_ID", TYPE_MOMENT, "TIME_ALIGNABLE", "true", "GRAPHIC_REFERENCES", "false");
        for (Vocabulary v : vocabularies) {
            xml.empty("LINGUISTIC_TYPE", "LINGUISTIC_TYPE_ID", v.type(), "TIME_ALIGNABLE", "false", "CONSTRAINTS", SYMBOLIC,
                    "GRAPHIC_REFERENCES", "false", "CONTROLLED_VOCABULARY_REF", v.id());
        }
        xml.empty("LINGUISTIC_TYPE", "LINGUISTIC_TYPE_ID", TYPE_TEXT, "TIME_ALIGNABLE", "false", "CONSTRAINTS", SYMBOLIC, "GRAPHIC_REFERENCES", "false");
        xml.empty("LINGUISTIC_TYPE", "LINGUISTIC_TYPE_ID", TYPE_PAIR, "TIME_ALIGNABLE", "true", "GRAPHIC_REFERENCES", "false");
        xml.empty("LINGUISTIC_TYPE", "LINGUISTIC_TYPE_ID", TYPE_TRANSCRIPT, "TIME_ALIGNABLE", "true", "GRAPHIC_REFERENCES", "false");
    }

    private static void vocabulary(Xml xml, Vocabulary v) throws XMLStreamException {
        xml.open("CONTROLLED_VOCABULARY", "CV_ID", v.id());
        xml.text("DESCRIPTION", v.description(), "LANG_REF", LANG);
        for (Map.Entry<String, String[]> e : v.entries().entrySet()) {
            xml.open("CV_ENTRY_ML", "CVE_ID", e.getKey());
            xml.text("CVE_VALUE", e.getValue()[0], "DESCRIPTION", e.getValue()[1].isEmpty() ? null : e.getValue()[1], "LANG_REF", LANG);
            xml.close();
        }
        xml.close();
    }

    private static void pairLinks(Xml xml, SessionLayout layout) throws XMLStreamException {
        if (layout.pairs.isEmpty()) {
            return;
        }
        xml.open("REF_LINK_SET", "LINK_SET_ID", "ipr-pairs", "LINK_SET_NAME", "pairs");
        int n = 0;
        for (SessionLayout.PlacedPair p : layout.pairs) {
            xml.text("CROSS_REF_LINK", p.status(), "REF1", layout.annotationOfMoment.get(p.line().client().id()),
                    "REF2", layout.annotationOfMoment.get(p.line().therapist().id()), "DIRECTIONALITY", "undirected",
                    "REF_LINK_ID", "rl" + ++n, "REF_LINK_NAME", lower(p.line().pairClass()), "REF_TYPE", lower(p.line().pairClass()));
        }
        xml.close();
    }

    private static Vocabulary scale(String id, String type, RatingScale scale) {
        Map<String, String[]> entries = new LinkedHashMap<>();
        Map<Double, String> labels = new HashMap<>();
        for (ScaleLabel l : scale.labels()) {
            labels.put(l.value(), l.label());
        }
        int steps = (int) Math.round((scale.max() - scale.min()) / scale.step());
        for (int i = 0; i <= steps; i++) {
            double value = scale.min() + i * scale.step();
            String text = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
            entries.put(id + "_" + text, new String[] {text, labels.getOrDefault(value, "")});
        }
        return new Vocabulary(id, type, scale.name(), entries);
    }

    private static Vocabulary enumeration(String id, String type, String description, Enum<?>[] values) {
        Map<String, String[]> entries = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            entries.put(id + "_" + lower(v), new String[] {lower(v), ""});
        }
        return new Vocabulary(id, type, description, entries);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

}
