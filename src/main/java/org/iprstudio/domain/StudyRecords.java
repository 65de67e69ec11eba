package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every record of a {@link Study} by id, and the indexes kept in step with them so that neither a
 * rule nor a query has to scan a whole table (a study may hold a million moments). Only
 * {@link StudyRules} (on put) and {@link StudyRemoval} (on remove) change them; {@link Study}
 * answers its queries from them.
 */
final class StudyRecords {
    final Map<UUID, Site> sites = new LinkedHashMap<>();
    final Map<UUID, Participant> participants = new LinkedHashMap<>();
    final Map<UUID, Dyad> dyads = new LinkedHashMap<>();
    final Map<UUID, Session> sessions = new LinkedHashMap<>();
    final Map<UUID, RecallPass> passes = new LinkedHashMap<>();
    final Map<UUID, Moment> moments;
    /** A pass's moments in the order they were added; a list rather than a map per pass (a pass has tens, at most hundreds). */
    final Map<UUID, List<Moment>> momentsByPass = new LinkedHashMap<>();
    final Map<UUID, Code> codes = new LinkedHashMap<>();
    final Map<UUID, Coding> codings;
    final Map<UUID, Theme> themes = new LinkedHashMap<>();
    final Map<UUID, Memo> memos = new LinkedHashMap<>();
    final Map<UUID, MomentPair> pairs;
    final IdIndex<Session> sessionsByDyad = new IdIndex<>();
    final IdIndex<RecallPass> passesBySession = new IdIndex<>();
    final IdIndex<MomentPair> pairsByMoment;
    final IdIndex<Coding> codingsByTarget;
    /**
     * Codings (of moments and of pairs) and pairs by the session their moments lie in, so that a
     * whole-study analysis can work a session at a time on a few hundred records instead of looking
     * each moment up in the million-entry maps above (a cache miss each). A coding lies in its
     * moment's session, or in the session of its pair's first moment (a pair joins two moments of one
     * session). Kept by {@link StudyRules} on put and by {@link #unindex} on replacement and removal.
     */
    final IdIndex<Coding> codingsBySession = new IdIndex<>();
    final IdIndex<MomentPair> pairsBySession = new IdIndex<>();
    final CodeIndex siteCodes = new CodeIndex();
    final CodeIndex participantCodes = new CodeIndex();
    final CodeIndex dyadCodes = new CodeIndex();
    final Map<UUID, Attribute> attributes = new LinkedHashMap<>();
    final Map<UUID, AttributeValue> attributeValues = new LinkedHashMap<>();
    final IdIndex<AttributeValue> valuesByAttribute = new IdIndex<>();
    final IdIndex<AttributeValue> valuesByEntity = new IdIndex<>();
    final Map<UUID, Transcript> transcripts = new LinkedHashMap<>();
    final MomentQuotes quotes = new MomentQuotes();

    /** Sized for a known number of records, so a large study's maps are not regrown (and copied) a dozen times while loading. */
    StudyRecords(int momentCount, int codingCount, int pairCount) {
        moments = new LinkedHashMap<>(capacity(momentCount));
        codings = new LinkedHashMap<>(capacity(codingCount));
        pairs = new LinkedHashMap<>(capacity(pairCount));
        pairsByMoment = new IdIndex<>(2 * pairCount);
        codingsByTarget = new IdIndex<>(codingCount);
    }

    private static int capacity(int count) {
        return Math.max(16, count * 4 / 3 + 1);
    }

