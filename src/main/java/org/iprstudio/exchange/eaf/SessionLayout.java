package org.iprstudio.exchange.eaf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.exchange.PointSpan;

/**
 * Where each annotation of one session's EAF lies and which ids it gets, worked out before writing
 * because EAF lists every time slot before the first tier. Only one session is held at a time.
 */
final class SessionLayout {
    /** A stretch shown in ELAN with its two time slots. */
    static final class Shown {
        final long begin;
        final long end;
        String beginSlot;
        String endSlot;

        Shown(long begin, long end) {
            this.begin = begin;
            this.end = end;
        }
    }

    record PlacedMoment(Moment moment, Shown shown, String annotationId, boolean point) {
    }

    record PlacedPass(RecallPass pass, List<PlacedMoment> moments) {
    }

    record PlacedPair(SessionPairing.Line line, Shown shown, String annotationId, String status) {
    }

    record PlacedCue(TranscriptCue cue, Shown shown, String annotationId) {
    }

    /** A speaker's lines of the session's transcript, as one tier. */
    record SpeakerTier(String speaker, Role role, List<PlacedCue> cues) {
    }

    final List<PlacedPass> passes = new ArrayList<>();
    final List<SpeakerTier> speakers = new ArrayList<>();
    final List<PlacedPair> pairs = new ArrayList<>();
    final List<Shown> slots = new ArrayList<>();
    final Map<UUID, String> annotationOfMoment = new HashMap<>();
    private int lastAnnotation;

    SessionLayout(Study study, Session session, SessionPairing pairing) {
        MediaTime duration = session.media() == null ? null : session.media().duration();
        for (RecallPass pass : study.passesOf(session.id())) {
            if (pass.status() == PassStatus.MISSING) {
                continue;
            }
            List<PlacedMoment> placed = new ArrayList<>();
            for (Moment m : study.momentsOf(pass.id())) {
                boolean point = PointSpan.isPoint(m);
                TimeSpan span = PointSpan.shown(m, duration);
                Shown shown = new Shown(span.start().millis(), span.end().millis());
                String id = nextAnnotationId();
                annotationOfMoment.put(m.id(), id);
                placed.add(new PlacedMoment(m, shown, id, point));
                slots.add(shown);
            }
            passes.add(new PlacedPass(pass, placed));
        }
        if (pairing != null) {
            Map<UUID, Shown> shownOf = new HashMap<>();
            passes.forEach(p -> p.moments().forEach(m -> shownOf.put(m.moment().id(), m.shown())));
            for (List<SessionPairing.Line> lines : List.of(pairing.kept(), pairing.suggested())) {
                for (SessionPairing.Line line : lines) {
                    Shown a = shownOf.get(line.client().id());
                    Shown b = shownOf.get(line.therapist().id());
                    if (a == null || b == null) {
                        continue;
                    }
                    Shown both = new Shown(Math.min(a.begin, b.begin), Math.max(a.end, b.end));
                    String status = line.stored() == null ? "suggested" : line.stored().decision().name().toLowerCase(java.util.Locale.ROOT);
                    pairs.add(new PlacedPair(line, both, nextAnnotationId(), status));
                    slots.add(both);
                }
            }
        }
        study.transcriptOf(session.id()).ifPresent(this::placeTranscript);
        numberSlots();
    }

    /** A tier per speaker label, in the order they first speak; lines without a label get a tier of their own. */
    private void placeTranscript(Transcript transcript) {
        Map<String, SpeakerTier> bySpeaker = new java.util.LinkedHashMap<>();
        for (TranscriptCue cue : transcript.cues()) {
            String key = cue.speaker() == null ? "" : cue.speaker();
            SpeakerTier tier = bySpeaker.computeIfAbsent(key, k -> new SpeakerTier(cue.speaker(), transcript.roleOf(cue).orElse(null), new ArrayList<>()));
            // ELAN wants a stretch, not a point: a line without length is shown one millisecond long
            Shown shown = new Shown(cue.start().millis(), Math.max(cue.end().millis(), cue.start().millis() + 1));
            tier.cues().add(new PlacedCue(cue, shown, nextAnnotationId()));
            slots.add(shown);
        }
        speakers.addAll(bySpeaker.values());
    }

    String nextAnnotationId() {
        return "a" + ++lastAnnotation;
    }

    int lastAnnotation() {
        return lastAnnotation;
    }

    /** Time slots in time order, ids ts1, ts2, ... as ELAN writes them. */
    private void numberSlots() {
        record Slot(Shown owner, boolean begin, long value) {
        }
        List<Slot> all = new ArrayList<>(slots.size() * 2);
        for (Shown s : slots) {
            all.add(new Slot(s, true, s.begin));
            all.add(new Slot(s, false, s.end));
        }
        all.sort(Comparator.comparingLong(Slot::value));
        orderedSlotValues = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Slot slot = all.get(i);
            String id = "ts" + (i + 1);
            orderedSlotValues[i] = slot.value();
            if (slot.begin()) {
                slot.owner().beginSlot = id;
            } else {
                slot.owner().endSlot = id;
            }
        }
    }

    long[] orderedSlotValues;
}
