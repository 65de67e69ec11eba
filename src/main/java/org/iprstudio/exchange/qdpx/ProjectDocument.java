package org.iprstudio.exchange.qdpx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.exchange.Clock;
import org.iprstudio.exchange.PointSpan;
import org.iprstudio.exchange.Xml;

/**
 * The project.qde of a .qdpx (Project-mrt2019.xsd): users (the research team and each participant
 * who recalled, so a QDA tool shows each perspective as a coder), the codebook, case and source
 * variables, one video or audio source per session with a selection per moment (its words as the
 * description, its codings), memos as notes, pairs as links, themes as sets.
 */
final class ProjectDocument {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    /** Where a session's media is for the project: its REFI path ("relative:///...", "internal://..."), or null. */
    interface MediaPaths {
        String path(Session session);
    }

    private final Study study;
    private final Instant now;
    private final String researchers;
    private final AttributeCodes attributes;
    private final Map<UUID, SessionPairing> pairings;
    private final Map<UUID, SessionPairing.Line> confirmed = new HashMap<>();
    private final Map<UUID, List<Memo>> memosOf = new HashMap<>();
    private final Map<String, String> variables = new LinkedHashMap<>();

    ProjectDocument(Study study, Instant now) {
        this.study = study;
        this.now = now;
        this.researchers = Refi.derived(study, "user:researchers");
        this.attributes = new AttributeCodes(study);
        this.pairings = StudyPairing.of(study);
        for (SessionPairing p : pairings.values()) {
            for (SessionPairing.Line line : p.kept()) {
                if (line.stored().decision() == PairDecision.CONFIRMED) {
                    confirmed.put(line.client().id(), line);
                    confirmed.put(line.therapist().id(), line);
                }
            }
        }
        for (Memo m : study.memos()) {
            memosOf.computeIfAbsent(m.targetId(), k -> new ArrayList<>()).add(m);
        }
        for (RecallPass pass : study.passes()) { // attribute codes go in the codebook, before the sources that use them
            for (Moment m : study.momentsInPass(pass.id())) {
                attributes.of(m, pass.perspective(), pairClassOf(m));
            }
        }
        for (String name : List.of("dyad", "site", "trajectory", "client", "therapist", "session", "session date")) {
            variables.put(name, Refi.derived(study, "variable:" + name));
        }
    }

    private org.iprstudio.domain.PairClass pairClassOf(Moment m) {
        SessionPairing.Line line = confirmed.get(m.id());
        return line == null ? null : line.pairClass();
    }

    void write(Xml xml, String basePath, MediaPaths media) throws XMLStreamException {
        xml.open("Project");
        xml.raw().writeDefaultNamespace(NAMESPACE);
        attribute(xml, "name", study.header().title());
        attribute(xml, "origin", Refi.ORIGIN);
        attribute(xml, "creatingUserGUID", researchers);
        attribute(xml, "creationDateTime", Refi.dateTime(now));
        attribute(xml, "modifyingUserGUID", researchers);
        attribute(xml, "modifiedDateTime", Refi.dateTime(now));
        if (basePath != null) {
            attribute(xml, "basePath", basePath);
        }
        users(xml);
        codebook(xml);
        variables(xml);
        cases(xml);
        sources(xml, media);
        notes(xml);
        links(xml);
        sets(xml);
        xml.text("Description", description());
        for (Memo m : study.memos()) {
            if (m.target() == MemoTarget.STUDY) {
                xml.empty("NoteRef", "targetGUID", Refi.guid(m.id()));
            }
        }
        xml.close();
    }

    private static void attribute(Xml xml, String name, String value) throws XMLStreamException {
        xml.raw().writeAttribute(name, Xml.clean(value));
    }

    private void users(Xml xml) throws XMLStreamException {
        xml.open("Users");
        xml.empty("User", "guid", researchers, "name", "Research team", "id", "researchers");
        // the researchers who applied codes, so that each coding names its coder (creatingUser)
        java.util.Set<String> coders = new java.util.TreeSet<>();
        study.codings().forEach(c -> study.team().stampOf(c.id()).ifPresent(s -> coders.add(s.coder())));
        for (String initials : coders) {
            String name = study.team().researcher(initials).map(org.iprstudio.domain.Researcher::label).orElse(initials);
            xml.empty("User", "guid", coderGuid(initials), "name", name, "id", initials);
        }
        for (Participant p : study.participants()) {
            if (study.passes().stream().anyMatch(r -> r.participantId().equals(p.id()))) {
                xml.empty("User", "guid", Refi.guid(p.id()), "name", p.code() + " (" + lower(p.role()) + ")", "id", p.code());
            }
        }
        xml.close();
    }

