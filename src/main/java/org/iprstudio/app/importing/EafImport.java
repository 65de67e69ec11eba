package org.iprstudio.app.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainMessages;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.eaf.EafReader;
import org.iprstudio.store.StudyChange;

/**
 * Makes recall passes of one session from tiers of an ELAN file: each mapped tier becomes the
 * recall of its participant (the perspective is the participant's role), each annotation one
 * moment. The moment's anchor is where the annotation ends (people stop the video after the
 * exchange) and its span the annotation, unless the value carries an exact anchor as IPR Studio's
 * own export writes it ("anchor 00:02:40.000 (no span)"). Child tiers named like the export's
 * (… comment, … helpfulness, … intensity, … initiator, … tags) fill those fields; otherwise the
 * annotation's text is the comment. All passes and moments are added in one transaction, or none.
 */
public final class EafImport {
    private static final Pattern EXACT_ANCHOR = Pattern.compile("^anchor (\\d{2}:\\d{2}:\\d{2}\\.\\d{3})( \\(no span\\))?$");

    /** The passes made and the moments in them, by tier. */
    public record Result(Session session, Map<String, Integer> momentsByTier, int estimated, List<UserMessage> notes) {
        public int moments() {
            return momentsByTier.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final StudyService service;
    private final Clock clock;

    public EafImport(StudyService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /**
     * @param mapping tier id to participant code, in the order given
     */
    public Result apply(EafReader.Document document, String sessionLabel, Map<String, String> mapping) {
        return apply(document, sessionLabel, mapping, service::apply);
    }

    /**
     * The same, with the changes committed by {@code commit} (the window's undo history: the whole
     * import is then one step to undo); nothing is committed when a mapping is refused.
     */
    public Result apply(EafReader.Document document, String sessionLabel, Map<String, String> mapping,
                        java.util.function.Consumer<List<StudyChange>> commit) {
        Study study = service.study();
        Session session = study.sessionByLabel(sessionLabel == null ? "" : sessionLabel).orElseThrow(() -> new ImportException(
                AppMessages.of("eafImport.studyHasSessionName", sessionLabel, (study.sessions().isEmpty() ? AppMessages.of("eafImport.noSessionsYet")
                        : study.sessions().stream().map(s -> study.dyad(s.dyadId()).code() + "/" + s.number()).collect(Collectors.joining(", "))))));
        if (mapping.isEmpty()) {
            throw new ImportException(AppMessages.of("eafImport.sayWhichTierWhose", firstTier(document), tierList(document)));
        }
        Dyad dyad = study.dyad(session.dyadId());
        List<StudyChange> changes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<UserMessage> notes = new ArrayList<>();
        int estimated = 0;
        Map<String, String> tierOfCode = new HashMap<>();
        for (Map.Entry<String, String> entry : mapping.entrySet()) { // every mapping is checked before any recall is looked at
            String other = tierOfCode.put(entry.getValue().strip().toUpperCase(Locale.ROOT), entry.getKey());
            if (other != null) {
                throw new ImportException(AppMessages.of("eafImport.tiersBothNameMap", other, entry.getKey(), entry.getValue().strip()));
            }
        }
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            EafReader.Tier tier = document.tier(entry.getKey());
            if (tier == null) {
                throw new ImportException(AppMessages.of("eafImport.fileHasTierTiers", entry.getKey(), tierList(document)));
            }
            Participant participant = study.participants().stream().filter(p -> p.code().equalsIgnoreCase(entry.getValue().strip())).findFirst()
                    .orElseThrow(() -> new ImportException(AppMessages.of("eafImport.studyHasParticipantTier", entry.getValue(), entry.getKey(), study.participants().stream().map(Participant::code).collect(Collectors.joining(", ")))));
            if (!participant.role().canRecall()) {
                throw new ImportException(AppMessages.of("eafImport.interviewerWhoseRecallCannot", participant.code(), tier.id()));
            }
            if (participant.role() == Role.CLIENT && !participant.id().equals(dyad.clientId())
                    || participant.role() == Role.THERAPIST && !participant.id().equals(dyad.therapistId())) {
                throw new ImportException(AppMessages.of("eafImport.dyadMapTierChoose", participant.code(), DomainMessages.role(participant.role()), dyad.code(), tier.id(), study.participant(participant.role() == Role.CLIENT
                        ? dyad.clientId() : dyad.therapistId()).code()));
            }
            RecallPass pass = passFor(study, session, participant, tier);
            changes.add(new StudyChange.Put(pass));
            Children children = new Children(document, tier);
            int made = 0;
            for (EafReader.Annotation annotation : tier.annotations()) {
                try {
                    changes.add(new StudyChange.Put(moment(study, pass, annotation, children)));
                    made++;
                    estimated += annotation.estimated() ? 1 : 0;
                } catch (IllegalArgumentException e) { // DomainException too: a value the study cannot hold
                    notes.add(AppMessages.of("eafImport.annotationLeftOut", annotation.id(), tier.id(), UserMessage.from(e)));
                }
            }
            counts.put(tier.id(), made);
        }
        if (document.leftOut() > 0) {
            notes.add(AppMessages.of("eafImport.untimedLeftOut", document.leftOut()));
        }
        commit.accept(changes);
        return new Result(session, counts, estimated, List.copyOf(notes));
    }

    private RecallPass passFor(Study study, Session session, Participant participant, EafReader.Tier tier) {
        for (RecallPass existing : study.passesOf(session.id())) {
            if (existing.participantId().equals(participant.id())) {
                int moments = study.momentsOf(existing.id()).size();
                if (moments > 0 || existing.status() != PassStatus.PLANNED) {
                    throw new ImportException(AppMessages.of("eafImport.alreadyHasSRecall", label(study, session), participant.code(), DomainMessages.passStatus(existing.status()), moments, tier.id()));
                }
                // a planned recall with nothing in it yet: the import is that recall
                return new RecallPass(existing.id(), existing.sessionId(), existing.perspective(), existing.participantId(), existing.interviewerId(),
                        existing.date(), PassStatus.DONE, "");
            }
        }
        return new RecallPass(UUID.randomUUID(), session.id(), participant.role(), participant.id(), null, null, PassStatus.DONE, "");
    }

    private Moment moment(Study study, RecallPass pass, EafReader.Annotation annotation, Children children) {
        Matcher exact = EXACT_ANCHOR.matcher(annotation.value());
        MediaTime anchor;
        TimeSpan span;
        String comment = children.value("comment", annotation.id());
        if (exact.matches()) {
            anchor = MediaTime.parse(exact.group(1));
            span = exact.group(2) != null ? null : new TimeSpan(MediaTime.ofMillis(annotation.begin()), MediaTime.ofMillis(annotation.end()));
        } else {
            anchor = MediaTime.ofMillis(annotation.end());
            span = annotation.end() > annotation.begin() ? new TimeSpan(MediaTime.ofMillis(annotation.begin()), MediaTime.ofMillis(annotation.end())) : null;
            if (comment == null) {
                comment = annotation.value();
            }
        }
        if (span != null && !span.contains(anchor)) {
            span = null; // an exported span that does not hold its anchor would not be valid here
        }
        String helpfulness = children.value("helpfulness", annotation.id());
        String intensity = children.value("intensity", annotation.id());
        String initiator = children.value("initiator", annotation.id());
        String tags = children.value("tags", annotation.id());
        UUID id = children.id(annotation.id());
        if (id == null || study.find(id).isPresent()) {
            id = UUID.randomUUID();
        }
        return new Moment(id, pass.id(), anchor, span,
                "interviewer".equalsIgnoreCase(initiator == null ? "" : initiator.strip()) ? Initiator.INTERVIEWER : Initiator.PARTICIPANT,
                comment, null, helpfulness == null ? null : new Helpfulness(Double.parseDouble(helpfulness.strip().replace(',', '.'))),
                intensity == null ? null : Integer.valueOf(intensity.strip()), clock.instant(),
                tags == null ? List.of() : List.of(tags.split("\\s*;\\s*")).stream().filter(t -> !t.isBlank()).toList());
    }

    /** The values of a tier's child tiers named "<tier> <field>", by the annotation they refer to. */
    private static final class Children {
        private final Map<String, Map<String, String>> byField = new HashMap<>();

        Children(EafReader.Document document, EafReader.Tier tier) {
            for (EafReader.Tier child : document.childrenOf(tier.id())) {
                String field = child.id().startsWith(tier.id() + " ") ? child.id().substring(tier.id().length() + 1).strip().toLowerCase(Locale.ROOT) : null;
                if (field == null) {
                    continue;
                }
                Map<String, String> values = byField.computeIfAbsent(field, k -> new HashMap<>());
                for (EafReader.Annotation a : child.annotations()) {
                    if (a.ref() != null && !a.value().isBlank()) {
                        values.put(a.ref(), a.value());
                    }
                }
            }
        }

        String value(String field, String annotationId) {
            return byField.getOrDefault(field, Map.of()).get(annotationId);
        }

        UUID id(String annotationId) {
            String text = value("moment id", annotationId);
            try {
                return text == null ? null : UUID.fromString(text.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private static String label(Study study, Session session) {
        return study.dyad(session.dyadId()).code() + "/" + session.number();
    }

    private static String firstTier(EafReader.Document document) {
        return document.tiers().isEmpty() ? "TIER" : document.tiers().get(0).id();
    }

    /** Tier ids with their annotation counts and participants, the way a user picks from them, in the reader's language. */
    public static UserMessage tierList(EafReader.Document document) {
        if (document.tiers().isEmpty()) {
            return AppMessages.of("eafImport.noTiers");
        }
        List<UserMessage> tiers = document.tiers().stream().map(t -> AppMessages.of("eafImport.tier", t.id(), t.annotations().size(),
                t.participant().isBlank() ? "" : AppMessages.of("eafImport.tierParticipant", t.participant()),
                t.parent() == null ? "" : AppMessages.of("eafImport.tierUnder", t.parent()))).toList();
        return UserMessage.joined(tiers, UserMessage.plain(", "));
    }
}
