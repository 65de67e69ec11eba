package org.iprstudio.domain;

import static org.iprstudio.domain.StudyRecords.existing;
import static org.iprstudio.domain.StudyRecords.target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules a record must pass to be put into a {@link Study}, each checked against the records
 * it spans (a dyad has one client and one therapist, a moment lies inside its video, references
 * exist, names and codes are unique); a record that passes is stored and indexed in
 * {@link StudyRecords}. Checks that run per moment, coding or pair make their message only when
 * they fail (decision 0015).
 */
final class StudyRules {
    private final StudyRecords records;
    private final StudyRemoval removal;
    private final Supervision supervision;

    StudyRules(StudyRecords records, StudyRemoval removal, Supervision supervision) {
        this.records = records;
        this.removal = removal;
        this.supervision = supervision;
    }

    /** Adds or replaces an entity after checking every rule it takes part in. */
    void put(Entity entity) {
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

    /** Sets (or, with null, removes) a session's transcript; its lines must lie inside the session's video. */
    void setTranscript(UUID sessionId, Transcript transcript) {
        Session session = existing(records.sessions, sessionId, "what.sessionOfTranscript");
        if (transcript == null) {
            records.transcripts.remove(sessionId);
            return;
        }
        Require.that(transcript.sessionId().equals(sessionId), "study.transcriptBelongsOneSession");
        checkInsideVideo(transcript, session);
        records.transcripts.put(sessionId, transcript);
    }

    private static void checkInsideVideo(Transcript transcript, Session session) {
        if (session.media() != null && session.media().duration() != null) {
            Require.that(!transcript.end().isAfter(session.media().duration()), "study.transcriptRunsPastEnd", transcript.end().toClock(), session.media().duration().toClock());
        }
    }

    private void putSite(Site s) {
        Require.that(!records.siteCodes.takenByOther(s.code(), s.id()), "study.anotherSiteAlreadyHas", s.code());
        Site before = records.sites.put(s.id(), s);
        records.siteCodes.move(s.id(), before == null ? null : before.code(), s.code());
    }

    private void putParticipant(Participant p) {
        Require.that(!records.participantCodes.takenByOther(p.code(), p.id()), "study.anotherParticipantAlreadyHas", p.code());
        Participant before = records.participants.get(p.id());
        if (before != null && before.role() != p.role()) {
            Require.that(removal.directDependents(before).isEmpty() && !supervision.refersTo(p.id()),
                    "study.roleCannotChangeWhile", p.code());
        }
        records.participants.put(p.id(), p);
        records.participantCodes.move(p.id(), before == null ? null : before.code(), p.code());
    }

    private void putDyad(Dyad d) {
        Require.that(!records.dyadCodes.takenByOther(d.code(), d.id()), "study.anotherDyadAlreadyHas", d.code());
        Require.that(records.sites.containsKey(d.siteId()), "study.dyadRefersSiteStudy", d.code());
        Participant therapist = existing(records.participants, d.therapistId(), "what.therapistOfDyad", d.code());
        Participant client = existing(records.participants, d.clientId(), "what.clientOfDyad", d.code());
        Require.that(therapist.role() == Role.THERAPIST || therapist.role() == Role.TRAINEE,
                "study.dyadNeedsTherapistBut", d.code(), therapist.code(), lower(therapist.role()));
        Require.that(client.role() == Role.CLIENT, "study.dyadNeedsClientBut", d.code(), client.code(), lower(client.role()));
        Dyad before = records.dyads.get(d.id());
        if (before != null && (!before.clientId().equals(d.clientId()) || !before.therapistId().equals(d.therapistId()))) {
            for (Session session : records.sessionsByDyad.get(d.id())) {
                requirePassesFit(session, d);
            }
        }
        records.dyads.put(d.id(), d);
        records.dyadCodes.move(d.id(), before == null ? null : before.code(), d.code());
    }

    /**
     * A dyad's client and therapist may change, and a session may move to another dyad, only while no
     * recall of theirs is left with someone who is no longer that dyad's client or therapist.
     */
    private void requirePassesFit(Session session, Dyad dyad) {
        for (RecallPass pass : records.passesOf(session.id())) {
            UUID expected = pass.perspective() == Role.CLIENT ? dyad.clientId() : pass.perspective() == Role.THERAPIST ? dyad.therapistId() : null;
            if (expected != null && !expected.equals(pass.participantId())) {
                Participant holder = records.participants.get(pass.participantId());
                throw new DomainException(DomainMessages.of("study.dyadChangeLeavesPass", dyad.code(), lower(pass.perspective()),
                        records.participants.get(expected).code(), holder.code(), session.number()));
            }
        }
    }

    private void putSession(Session s) {
        Dyad dyad = existing(records.dyads, s.dyadId(), "what.dyadOfSession");
        unique(records.sessionsByDyad.get(s.dyadId()), s, other -> other.number() == s.number(),
                "study.dyadHasSession", dyad.code(), s.number());
        if (s.media() != null && s.media().duration() != null) {
            for (RecallPass pass : records.passesOf(s.id())) {
                for (Moment m : records.momentsOf(pass.id())) {
                    checkInsideVideo(m, s);
                }
            }
            if (records.transcripts.containsKey(s.id())) {
                checkInsideVideo(records.transcripts.get(s.id()), s);
            }
        }
        Session moved = records.sessions.get(s.id());
        if (moved != null && !moved.dyadId().equals(s.dyadId())) {
            requirePassesFit(s, dyad);
        }
        Session before = records.sessions.put(s.id(), s);
        if (before != null) {
            records.unindex(before);
        }
        records.sessionsByDyad.add(s.dyadId(), s);
    }

    private void putPass(RecallPass r) {
        Session session = existing(records.sessions, r.sessionId(), "what.sessionOfPass");
        Participant participant = existing(records.participants, r.participantId(), "what.participantOfPass");
        Dyad dyad = records.dyads.get(session.dyadId());
        Require.that(participant.role() == r.perspective(), "study.recallMustDoneBut", lower(r.perspective()), participant.code(), lower(participant.role()));
        if (r.perspective() == Role.CLIENT) {
            Require.that(dyad.clientId().equals(participant.id()), "study.clientDyad", participant.code(), dyad.code());
        }
        if (r.perspective() == Role.THERAPIST) {
            Require.that(dyad.therapistId().equals(participant.id()), "study.therapistDyad", participant.code(), dyad.code());
        }
        if (r.interviewerId() != null) {
            Participant interviewer = existing(records.participants, r.interviewerId(), "what.interviewerOfPass");
            Require.that(interviewer.role() == Role.INTERVIEWER || interviewer.role() == Role.SUPERVISOR,
                    "study.interviewerRecallMustInterviewer", interviewer.code(), lower(interviewer.role()));
        }
        unique(records.passesBySession.get(r.sessionId()), r, other -> other.participantId().equals(r.participantId()),
                "study.participantHasPass", participant.code(), session.number(), dyad.code());
        RecallPass before = records.passes.get(r.id());
        if (before != null) {
            Require.that(before.sessionId().equals(r.sessionId()), "study.recallPassCannotMove");
        }
        Require.that(r.status() != PassStatus.MISSING || records.momentsOf(r.id()).isEmpty(),
                "study.recallPassMomentsCannot");
        if (before != null) {
            records.unindex(before);
        }
        records.passes.put(r.id(), r);
        records.passesBySession.add(r.sessionId(), r);
    }

    private void putMoment(Moment m) {
        RecallPass pass = existing(records.passes, m.passId(), "what.passOfMoment");
        Require.that(pass.status() != PassStatus.MISSING, "study.recallMarkedMissingSo");

        Moment before = records.moments.get(m.id());
        Require.that(before == null || before.passId().equals(m.passId()), "study.momentCannotMoveAnother");
        checkInsideVideo(m, records.sessions.get(pass.sessionId()));
        records.moments.put(m.id(), m);
        List<Moment> ofPass = records.momentsByPass.computeIfAbsent(m.passId(), k -> new ArrayList<>());
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
            existing(records.codes, c.parentId(), "what.parentOfCode", c.name());
            Require.that(!isAncestor(c.id(), c.parentId(), records.codes, Code::parentId), "study.codeCannotPlacedUnder", c.name());
        }
        unique(records.codes.values(), c, other -> Objects.equals(other.parentId(), c.parentId()) && other.name().equalsIgnoreCase(c.name()),
                "study.codeNameTaken", c.name());
        records.codes.put(c.id(), c);
    }