    private void codebook(Xml xml) throws XMLStreamException {
        Map<UUID, List<Code>> tree = Refi.tree(study);
        Map<String, Map<String, String>> used = attributes.used();
        if (tree.isEmpty() && used.isEmpty()) {
            return;
        }
        java.util.Set<UUID> applied = new java.util.HashSet<>();
        study.codings().stream().map(Coding::codeId).forEach(applied::add);
        xml.open("CodeBook").open("Codes");
        for (Code root : tree.getOrDefault(null, List.of())) {
            code(xml, root, tree, applied);
        }
        for (Map.Entry<String, Map<String, String>> group : used.entrySet()) {
            xml.open("Code", "guid", attributes.groupGuid(group.getKey()), "name", AttributeCodes.PREFIX + group.getKey(), "isCodable", "false");
            xml.text("Description", "Recorded by IPR Studio for each moment (REFI-QDA has no variables on selections).");
            for (Map.Entry<String, String> code : group.getValue().entrySet()) {
                xml.empty("Code", "guid", code.getValue(), "name", code.getKey(), "isCodable", "true");
            }
            xml.close();
        }
        xml.close().close();
    }

    private void code(Xml xml, Code c, Map<UUID, List<Code>> tree, java.util.Set<UUID> applied) throws XMLStreamException {
        boolean codable = !tree.containsKey(c.id()) || applied.contains(c.id());
        xml.open("Code", "guid", Refi.guid(c.id()), "name", c.name(), "isCodable", Boolean.toString(codable), "color", c.colour());
        if (!c.description().isEmpty()) {
            xml.text("Description", c.description());
        }
        noteRefs(xml, c.id());
        for (Code child : tree.getOrDefault(c.id(), List.of())) {
            code(xml, child, tree, applied);
        }
        xml.close();
    }

    private void variables(Xml xml) throws XMLStreamException {
        xml.open("Variables");
        for (Map.Entry<String, String> v : variables.entrySet()) {
            String type = v.getKey().equals("session") ? "Integer" : v.getKey().equals("session date") ? "Date" : "Text";
            xml.empty("Variable", "guid", v.getValue(), "name", v.getKey(), "typeOfVariable", type);
        }
        xml.close();
    }

    private void cases(Xml xml) throws XMLStreamException {
        List<Dyad> dyads = study.dyads();
        if (dyads.isEmpty()) {
            return;
        }
        xml.open("Cases");
        for (Dyad d : dyads) {
            xml.open("Case", "guid", Refi.guid(d.id()), "name", d.code());
            xml.text("Description", "Dyad " + d.code() + ": client " + study.participant(d.clientId()).code() + ", therapist "
                    + study.participant(d.therapistId()).code() + ", site " + study.site(d.siteId()).code() + ".");
            text(xml, "site", study.site(d.siteId()).code());
            text(xml, "trajectory", lower(d.trajectory()));
            text(xml, "client", study.participant(d.clientId()).code());
            text(xml, "therapist", study.participant(d.therapistId()).code());
            for (Session s : study.sessionsOf(d.id())) {
                xml.empty("SourceRef", "targetGUID", Refi.guid(s.id()));
            }
            xml.close();
        }
        xml.close();
    }

    private void text(Xml xml, String variable, String value) throws XMLStreamException {
        xml.open("VariableValue").empty("VariableRef", "targetGUID", variables.get(variable)).text("TextValue", value).close();
    }

    private void sources(Xml xml, MediaPaths media) throws XMLStreamException {
        List<Session> sessions = study.sessions();
        if (sessions.isEmpty()) {
            return;
        }
        xml.open("Sources");
        for (Session s : sessions) {
            source(xml, s, media.path(s));
        }
        xml.close();
    }