    Optional<Entity> find(UUID id) {
        for (Map<UUID, ? extends Entity> map : List.of(sites, participants, dyads, sessions, passes, moments, codes, codings, themes, memos, pairs,
                attributes, attributeValues, quotes.byId())) {
            Entity e = map.get(id);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The session of a moment or pair, or null when neither is in the study. */
    UUID sessionOfUnit(UUID unitId) {
        Moment moment = moments.get(unitId);
        if (moment == null) {
            MomentPair pair = pairs.get(unitId);
            moment = pair == null ? null : moments.get(pair.firstMomentId());
        }
        RecallPass pass = moment == null ? null : passes.get(moment.passId());
        return pass == null ? null : pass.sessionId();
    }

    /** The session of a moment, or null when it is not in the study. */
    UUID sessionOfMoment(UUID momentId) {
        Moment moment = moments.get(momentId);
        RecallPass pass = moment == null ? null : passes.get(moment.passId());
        return pass == null ? null : pass.sessionId();
    }

    /** The session of a coding's moment, or of its pair's first moment; null when that is not in the study. */
    UUID sessionOf(Coding c) {
        if (c.momentId() != null) {
            return sessionOfMoment(c.momentId());
        }
        MomentPair pair = pairs.get(c.pairId());
        return pair == null ? null : sessionOfMoment(pair.firstMomentId());
    }

    /** Passes of a session, clients first, then therapists, then the others. */
    List<RecallPass> passesOf(UUID sessionId) {
        return sorted(passesBySession.get(sessionId),
                Comparator.comparing(RecallPass::perspective).thenComparing(p -> participants.get(p.participantId()).code()));
    }

    /** The moments of one pass, in time order. */
    List<Moment> momentsOf(UUID passId) {
        List<Moment> ofPass = momentsByPass.get(passId);
        return ofPass == null ? List.of() : sorted(ofPass, Comparator.comparing(Moment::anchor).thenComparing(Moment::createdAt));
    }

    static <E> List<E> sorted(Collection<E> items, Comparator<? super E> order) {
        List<E> list = new ArrayList<>(items);
        list.sort(order);
        return list;
    }

    /** Takes a record that nothing refers to any more out of its map and every index. */
    void delete(Entity target) {
        UUID id = target.id();
        mapOf(target).remove(id);
        unindex(target);
        if (target instanceof Moment m) {
            List<Moment> ofPass = momentsByPass.get(m.passId());
            ofPass.removeIf(other -> other.id().equals(id));
            if (ofPass.isEmpty()) {
                momentsByPass.remove(m.passId());
            }
        }
    }

    /** Takes a record out of the indexes (not its map, not its pass's moments): before it is replaced, or on removal. */
    void unindex(Entity e) {
        if (e instanceof Site s) {
            siteCodes.release(s.id(), s.code());
        } else if (e instanceof Participant p) {
            participantCodes.release(p.id(), p.code());
        } else if (e instanceof Dyad d) {
            dyadCodes.release(d.id(), d.code());
        } else if (e instanceof Session s) {
            sessionsByDyad.remove(s.dyadId(), s);
        } else if (e instanceof RecallPass p) {
            passesBySession.remove(p.sessionId(), p);
        } else if (e instanceof MomentPair p) {
            pairsByMoment.remove(p.firstMomentId(), p);
            pairsByMoment.remove(p.secondMomentId(), p);
            removeBySession(pairsBySession, sessionOfMoment(p.firstMomentId()), p);
        } else if (e instanceof Coding c) {
            codingsByTarget.remove(target(c), c);
            removeBySession(codingsBySession, sessionOf(c), c);
        } else if (e instanceof AttributeValue v) {
            valuesByAttribute.remove(v.attributeId(), v);
            valuesByEntity.remove(v.entityId(), v);
        } else if (e instanceof Quote q) {
            quotes.unindex(q);
        }
    }

    /**
     * A record's moments are still in the study while it is (they go after it), so its session is
     * known; should it not be, the record is looked for in every session rather than left behind.
     */
    private <E extends Entity> void removeBySession(IdIndex<E> bySession, UUID sessionId, E e) {
        if (sessionId != null) {
            bySession.remove(sessionId, e);
        } else {
            for (UUID session : sessions.keySet()) {
                bySession.remove(session, e);
            }
        }
    }

    /** The moment or pair a coding is applied to. */
    static UUID target(Coding c) {
        return c.momentId() != null ? c.momentId() : c.pairId();
    }

    private Map<UUID, ? extends Entity> mapOf(Entity e) {
        Map<Class<?>, Map<UUID, ? extends Entity>> byType = Map.ofEntries(
                Map.entry(Site.class, sites), Map.entry(Participant.class, participants), Map.entry(Dyad.class, dyads),
                Map.entry(Session.class, sessions), Map.entry(RecallPass.class, passes), Map.entry(Moment.class, moments),
                Map.entry(Code.class, codes), Map.entry(Coding.class, codings), Map.entry(Theme.class, themes),
                Map.entry(Memo.class, memos), Map.entry(MomentPair.class, pairs),
                Map.entry(Attribute.class, attributes), Map.entry(AttributeValue.class, attributeValues), Map.entry(Quote.class, quotes.byId()));
        return byType.get(e.getClass());
    }

    /** {@code whatKey} names the record looked for (a what.* key); no message is made unless it is missing. */
    static <E> E existing(Map<UUID, ? extends E> map, UUID id, String whatKey) {
        E found = map.get(id);
        if (found == null) {
            throw new DomainException(DomainMessages.of("study.studyHasRecord", DomainMessages.of(whatKey), id));
        }
        return found;
    }

    static <E> E existing(Map<UUID, ? extends E> map, UUID id, String whatKey, Object argument) {
        E found = map.get(id);
        if (found == null) {
            throw new DomainException(DomainMessages.of("study.studyHasRecord", DomainMessages.of(whatKey, argument), id));
        }
        return found;
    }

    static <E> E existing(Map<UUID, ? extends E> map, UUID id, String whatKey, Object first, Object second) {
        E found = map.get(id);
        if (found == null) {
            throw new DomainException(DomainMessages.of("study.studyHasRecord", DomainMessages.of(whatKey, first, second), id));
        }
        return found;
    }
}