    private void putCoding(Coding c) {
        Code code = existing(records.codes, c.codeId(), "what.codeOfCoding");
        UUID session;
        if (c.momentId() != null) {
            Moment moment = existing(records.moments, c.momentId(), "what.momentOfCoding");
            session = records.passes.get(moment.passId()).sessionId(); // the passes are few: no miss in the big maps
        } else {
            MomentPair pair = existing(records.pairs, c.pairId(), "what.pairOfCoding");
            session = records.sessionOfMoment(pair.firstMomentId());
        }
        unique(records.codingsByTarget.get(target(c)), c, other -> other.codeId().equals(c.codeId()) && Objects.equals(other.momentId(), c.momentId())
                && Objects.equals(other.pairId(), c.pairId()), () -> DomainMessages.of("study.codeAppliedThere", code.name()));
        Coding before = records.codings.put(c.id(), c);
        if (before != null) {
            records.unindex(before);
        }
        records.codingsByTarget.add(target(c), c);
        records.codingsBySession.add(session, c);
    }

    private void putTheme(Theme t) {
        if (t.parentId() != null) {
            existing(records.themes, t.parentId(), "what.parentOfTheme", t.name());
            Require.that(!isAncestor(t.id(), t.parentId(), records.themes, Theme::parentId), "study.themeCannotPlacedUnder", t.name());
        }
        for (UUID codeId : t.codeIds()) {
            existing(records.codes, codeId, "what.codeOfTheme", t.name());
        }
        for (UUID momentId : t.exemplarMomentIds()) {
            existing(records.moments, momentId, "what.exemplarOfTheme", t.name());
        }
        records.themes.put(t.id(), t);
    }

