package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A whole study in memory: the aggregate that checks every rule spanning more than one record
 * (a dyad has one client and one therapist, a moment lies inside its video, references exist).
 * It is changed only through {@link #put} and {@link #remove}, after the store has committed
 * the same change, so memory and file never disagree.
 */
public final class Study {
    private StudyHeader header;
    private final Map<UUID, Site> sites = new LinkedHashMap<>();
    private final Map<UUID, Participant> participants = new LinkedHashMap<>();
    private final Map<UUID, Dyad> dyads = new LinkedHashMap<>();
    private final Map<UUID, Session> sessions = new LinkedHashMap<>();
    private final Map<UUID, RecallPass> passes = new LinkedHashMap<>();
    private final Map<UUID, Moment> moments;
    /** A pass's moments in the order they were added; a list rather than a map per pass (a pass has tens, at most hundreds). */
    private final Map<UUID, List<Moment>> momentsByPass = new LinkedHashMap<>();
    private final Map<UUID, Code> codes = new LinkedHashMap<>();
    private final Map<UUID, Coding> codings;
    private final Map<UUID, Theme> themes = new LinkedHashMap<>();
    private final Map<UUID, Memo> memos = new LinkedHashMap<>();
    private final Map<UUID, MomentPair> pairs;
    private final IdIndex<Session> sessionsByDyad = new IdIndex<>();
    private final IdIndex<RecallPass> passesBySession = new IdIndex<>();
    private final IdIndex<MomentPair> pairsByMoment;
    private final IdIndex<Coding> codingsByTarget;
    private final CodeIndex siteCodes = new CodeIndex();
    private final CodeIndex participantCodes = new CodeIndex();
    private final CodeIndex dyadCodes = new CodeIndex();
    private final Map<UUID, Attribute> attributes = new LinkedHashMap<>();
    private final Map<UUID, AttributeValue> attributeValues = new LinkedHashMap<>();
    private final IdIndex<AttributeValue> valuesByAttribute = new IdIndex<>();
    private final IdIndex<AttributeValue> valuesByEntity = new IdIndex<>();

    private RecallLock recallLock;
    private final Map<UUID, Transcript> transcripts = new LinkedHashMap<>();
    private final MomentQuotes quotes = new MomentQuotes();
    private final Supervision supervision = new Supervision();
    private final TeamRecords team = new TeamRecords(this::sessionOfUnit);

    public Study(StudyHeader header) {
        this(header, 0, 0, 0);
    }

    /** Sized for a known number of records, so a large study's maps are not regrown (and copied) a dozen times while loading. */
    private Study(StudyHeader header, int momentCount, int codingCount, int pairCount) {
        this.header = Require.present(header, "what.studyHeader");
        moments = new LinkedHashMap<>(capacity(momentCount));
        codings = new LinkedHashMap<>(capacity(codingCount));
        pairs = new LinkedHashMap<>(capacity(pairCount));
        pairsByMoment = new IdIndex<>(2 * pairCount);
        codingsByTarget = new IdIndex<>(codingCount);
    }

    private static int capacity(int count) {
        return Math.max(16, count * 4 / 3 + 1);
    }

    /** The researchers, the audit trail and the coding rounds. */
    public TeamRecords team() {
        return team;
    }

    /** The session of a moment or pair, or null when neither is in the study. */
    private UUID sessionOfUnit(UUID unitId) {
        Moment moment = moments.get(unitId);
        if (moment == null) {
            MomentPair pair = pairs.get(unitId);
            moment = pair == null ? null : moments.get(pair.firstMomentId());
        }
        RecallPass pass = moment == null ? null : passes.get(moment.passId());
        return pass == null ? null : pass.sessionId();
    }

    public StudyHeader header() {
        return header;
    }

    public void setHeader(StudyHeader newHeader) {
        Require.present(newHeader, "what.studyHeader");
        Require.that(newHeader.id().equals(header.id()), "study.studySIdNever");
        header = newHeader;
    }

    /** The hash of the passphrase that guards the recall screen, if one was set. */
    public java.util.Optional<RecallLock> recallLock() {
        return java.util.Optional.ofNullable(recallLock);
    }

    public void setRecallLock(RecallLock lock) {
        recallLock = lock;
    }

    /** The study's supervision meetings, stops and learning points (kept apart from the research records). */
    public Supervision supervision() {
        return supervision;
    }

    // ---- transcripts -----------------------------------------------------------------------

    /** The transcript of a session, if one was imported. */
    public Optional<Transcript> transcriptOf(UUID sessionId) {
        return Optional.ofNullable(transcripts.get(sessionId));
    }

    public List<Transcript> transcripts() {
        return List.copyOf(transcripts.values());
    }

    /** Sets (or, with null, removes) a session's transcript; its lines must lie inside the session's video. */
    public void setTranscript(UUID sessionId, Transcript transcript) {
        Session session = existing(sessions, sessionId, "what.sessionOfTranscript");
        if (transcript == null) {
            transcripts.remove(sessionId);
            return;
        }
        Require.that(transcript.sessionId().equals(sessionId), "study.transcriptBelongsOneSession");
        checkInsideVideo(transcript, session);
        transcripts.put(sessionId, transcript);
    }

    private static void checkInsideVideo(Transcript transcript, Session session) {
        if (session.media() != null && session.media().duration() != null) {
            Require.that(!transcript.end().isAfter(session.media().duration()), "study.transcriptRunsPastEnd", transcript.end().toClock(), session.media().duration().toClock());
        }
    }

    // ---- changes ---------------------------------------------------------------------------

    /** Adds or replaces an entity after checking every rule it takes part in. */
    public void put(Entity entity) {
        Require.present(entity, "what.thingStore");
        if (entity instanceof Site s) {
            putSite(s);
        } else if (entity instanceof Participant p) {
            putParticipant(p);
        } else if (entity instanceof Dyad d) {
            putDyad(d);
        } else if (entity instanceof Session s) {
            putSession(s);
        } else if (entity instanceof RecallPass p) {
            putPass(p);
        } else if (entity instanceof Moment m) {
            putMoment(m);
        } else if (entity instanceof Code c) {
            putCode(c);
        } else if (entity instanceof Coding c) {
            putCoding(c);
        } else if (entity instanceof Theme t) {
            putTheme(t);
        } else if (entity instanceof Memo m) {
            putMemo(m);
        } else if (entity instanceof MomentPair p) {
            putPair(p);
        } else if (entity instanceof Attribute a) {
            putAttribute(a);
        } else if (entity instanceof AttributeValue v) {
            putAttributeValue(v);
        } else if (entity instanceof Quote q) {
            putQuote(q);
        }
    }

    /** Everything that must go with this entity, dependents first and the entity itself last. */
    public List<Entity> removalOf(UUID id) {
        Entity target = find(id).orElseThrow(() -> new DomainException(DomainMessages.of("study.nothingIdStudy", id)));
        List<Entity> order = new ArrayList<>();
        collectRemoval(target, order, new HashSet<>());
        return order;
    }

    /**
     * The themes that must be changed (not removed) when these entities go: a theme loses a
     * deleted code or exemplar moment and stays.
     */
    public List<Theme> themesWithout(List<Entity> removed) {
        List<Theme> changed = new ArrayList<>();
        for (Theme theme : themes.values()) {
            Theme updated = theme;
            for (Entity e : removed) {
                if (updated.refersTo(e.id())) {
                    updated = updated.without(e.id());
                }
            }
            if (updated != theme && removed.stream().noneMatch(e -> e.id().equals(theme.id()))) {
                changed.add(updated);
            }
        }
        return changed;
    }

    /** Removes one entity that nothing refers to any more (use {@link #removalOf} first). */
    public void remove(UUID id) {
        Entity target = find(id).orElseThrow(() -> new DomainException(DomainMessages.of("study.nothingIdStudy", id)));
        List<Entity> dependents = new ArrayList<>(directDependents(target));
        dependents.addAll(filter(themes.values(), t -> t.refersTo(id)));
        Require.that(dependents.isEmpty(), "study.stillUsedOtherRecord", describe(target), dependents.size());
        Require.that(!transcripts.containsKey(id), "study.stillHasTranscriptRemove", describe(target));
        Require.that(!supervision.refersTo(id), "study.partSupervisionMeetingRemove", describe(target));
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

    private void unindex(Entity e) {
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
        } else if (e instanceof Coding c) {
            codingsByTarget.remove(target(c), c);
        } else if (e instanceof AttributeValue v) {
            valuesByAttribute.remove(v.attributeId(), v);
            valuesByEntity.remove(v.entityId(), v);
        } else if (e instanceof Quote q) {
            quotes.unindex(q);
        }
    }

    private static UUID target(Coding c) {
        return c.momentId() != null ? c.momentId() : c.pairId();
    }

    private void collectRemoval(Entity target, List<Entity> order, Set<UUID> seen) {
        if (!seen.add(target.id())) {
            return;
        }
        for (Entity dependent : directDependents(target)) {
            collectRemoval(dependent, order, seen);
        }
        order.add(target);
    }

    private List<Entity> directDependents(Entity target) {
        UUID id = target.id();
        List<Entity> result = new ArrayList<>();
        if (target instanceof Site) {
            result.addAll(filter(dyads.values(), d -> d.siteId().equals(id)));
        } else if (target instanceof Participant) {
            result.addAll(filter(dyads.values(), d -> d.clientId().equals(id) || d.therapistId().equals(id)));
            result.addAll(filter(passes.values(), r -> r.participantId().equals(id) || id.equals(r.interviewerId())));
        } else if (target instanceof Dyad) {
            result.addAll(sessionsByDyad.get(id));
        } else if (target instanceof Session) {
            result.addAll(passesBySession.get(id));
        } else if (target instanceof RecallPass) {
            result.addAll(momentsOf(id));
        } else if (target instanceof Moment) {
            result.addAll(pairsByMoment.get(id));
            result.addAll(codingsByTarget.get(id));
            quotes.ofMoment(id).ifPresent(result::add);
        } else if (target instanceof MomentPair) {
            result.addAll(codingsByTarget.get(id));
        } else if (target instanceof Code) {
            result.addAll(filter(codes.values(), child -> id.equals(child.parentId())));
            result.addAll(filter(codings.values(), coding -> coding.codeId().equals(id)));
        } else if (target instanceof Theme) {
            result.addAll(filter(themes.values(), child -> id.equals(child.parentId())));
        } else if (target instanceof Attribute) {
            result.addAll(valuesByAttribute.get(id));
        }
        if (target instanceof Participant || target instanceof Dyad) {
            result.addAll(valuesByEntity.get(id));
        }
        if (!(target instanceof Memo)) {
            result.addAll(filter(memos.values(), memo -> id.equals(memo.targetId())));
        }
        return result;
    }

    private static <E> List<E> filter(Collection<E> items, Predicate<E> test) {
        return items.stream().filter(test).toList();
    }

    // ---- rules -------------------------------------------------------------------------------

    private void putSite(Site s) {
        Require.that(!siteCodes.takenByOther(s.code(), s.id()), "study.anotherSiteAlreadyHas", s.code());
        Site before = sites.put(s.id(), s);
        siteCodes.move(s.id(), before == null ? null : before.code(), s.code());
    }

    private void putParticipant(Participant p) {
        Require.that(!participantCodes.takenByOther(p.code(), p.id()), "study.anotherParticipantAlreadyHas", p.code());
        Participant before = participants.get(p.id());
        if (before != null && before.role() != p.role()) {
            Require.that(directDependents(before).isEmpty() && !supervision.refersTo(p.id()),
                    "study.roleCannotChangeWhile", p.code());
        }
        participants.put(p.id(), p);
        participantCodes.move(p.id(), before == null ? null : before.code(), p.code());
    }

    private void putDyad(Dyad d) {
        Require.that(!dyadCodes.takenByOther(d.code(), d.id()), "study.anotherDyadAlreadyHas", d.code());
        Require.that(sites.containsKey(d.siteId()), "study.dyadRefersSiteStudy", d.code());
        Participant therapist = existing(participants, d.therapistId(), "what.therapistOfDyad", d.code());
        Participant client = existing(participants, d.clientId(), "what.clientOfDyad", d.code());
        Require.that(therapist.role() == Role.THERAPIST || therapist.role() == Role.TRAINEE,
                "study.dyadNeedsTherapistBut", d.code(), therapist.code(), lower(therapist.role()));
        Require.that(client.role() == Role.CLIENT, "study.dyadNeedsClientBut", d.code(), client.code(), lower(client.role()));
        Dyad before = dyads.put(d.id(), d);
        dyadCodes.move(d.id(), before == null ? null : before.code(), d.code());
    }

    private void putSession(Session s) {
        Dyad dyad = existing(dyads, s.dyadId(), "what.dyadOfSession");
        unique(sessionsByDyad.get(s.dyadId()), s, other -> other.number() == s.number(),
                "study.dyadHasSession", dyad.code(), s.number());
        if (s.media() != null && s.media().duration() != null) {
            for (RecallPass pass : passesOf(s.id())) {
                for (Moment m : momentsOf(pass.id())) {
                    checkInsideVideo(m, s);
                }
            }
            if (transcripts.containsKey(s.id())) {
                checkInsideVideo(transcripts.get(s.id()), s);
            }
        }
        Session before = sessions.put(s.id(), s);
        if (before != null) {
            unindex(before);
        }
        sessionsByDyad.add(s.dyadId(), s);
    }

    private void putPass(RecallPass r) {
        Session session = existing(sessions, r.sessionId(), "what.sessionOfPass");
        Participant participant = existing(participants, r.participantId(), "what.participantOfPass");
        Dyad dyad = dyads.get(session.dyadId());
        Require.that(participant.role() == r.perspective(), "study.recallMustDoneBut", lower(r.perspective()), participant.code(), lower(participant.role()));
        if (r.perspective() == Role.CLIENT) {
            Require.that(dyad.clientId().equals(participant.id()), "study.clientDyad", participant.code(), dyad.code());
        }
        if (r.perspective() == Role.THERAPIST) {
            Require.that(dyad.therapistId().equals(participant.id()), "study.therapistDyad", participant.code(), dyad.code());
        }
        if (r.interviewerId() != null) {
            Participant interviewer = existing(participants, r.interviewerId(), "what.interviewerOfPass");
            Require.that(interviewer.role() == Role.INTERVIEWER || interviewer.role() == Role.SUPERVISOR,
                    "study.interviewerRecallMustInterviewer", interviewer.code(), lower(interviewer.role()));
        }
        unique(passesBySession.get(r.sessionId()), r, other -> other.participantId().equals(r.participantId()),
                "study.participantHasPass", participant.code(), session.number(), dyad.code());
        RecallPass before = passes.get(r.id());
        if (before != null) {
            Require.that(before.sessionId().equals(r.sessionId()), "study.recallPassCannotMove");
        }
        Require.that(r.status() != PassStatus.MISSING || momentsOf(r.id()).isEmpty(),
                "study.recallPassMomentsCannot");
        if (before != null) {
            unindex(before);
        }
        passes.put(r.id(), r);
        passesBySession.add(r.sessionId(), r);
    }

    private void putMoment(Moment m) {
        RecallPass pass = existing(passes, m.passId(), "what.passOfMoment");
        Require.that(pass.status() != PassStatus.MISSING, "study.recallMarkedMissingSo");

        Moment before = moments.get(m.id());
        Require.that(before == null || before.passId().equals(m.passId()), "study.momentCannotMoveAnother");
        checkInsideVideo(m, sessions.get(pass.sessionId()));
        moments.put(m.id(), m);
        List<Moment> ofPass = momentsByPass.computeIfAbsent(m.passId(), k -> new ArrayList<>());
        if (before == null) {
            ofPass.add(m);
        } else {
            ofPass.replaceAll(other -> other.id().equals(m.id()) ? m : other);
        }
    }

    private static void checkInsideVideo(Moment m, Session session) {
        MediaTime duration = session.media() == null ? null : session.media().duration();
        if (duration == null) {
            return;
        }
        Require.that(!m.anchor().isAfter(duration), () -> DomainMessages.of("study.momentLiesAfterEnd", m.anchor().toClock(), duration.toClock()));
        if (m.span() != null) {
            Require.that(!m.span().end().isAfter(duration), () -> DomainMessages.of("study.spanMomentEndsAfter", m.anchor().toClock(), duration.toClock()));
        }
    }

    private void putCode(Code c) {
        if (c.parentId() != null) {
            existing(codes, c.parentId(), "what.parentOfCode", c.name());
            Require.that(!isAncestor(c.id(), c.parentId(), codes, Code::parentId), "study.codeCannotPlacedUnder", c.name());
        }
        unique(codes.values(), c, other -> Objects.equals(other.parentId(), c.parentId()) && other.name().equalsIgnoreCase(c.name()),
                "study.codeNameTaken", c.name());
        codes.put(c.id(), c);
    }

    private void putCoding(Coding c) {
        Code code = existing(codes, c.codeId(), "what.codeOfCoding");
        if (c.momentId() != null) {
            existing(moments, c.momentId(), "what.momentOfCoding");
        } else {
            existing(pairs, c.pairId(), "what.pairOfCoding");
        }
        unique(codingsByTarget.get(target(c)), c, other -> other.codeId().equals(c.codeId()) && Objects.equals(other.momentId(), c.momentId())
                && Objects.equals(other.pairId(), c.pairId()), () -> DomainMessages.of("study.codeAppliedThere", code.name()));
        Coding before = codings.put(c.id(), c);
        if (before != null) {
            unindex(before);
        }
        codingsByTarget.add(target(c), c);
    }

    private void putTheme(Theme t) {
        if (t.parentId() != null) {
            existing(themes, t.parentId(), "what.parentOfTheme", t.name());
            Require.that(!isAncestor(t.id(), t.parentId(), themes, Theme::parentId), "study.themeCannotPlacedUnder", t.name());
        }
        for (UUID codeId : t.codeIds()) {
            existing(codes, codeId, "what.codeOfTheme", t.name());
        }
        for (UUID momentId : t.exemplarMomentIds()) {
            existing(moments, momentId, "what.exemplarOfTheme", t.name());
        }
        themes.put(t.id(), t);
    }

    private void putMemo(Memo m) {
        if (m.targetId() != null) {
            Map<UUID, ? extends Entity> targets = switch (m.target()) {
                case DYAD -> dyads;
                case MOMENT -> moments;
                case PAIR -> pairs;
                case CODE -> codes;
                case THEME -> themes;
                case STUDY -> Map.of();
            };
            existing(targets, m.targetId(), "what.targetOfMemo", DomainMessages.of("memoTarget." + m.target().name()), m.title());
        }
        memos.put(m.id(), m);
    }

    private void putPair(MomentPair p) {
        Moment first = existing(moments, p.firstMomentId(), "what.firstMomentOfPair");
        Moment second = existing(moments, p.secondMomentId(), "what.secondMomentOfPair");
        RecallPass firstPass = passes.get(first.passId());
        RecallPass secondPass = passes.get(second.passId());
        Require.that(firstPass.sessionId().equals(secondPass.sessionId()), "study.onlyMomentsSameSession");
        Require.that(firstPass.perspective() != secondPass.perspective(), "study.pairJoinsTwoPerspectives", lower(firstPass.perspective()));
        unique(pairsByMoment.get(p.firstMomentId()), p, other -> other.involves(p.secondMomentId()), "study.momentsPaired");
        MomentPair before = pairs.put(p.id(), p);
        if (before != null) {
            unindex(before);
        }
        pairsByMoment.add(p.firstMomentId(), p);
        pairsByMoment.add(p.secondMomentId(), p);
    }

    private void putQuote(Quote q) {
        Moment moment = existing(moments, q.momentId(), "what.momentOfQuote");
        Session session = sessions.get(passes.get(moment.passId()).sessionId());
        Require.that(session.id().equals(q.sessionId()), "study.quoteTakenFromSession");
        MediaTime duration = session.media() == null ? null : session.media().duration();
        Require.that(duration == null || !q.cues().end().isAfter(duration), () -> DomainMessages.of("study.quoteSLinesEnd", q.cues().end().toClock(), duration.toClock()));
        quotes.put(q);
    }

    private void putAttribute(Attribute a) {
        unique(attributes.values(), a, other -> other.appliesTo() == a.appliesTo() && other.name().equalsIgnoreCase(a.name()),
                "study.attributeNameTaken", a.name(), plural(a.appliesTo()));
        Attribute before = attributes.get(a.id());
        if (before != null) {
            List<AttributeValue> values = valuesByAttribute.get(a.id());
            Require.that(before.appliesTo() == a.appliesTo() || values.isEmpty(),
                    "study.attributeAlreadyHasValues", a.name(), plural(before.appliesTo()), plural(a.appliesTo()));
            for (AttributeValue v : values) {
                UserMessage problem = a.problemWith(v.value());
                Require.that(problem == null, "study.attributeCannotChangeSo", a.name(), problem);
            }
        }
        attributes.put(a.id(), a);
    }

    private void putAttributeValue(AttributeValue v) {
        Attribute attribute = existing(attributes, v.attributeId(), "what.attributeOfValue");
        String owner;
        if (attribute.appliesTo() == AttributeTarget.PARTICIPANT) {
            owner = existing(participants, v.entityId(), "what.participantOfValue", attribute.name()).code();
        } else {
            owner = existing(dyads, v.entityId(), "what.dyadOfValue", attribute.name()).code();
        }
        UserMessage problem = attribute.problemWith(v.value());
        Require.that(problem == null, () -> problem);
        unique(valuesByEntity.get(v.entityId()), v, other -> other.attributeId().equals(v.attributeId()),
                "study.valueThere", owner, attribute.name());
        AttributeValue before = attributeValues.get(v.id());
        if (before != null) {
            Require.that(before.attributeId().equals(v.attributeId()) && before.entityId().equals(v.entityId()),
                    "study.attributeValueCannotMove");
            unindex(before);
        }
        attributeValues.put(v.id(), v);
        valuesByAttribute.add(v.attributeId(), v);
        valuesByEntity.add(v.entityId(), v);
    }

    private static UserMessage plural(AttributeTarget target) {
        return DomainMessages.of("attributeTarget.plural." + target.name());
    }

    private static <E extends Entity> void unique(Collection<E> existing, E candidate, Predicate<E> clash, String key, Object... arguments) {
        unique(existing, candidate, clash, () -> DomainMessages.of(key, arguments));
    }

    private static <E extends Entity> void unique(Collection<E> existing, E candidate, Predicate<E> clash, java.util.function.Supplier<UserMessage> message) {
        if (existing.isEmpty()) {
            return;
        }
        for (E other : existing) {
            if (!other.id().equals(candidate.id()) && clash.test(other)) {
                throw new DomainException(message.get());
            }
        }
    }

    /** {@code whatKey} names the record looked for (a what.* key); no message is made unless it is missing. */
    private static <E> E existing(Map<UUID, ? extends E> map, UUID id, String whatKey) {
        E found = map.get(id);
        if (found == null) {
            throw new DomainException(DomainMessages.of("study.studyHasRecord", DomainMessages.of(whatKey), id));
        }
        return found;
    }

    private static <E> E existing(Map<UUID, ? extends E> map, UUID id, String whatKey, Object argument) {
        E found = map.get(id);
        if (found == null) {
            throw new DomainException(DomainMessages.of("study.studyHasRecord", DomainMessages.of(whatKey, argument), id));
        }
        return found;
    }

    private static <E> E existing(Map<UUID, ? extends E> map, UUID id, String whatKey, Object first, Object second) {
        E found = map.get(id);
        if (found == null) {
            throw new DomainException(DomainMessages.of("study.studyHasRecord", DomainMessages.of(whatKey, first, second), id));
        }
        return found;
    }

    private static <E> boolean isAncestor(UUID candidate, UUID start, Map<UUID, E> all, java.util.function.Function<E, UUID> parentOf) {
        UUID cursor = start;
        Set<UUID> seen = new HashSet<>();
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(candidate)) {
                return true;
            }
            E node = all.get(cursor);
            cursor = node == null ? null : parentOf.apply(node);
        }
        return false;
    }

    /** A role's name as a noun in the reader's language ("role.THERAPIST"). */
    private static UserMessage lower(Role role) {
        return DomainMessages.of("role." + role.name());
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

    private UserMessage describe(Entity e) {
        return DomainMessages.of("study.describeRecord", DomainMessages.of("entity." + e.getClass().getSimpleName()), e.id());
    }

    // ---- queries ------------------------------------------------------------------------------

    public Optional<Entity> find(UUID id) {
        for (Map<UUID, ? extends Entity> map : List.of(sites, participants, dyads, sessions, passes, moments, codes, codings, themes, memos, pairs,
                attributes, attributeValues, quotes.byId())) {
            Entity e = map.get(id);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public List<Site> sites() {
        return sorted(sites.values(), Comparator.comparing(Site::code));
    }

    public List<Participant> participants() {
        return sorted(participants.values(), Comparator.comparing(Participant::code));
    }

    public List<Dyad> dyads() {
        return sorted(dyads.values(), Comparator.comparing(Dyad::code));
    }

    public List<Dyad> dyadsAt(UUID siteId) {
        return dyads().stream().filter(d -> d.siteId().equals(siteId)).toList();
    }

    public List<Session> sessions() {
        return sorted(sessions.values(), Comparator.comparing((Session s) -> dyads.get(s.dyadId()).code()).thenComparingInt(Session::number));
    }

    public List<Session> sessionsOf(UUID dyadId) {
        return sorted(sessionsByDyad.get(dyadId), Comparator.comparingInt(Session::number));
    }

    public List<RecallPass> passes() {
        return new ArrayList<>(passes.values());
    }

    /** Passes of a session, clients first, then therapists, then the others. */
    public List<RecallPass> passesOf(UUID sessionId) {
        return sorted(passesBySession.get(sessionId),
                Comparator.comparing(RecallPass::perspective).thenComparing(p -> participants.get(p.participantId()).code()));
    }

    public int momentCount() {
        return moments.size();
    }

    public List<Moment> moments() {
        return new ArrayList<>(moments.values());
    }

    /** The moments of one pass, in time order. */
    public List<Moment> momentsOf(UUID passId) {
        List<Moment> ofPass = momentsByPass.get(passId);
        return ofPass == null ? List.of() : sorted(ofPass, Comparator.comparing(Moment::anchor).thenComparing(Moment::createdAt));
    }

    /** The moments of one pass in the order they were added, without sorting (for whole-study analysis). */
    public java.util.Collection<Moment> momentsInPass(UUID passId) {
        List<Moment> ofPass = momentsByPass.get(passId);
        return ofPass == null ? List.of() : java.util.Collections.unmodifiableList(ofPass);
    }

    public List<Code> codes() {
        return new ArrayList<>(codes.values());
    }

    public List<Coding> codings() {
        return new ArrayList<>(codings.values());
    }

    public List<Theme> themes() {
        return sorted(themes.values(), Comparator.comparingInt(Theme::position));
    }

    public List<Memo> memos() {
        return new ArrayList<>(memos.values());
    }

    public List<MomentPair> pairs() {
        return new ArrayList<>(pairs.values());
    }

    /** The stored pairs (of any decision) a moment is in. */
    public List<MomentPair> pairsOf(UUID momentId) {
        return pairsByMoment.get(momentId);
    }

    /** The codes applied to one moment or one pair. */
    public List<Coding> codingsOf(UUID momentOrPairId) {
        return codingsByTarget.get(momentOrPairId);
    }

    /** The quotes researchers took from transcripts, in the order they were made. */
    public List<Quote> quotes() {
        return quotes.all();
    }

    /** The words of the session quoted for a moment, if any. */
    public Optional<Quote> quoteOf(UUID momentId) {
        return quotes.ofMoment(momentId);
    }

    /** The case attributes, participants' first, each kind in the order they were defined. */
    public List<Attribute> attributes() {
        return sorted(attributes.values(), Comparator.comparing(Attribute::appliesTo));
    }

    public List<Attribute> attributesOf(AttributeTarget target) {
        return filter(attributes.values(), a -> a.appliesTo() == target);
    }

    public Attribute attribute(UUID id) {
        return existing(attributes, id, "what.anAttribute");
    }

    public List<AttributeValue> attributeValues() {
        return new ArrayList<>(attributeValues.values());
    }

    /** The values one participant or dyad has. */
    public List<AttributeValue> valuesOf(UUID entityId) {
        return valuesByEntity.get(entityId);
    }

    /** The value a participant or dyad has for one attribute, if any. */
    public Optional<AttributeValue> valueOf(UUID attributeId, UUID entityId) {
        return valuesByEntity.get(entityId).stream().filter(v -> v.attributeId().equals(attributeId)).findFirst();
    }

    public Site site(UUID id) {
        return existing(sites, id, "what.aSite");
    }

    public Participant participant(UUID id) {
        return existing(participants, id, "what.aParticipant");
    }

    public Dyad dyad(UUID id) {
        return existing(dyads, id, "what.aDyad");
    }

    public Session session(UUID id) {
        return existing(sessions, id, "what.aSession");
    }

    public RecallPass pass(UUID id) {
        return existing(passes, id, "what.aRecallPass");
    }

    public Moment moment(UUID id) {
        return existing(moments, id, "what.aMoment");
    }

    /** Finds a session by "D01/3". */
    public Optional<Session> sessionByLabel(String label) {
        String[] parts = label == null ? new String[0] : label.strip().split("[/ ]+");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parts[1]);
        return dyads.values().stream().filter(d -> d.code().equalsIgnoreCase(parts[0])).findFirst()
                .flatMap(d -> sessionsOf(d.id()).stream().filter(s -> s.number() == number).findFirst());
    }

    /** Every entity, in an order in which each refers only to those before it. */
    public List<Entity> entitiesInDependencyOrder() {
        List<Entity> all = new ArrayList<>();
        all.addAll(sites.values());
        all.addAll(participants.values());
        all.addAll(dyads.values());
        all.addAll(sessions.values());
        all.addAll(passes.values());
        all.addAll(moments.values());
        all.addAll(topologically(codes.values(), Code::parentId));
        all.addAll(pairs.values());
        all.addAll(codings.values());
        all.addAll(topologically(themes.values(), Theme::parentId));
        all.addAll(memos.values());
        all.addAll(attributes.values());
        all.addAll(attributeValues.values());
        all.addAll(quotes.byId().values());
        return all;
    }

    private static <E extends Entity> List<E> topologically(Collection<E> items, java.util.function.Function<E, UUID> parentOf) {
        List<E> result = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        List<E> pending = new ArrayList<>(items);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.iterator(); it.hasNext(); ) {
                E e = it.next();
                UUID parent = parentOf.apply(e);
                if (parent == null || placed.contains(parent)) {
                    result.add(e);
                    placed.add(e.id());
                    it.remove();
                }
            }
            if (pending.size() == before) {
                result.addAll(pending); // orphans: put() will report them with a clear message
                break;
            }
        }
        return result;
    }

    private static <E> List<E> sorted(Collection<E> items, Comparator<? super E> order) {
        List<E> list = new ArrayList<>(items);
        list.sort(order);
        return list;
    }

    /** Builds a study from entities in any order, checking every rule. */
    public static Study of(StudyHeader header, Collection<? extends Entity> entities) {
        // Grouped by type (in the order given) to be replayed in dependency order: lists, not a second
        // study's maps, so a million moments are not indexed twice.
        Map<Class<?>, List<Entity>> byType = new LinkedHashMap<>();
        for (Class<?> type : DEPENDENCY_ORDER) {
            byType.put(type, new ArrayList<>());
        }
        // Every id once: the few thousand records of the small types in a set here; moments, pairs and codings
        // (millions) against that set and the study's own maps as they are put, not in a set of millions more.
        Set<UUID> smallTypes = new HashSet<>();
        for (Entity e : entities) {
            List<Entity> ofType = byType.get(e.getClass());
            if (!(e instanceof Moment || e instanceof MomentPair || e instanceof Coding)) {
                requireUnused(smallTypes.add(e.id()), e);
            }
            ofType.add(e);
        }
        Study study = new Study(header, byType.get(Moment.class).size(), byType.get(Coding.class).size(), byType.get(MomentPair.class).size());
        for (var entry : byType.entrySet()) {
            List<Entity> ofType = entry.getValue();
            if (entry.getKey() == Code.class) {
                ofType = new ArrayList<>(topologically(ofType, e -> ((Code) e).parentId()));
            } else if (entry.getKey() == Theme.class) {
                ofType = new ArrayList<>(topologically(ofType, e -> ((Theme) e).parentId()));
            }
            for (Entity e : ofType) {
                if (e instanceof Moment || e instanceof MomentPair || e instanceof Coding) {
                    UUID id = e.id();
                    requireUnused(!smallTypes.contains(id) && !study.moments.containsKey(id) && !study.pairs.containsKey(id)
                            && !study.codings.containsKey(id), e);
                }
                study.put(e);
            }
            entry.setValue(List.of());
        }
        return study;
    }

    private static void requireUnused(boolean unused, Entity e) {
        Require.that(unused, () -> DomainMessages.of("study.idUsedTwoRecords", e.id()));
    }

    /** The types in the order {@link #entitiesInDependencyOrder} lists them. */
    private static final List<Class<?>> DEPENDENCY_ORDER = List.of(Site.class, Participant.class, Dyad.class, Session.class,
            RecallPass.class, Moment.class, Code.class, MomentPair.class, Coding.class, Theme.class, Memo.class, Attribute.class,
            AttributeValue.class, Quote.class);
}