    private void source(Xml xml, Session s, String path) throws XMLStreamException {
        Dyad dyad = study.dyad(s.dyadId());
        boolean audio = s.media() != null && isAudio(s.media().path());
        String kind = audio ? "Audio" : "Video";
        String name = s.media() == null ? dyad.code() + " session " + s.number() : fileName(s.media().path());
        Instant created = s.date() == null ? now : s.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        xml.open(kind + "Source", "guid", Refi.guid(s.id()), "name", name, "path", path, "creatingUser", researchers,
                "creationDateTime", Refi.dateTime(created), "modifyingUser", researchers, "modifiedDateTime", Refi.dateTime(now));
        xml.text("Description", "Session " + s.number() + " of dyad " + dyad.code() + (s.date() == null ? "" : ", recorded " + s.date())
                + (s.media() == null || s.media().sha256() == null ? "" : ". Video SHA-256 " + s.media().sha256()) + ".");
        if (study.transcriptOf(s.id()).isPresent()) {
            new TranscriptSource(study, s, study.transcriptOf(s.id()).get()).write(xml, researchers, now,
                    q -> "quote of " + selectionName(study.moment(q.momentId())));
        }
        for (RecallPass pass : study.passesOf(s.id())) {
            if (pass.status() == PassStatus.MISSING) {
                continue;
            }
            for (Moment m : study.momentsOf(pass.id())) {
                selection(xml, kind, s, pass, m);
            }
        }
        noteRefs(xml, dyad.id());
        xml.open("VariableValue").empty("VariableRef", "targetGUID", variables.get("dyad")).text("TextValue", dyad.code()).close();
        xml.open("VariableValue").empty("VariableRef", "targetGUID", variables.get("session")).text("IntegerValue", Integer.toString(s.number())).close();
        if (s.date() != null) {
            xml.open("VariableValue").empty("VariableRef", "targetGUID", variables.get("session date")).text("DateValue", s.date().toString()).close();
        }
        xml.close();
    }

    private void selection(Xml xml, String kind, Session s, RecallPass pass, Moment m) throws XMLStreamException {
        Participant who = study.participant(pass.participantId());
        TimeSpan shown = PointSpan.shown(m, s.media() == null ? null : s.media().duration());
        String name = selectionName(m);
        xml.open(kind + "Selection", "guid", Refi.guid(m.id()), "name", name, "begin", Long.toString(shown.start().millis()),
                "end", Long.toString(shown.end().millis()), "creatingUser", Refi.guid(who.id()), "creationDateTime", Refi.dateTime(m.createdAt()),
                "modifyingUser", Refi.guid(who.id()), "modifiedDateTime", Refi.dateTime(m.createdAt()));
        if (!m.comment().isEmpty()) {
            xml.text("Description", m.comment());
        }
        for (Coding c : study.codingsOf(m.id())) {
            java.util.Optional<org.iprstudio.domain.CodingStamp> stamp = study.team().stampOf(c.id());
            coding(xml, Refi.guid(c.id()), Refi.guid(c.codeId()), stamp.map(st -> coderGuid(st.coder())).orElse(researchers),
                    stamp.map(org.iprstudio.domain.CodingStamp::at).orElse(m.createdAt()));
        }
        for (String attribute : attributes.of(m, pass.perspective(), pairClassOf(m))) {
            coding(xml, Refi.derived(study, "coding:" + m.id() + ":" + attribute), attribute, researchers, m.createdAt());
        }
        noteRefs(xml, m.id());
        xml.close();
    }

    private String selectionName(Moment m) {
        RecallPass pass = study.pass(m.passId());
        return lower(pass.perspective()) + " " + study.participant(pass.participantId()).code() + ", anchor " + Clock.of(m.anchor())
                + (PointSpan.isPoint(m) ? " (no span)" : "");
    }

    /** The User of a researcher who coded, the same in every export of the study. */
    private String coderGuid(String initials) {
        return Refi.derived(study, "researcher:" + initials);
    }

    /** @param user who applied the code (a coder's User, or the research team when the study does not know) */
    private void coding(Xml xml, String guid, String code, String user, java.time.Instant at) throws XMLStreamException {
        xml.open("Coding", "guid", guid, "creatingUser", user, "creationDateTime", Refi.dateTime(at));
        xml.empty("CodeRef", "targetGUID", code);
        xml.close();
    }

    private void noteRefs(Xml xml, UUID target) throws XMLStreamException {
        for (Memo memo : memosOf.getOrDefault(target, List.of())) {
            xml.empty("NoteRef", "targetGUID", Refi.guid(memo.id()));
        }
    }