    private void putMemo(Memo m) {
        if (m.targetId() != null) {
            Map<UUID, ? extends Entity> targets = switch (m.target()) {
                case DYAD -> records.dyads;
                case MOMENT -> records.moments;
                case PAIR -> records.pairs;
                case CODE -> records.codes;
                case THEME -> records.themes;
                case STUDY -> Map.of();
            };
            existing(targets, m.targetId(), "what.targetOfMemo", DomainMessages.of("memoTarget." + m.target().name()), m.title());
        }
        records.memos.put(m.id(), m);
    }

    private void putPair(MomentPair p) {
        Moment first = existing(records.moments, p.firstMomentId(), "what.firstMomentOfPair");
        Moment second = existing(records.moments, p.secondMomentId(), "what.secondMomentOfPair");
        RecallPass firstPass = records.passes.get(first.passId());
        RecallPass secondPass = records.passes.get(second.passId());
        Require.that(firstPass.sessionId().equals(secondPass.sessionId()), "study.onlyMomentsSameSession");
        Require.that(firstPass.perspective() != secondPass.perspective(), "study.pairJoinsTwoPerspectives", lower(firstPass.perspective()));
        unique(records.pairsByMoment.get(p.firstMomentId()), p, other -> other.involves(p.secondMomentId()), "study.momentsPaired");
        UUID session = firstPass.sessionId();
        MomentPair before = records.pairs.put(p.id(), p);
        UUID sessionBefore = session;
        if (before != null) {
            sessionBefore = records.sessionOfMoment(before.firstMomentId());
            records.unindex(before);
        }
        records.pairsByMoment.add(p.firstMomentId(), p);
        records.pairsByMoment.add(p.secondMomentId(), p);
        records.pairsBySession.add(session, p);
        if (!session.equals(sessionBefore)) { // a pair re-put between the moments of another session takes its codings along
            for (Coding coding : records.codingsByTarget.get(p.id())) {
                records.codingsBySession.remove(sessionBefore, coding);
                records.codingsBySession.add(session, coding);
            }
        }
    }

    private void putQuote(Quote q) {
        Moment moment = existing(records.moments, q.momentId(), "what.momentOfQuote");
        Session session = records.sessions.get(records.passes.get(moment.passId()).sessionId());
        Require.that(session.id().equals(q.sessionId()), "study.quoteTakenFromSession");
        MediaTime duration = session.media() == null ? null : session.media().duration();
        Require.that(duration == null || !q.cues().end().isAfter(duration), () -> DomainMessages.of("study.quoteSLinesEnd", q.cues().end().toClock(), duration.toClock()));
        records.quotes.put(q);
    }

    private void putAttribute(Attribute a) {
        unique(records.attributes.values(), a, other -> other.appliesTo() == a.appliesTo() && other.name().equalsIgnoreCase(a.name()),
                "study.attributeNameTaken", a.name(), plural(a.appliesTo()));
        Attribute before = records.attributes.get(a.id());
        if (before != null) {
            List<AttributeValue> values = records.valuesByAttribute.get(a.id());
            Require.that(before.appliesTo() == a.appliesTo() || values.isEmpty(),
                    "study.attributeAlreadyHasValues", a.name(), plural(before.appliesTo()), plural(a.appliesTo()));
            for (AttributeValue v : values) {
                UserMessage problem = a.problemWith(v.value());
                Require.that(problem == null, "study.attributeCannotChangeSo", a.name(), problem);
            }
        }
        records.attributes.put(a.id(), a);
    }

    private void putAttributeValue(AttributeValue v) {
        Attribute attribute = existing(records.attributes, v.attributeId(), "what.attributeOfValue");
        String owner;
        if (attribute.appliesTo() == AttributeTarget.PARTICIPANT) {
            owner = existing(records.participants, v.entityId(), "what.participantOfValue", attribute.name()).code();
        } else {
            owner = existing(records.dyads, v.entityId(), "what.dyadOfValue", attribute.name()).code();
        }
        UserMessage problem = attribute.problemWith(v.value());
        Require.that(problem == null, () -> problem);
        unique(records.valuesByEntity.get(v.entityId()), v, other -> other.attributeId().equals(v.attributeId()),
                "study.valueThere", owner, attribute.name());
        AttributeValue before = records.attributeValues.get(v.id());
        if (before != null) {
            Require.that(before.attributeId().equals(v.attributeId()) && before.entityId().equals(v.entityId()),
                    "study.attributeValueCannotMove");
            records.unindex(before);
        }
        records.attributeValues.put(v.id(), v);
        records.valuesByAttribute.add(v.attributeId(), v);
        records.valuesByEntity.add(v.entityId(), v);
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
}