    private void notes(Xml xml) throws XMLStreamException {
        List<SessionPairing.Line> codedPairs = new ArrayList<>();
        for (SessionPairing p : pairings.values()) {
            for (SessionPairing.Line line : p.kept()) {
                if (!study.codingsOf(line.stored().id()).isEmpty()) {
                    codedPairs.add(line);
                }
            }
        }
        if (study.memos().isEmpty() && codedPairs.isEmpty()) {
            return;
        }
        xml.open("Notes");
        for (Memo m : study.memos()) {
            String title = m.title().isEmpty() ? (m.kind().isEmpty() ? "Memo" : m.kind() + " memo") : m.title();
            xml.open("Note", "guid", Refi.guid(m.id()), "name", title, "creatingUser", researchers, "creationDateTime", Refi.dateTime(m.createdAt()),
                    "modifyingUser", researchers, "modifiedDateTime", Refi.dateTime(m.modifiedAt()));
            xml.text("Description", (m.kind().isEmpty() ? "Memo" : m.kind() + " memo") + " on " + about(m));
            xml.text("PlainTextContent", m.text());
            xml.close();
        }
        for (SessionPairing.Line line : codedPairs) {
            StringBuilder codes = new StringBuilder();
            for (Coding c : study.codingsOf(line.stored().id())) {
                study.find(c.codeId()).ifPresent(code -> codes.append(codes.length() == 0 ? "" : "; ").append(((Code) code).name()));
            }
            xml.open("Note", "guid", Refi.derived(study, "pair-codes:" + line.stored().id()), "name", "Codes of the pair", "creatingUser", researchers,
                    "creationDateTime", Refi.dateTime(now));
            xml.text("PlainTextContent", codes.toString());
            xml.close();
        }
        xml.close();
    }

    private String about(Memo m) {
        return switch (m.target()) {
            case STUDY -> "the study";
            case DYAD -> "dyad " + study.find(m.targetId()).map(e -> ((Dyad) e).code()).orElse("?");
            default -> "a " + lower(m.target());
        };
    }

    private void links(Xml xml) throws XMLStreamException {
        List<SessionPairing.Line> lines = new ArrayList<>();
        pairings.values().forEach(p -> {
            lines.addAll(p.kept());
            lines.addAll(p.suggested());
        });
        if (lines.isEmpty()) {
            return;
        }
        xml.open("Links");
        for (SessionPairing.Line line : lines) {
            String status = line.stored() == null ? "suggested" : lower(line.stored().decision());
            String guid = line.stored() == null ? Refi.derived(study, "suggested-pair:" + line.client().id() + ":" + line.therapist().id())
                    : Refi.guid(line.stored().id());
            xml.open("Link", "guid", guid, "name", "pair: " + lower(line.pairClass()).replace('_', ' ') + " (" + status + ")", "direction", "Associative",
                    "originGUID", Refi.guid(line.client().id()), "targetGUID", Refi.guid(line.therapist().id()));
            if (line.stored() != null) {
                noteRefs(xml, line.stored().id());
                if (!study.codingsOf(line.stored().id()).isEmpty()) {
                    xml.empty("NoteRef", "targetGUID", Refi.derived(study, "pair-codes:" + line.stored().id()));
                }
            }
            xml.close();
        }
        xml.close();
    }

    private void sets(Xml xml) throws XMLStreamException {
        List<Theme> themes = study.themes();
        if (themes.isEmpty()) {
            return;
        }
        Map<UUID, String> names = new HashMap<>();
        themes.forEach(t -> names.put(t.id(), t.name()));
        xml.open("Sets");
        for (Theme t : themes) {
            String name = t.parentId() == null ? t.name() : names.getOrDefault(t.parentId(), "") + ": " + t.name();
            xml.open("Set", "guid", Refi.guid(t.id()), "name", name);
            StringBuilder description = new StringBuilder(t.definition());
            description.append(description.length() == 0 ? "" : "\n").append("Status: ").append(lower(t.status())).append('.');
            for (UUID exemplar : t.exemplarMomentIds()) {
                description.append("\nExemplar: selection ").append(Refi.guid(exemplar));
            }
            xml.text("Description", description.toString());
            for (UUID code : t.codeIds()) {
                xml.empty("MemberCode", "targetGUID", Refi.guid(code));
            }
            for (Memo memo : memosOf.getOrDefault(t.id(), List.of())) {
                xml.empty("MemberNote", "targetGUID", Refi.guid(memo.id()));
            }
            xml.close();
        }
        xml.close();
    }

    private String description() {
        var h = study.header();
        return h.title() + (h.approval().isEmpty() ? "" : "\nApproval: " + h.approval())
                + (h.periodStart() == null ? "" : "\nPeriod: " + h.periodStart() + " to " + (h.periodEnd() == null ? "" : h.periodEnd()))
                + "\nExported by IPR Studio on " + Refi.dateTime(now) + ". Each moment is a selection named by perspective, participant and anchor;"
                + " a moment without a span is a selection of " + PointSpan.POINT_SPAN_MS + " ms from its anchor. Ratings are codes in the 'IPR: ...' groups;"
                + " pairs are links between the two moments.";
    }

    static boolean isAudio(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".wav") || p.endsWith(".mp3") || p.endsWith(".m4a") || p.endsWith(".aac") || p.endsWith(".flac") || p.endsWith(".ogg");
    }

    static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
