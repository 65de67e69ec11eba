package org.iprstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The codings and pairs a study lists by session ({@link Study#codingsInSession}, {@link Study#pairsInSession})
 * stay equal to a plain reckoning from the whole study (a coding lies in its moment's session, or in that of
 * its pair's first moment) through a random series of puts, replacements, removals and undos, and after the
 * study is loaded again from its records.
 */
class StudySessionIndexTest {
    private final Random random = new Random(23);
    private final Study study = new Study(new StudyHeader(UUID.randomUUID(), "Index study", "", null, null, Protocol.standard()));
    private final List<Code> codes = new ArrayList<>();
    private final Set<UUID> sessionsEverMade = new HashSet<>();
    private final Participant interviewer = new Participant(UUID.randomUUID(), "I1", Role.INTERVIEWER, null);
    private int sessionNumber = 3;
    private int undone;
    private int pairsMoved;
    private int codingsMoved;

    @Test
    void theSessionListsFollowEveryPutReplacementRemovalAndUndo() {
        Site site = new Site(UUID.randomUUID(), "S1", "Clinic");
        study.put(site);
        study.put(interviewer);
        for (int c = 0; c < 4; c++) {
            Code code = new Code(UUID.randomUUID(), null, "Code " + c, "", null, false);
            study.put(code);
            codes.add(code);
        }
        for (int d = 0; d < 2; d++) {
            Participant client = new Participant(UUID.randomUUID(), "C" + d, Role.CLIENT, null);
            Participant therapist = new Participant(UUID.randomUUID(), "T" + d, Role.THERAPIST, null);
            study.put(client);
            study.put(therapist);
            Dyad dyad = new Dyad(UUID.randomUUID(), "D" + d, site.id(), therapist.id(), client.id(), null);
            study.put(dyad);
            for (int number = 1; number <= 3; number++) {
                addSession(dyad, number, client, therapist, interviewer);
            }
        }
        for (int step = 0; step < 3_000; step++) {
            randomChange();
            assertIndexMatchesPlainReckoning(study, "after step " + step);
        }
        assertThat(undone).as("undos made").isGreaterThan(20);
        assertThat(pairsMoved).as("pairs moved to another session").isGreaterThan(20);
        assertThat(codingsMoved).as("codings moved to another session").isGreaterThan(20);
        assertThat(study.codings()).hasSizeGreaterThan(20);

        Study loaded = Study.of(study.header(), study.entitiesInDependencyOrder());
        assertIndexMatchesPlainReckoning(loaded, "after loading");
    }

    private void addSession(Dyad dyad, int number, Participant client, Participant therapist, Participant interviewer) {
        Session session = new Session(UUID.randomUUID(), dyad.id(), number, LocalDate.of(2026, 1, 1).plusDays(number), null);
        study.put(session);
        sessionsEverMade.add(session.id());
        study.put(new RecallPass(UUID.randomUUID(), session.id(), Role.CLIENT, client.id(), interviewer.id(), null, PassStatus.DONE, null));
        study.put(new RecallPass(UUID.randomUUID(), session.id(), Role.THERAPIST, therapist.id(), interviewer.id(), null, PassStatus.DONE, null));
    }

    private void randomChange() {
        int kind = random.nextInt(12);
        boolean moments = study.momentCount() > 0;
        boolean pairs = !study.pairs().isEmpty();
        boolean codings = !study.codings().isEmpty();
        try {
            switch (kind) {
                case 0, 1 -> study.put(newMoment(pick(study.passes())));
                case 2, 3 -> {
                    if (moments) {
                        study.put(new Coding(UUID.randomUUID(), pick(codes).id(), pick(study.moments()).id(), null));
                    }
                }
                case 4 -> {
                    if (pairs) {
                        study.put(new Coding(UUID.randomUUID(), pick(codes).id(), null, pick(study.pairs()).id()));
                    }
                }
                case 5 -> newPair(UUID.randomUUID()).ifPresent(study::put);
                case 6 -> {
                    if (codings) {
                        rePutCoding(pick(study.codings()), moments, pairs);
                    }
                }
                case 7 -> {
                    if (pairs) {
                        rePutPair(pick(study.pairs()));
                    }
                }
                case 8 -> {
                    if (moments) {
                        removeWithDependents(pick(study.moments()).id());
                    }
                }
                case 9 -> {
                    if (pairs && (random.nextBoolean() || !codings)) {
                        removeWithDependents(pick(study.pairs()).id());
                    } else if (codings) {
                        removeWithDependents(pick(study.codings()).id());
                    }
                }
                case 10 -> rePutSessionAndPass();
                default -> {
                    if (study.sessions().size() < 5) {
                        addSession(pick(study.dyads()), ++sessionNumber);
                    } else if (random.nextInt(4) == 0) { // rarely, so the sessions fill up in between
                        removeWithDependents(pick(study.sessions()).id());
                    }
                }
            }
        } catch (DomainException refused) {
            // a change the rules refuse (a code applied twice, two moments paired twice): the study is as it was
        }
    }

    private void addSession(Dyad dyad, int number) {
        addSession(dyad, number, study.participant(dyad.clientId()), study.participant(dyad.therapistId()), interviewer);
    }

    private Moment newMoment(RecallPass pass) {
        return new Moment(UUID.randomUUID(), pass.id(), MediaTime.ofMillis(random.nextInt(3_000_000)), null, Initiator.PARTICIPANT, "",
                TimeFrame.THEN, null, null, Instant.parse("2026-01-02T10:00:00Z"));
    }

    /** A pair between a client and a therapist moment of one random session, if that session has such two. */
    private java.util.Optional<MomentPair> newPair(UUID id) {
        Session session = pick(study.sessions());
        List<RecallPass> passes = study.passesOf(session.id());
        List<Moment> client = study.momentsOf(passes.get(0).id());
        List<Moment> therapist = study.momentsOf(passes.get(1).id());
        if (client.isEmpty() || therapist.isEmpty()) {
            return java.util.Optional.empty();
        }
        Moment a = pick(client);
        Moment b = pick(therapist);
        PairDecision decision = PairDecision.values()[random.nextInt(PairDecision.values().length)];
        return java.util.Optional.of(random.nextBoolean()
                ? new MomentPair(id, a.id(), b.id(), PairMethod.AUTOMATIC, PairClass.CONVERGENT, decision, "")
                : new MomentPair(id, b.id(), a.id(), PairMethod.AUTOMATIC, PairClass.CONVERGENT, decision, ""));
    }

    /** The same coding onto another code, moment or pair (perhaps of another session). */
    private void rePutCoding(Coding coding, boolean moments, boolean pairs) {
        UUID sessionBefore = plainSessionOf(study, coding);
        Coding replaced = switch (!moments || !pairs ? 0 : random.nextInt(3)) {
            case 0 -> new Coding(coding.id(), pick(codes).id(), coding.momentId(), coding.pairId());
            case 1 -> new Coding(coding.id(), coding.codeId(), pick(study.moments()).id(), null);
            default -> new Coding(coding.id(), coding.codeId(), null, pick(study.pairs()).id());
        };
        study.put(replaced);
        if (!plainSessionOf(study, replaced).equals(sessionBefore)) {
            codingsMoved++;
        }
    }

    /** The same pair with another decision, or between other moments (perhaps of another session, its codings going along). */
    private void rePutPair(MomentPair pair) {
        UUID sessionBefore = plainSessionOfMoment(study, pair.firstMomentId());
        MomentPair replaced = random.nextBoolean()
                ? new MomentPair(pair.id(), pair.firstMomentId(), pair.secondMomentId(), pair.method(), pair.pairClass(),
                        PairDecision.values()[random.nextInt(PairDecision.values().length)], pair.reason())
                : newPair(pair.id()).orElse(pair);
        study.put(replaced);
        if (!plainSessionOfMoment(study, replaced.firstMomentId()).equals(sessionBefore) && !study.codingsOf(pair.id()).isEmpty()) {
            pairsMoved++;
        }
    }

    /** A session and one of its passes put again unchanged but for the date (as an edit, or an undo, does). */
    private void rePutSessionAndPass() {
        Session s = pick(study.sessions());
        study.put(new Session(s.id(), s.dyadId(), s.number(), s.date().plusDays(1), s.media()));
        RecallPass p = pick(study.passesOf(s.id()));
        study.put(new RecallPass(p.id(), p.sessionId(), p.perspective(), p.participantId(), p.interviewerId(), LocalDate.of(2026, 2, 1),
                p.status(), p.missingReason()));
    }

    /** Removes a record with all that goes with it, then, half of the time, undoes it as the service does (last removed first back). */
    private void removeWithDependents(UUID id) {
        List<Entity> removal = study.removalOf(id);
        List<Theme> none = study.themesWithout(removal);
        assertThat(none).isEmpty();
        for (Entity e : removal) {
            study.remove(e.id());
        }
        if (random.nextBoolean()) {
            for (int i = removal.size() - 1; i >= 0; i--) {
                study.put(removal.get(i));
            }
            undone++;
        }
    }

    private <E> E pick(List<E> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    private void assertIndexMatchesPlainReckoning(Study s, String when) {
        Map<UUID, UUID> sessionOfMoment = plainSessionsOfMoments(s);
        Map<UUID, MomentPair> pairById = new HashMap<>();
        s.pairs().forEach(p -> pairById.put(p.id(), p));
        Map<UUID, List<Coding>> codings = new HashMap<>();
        for (Coding c : s.codings()) {
            UUID moment = c.momentId() != null ? c.momentId() : pairById.get(c.pairId()).firstMomentId();
            codings.computeIfAbsent(sessionOfMoment.get(moment), k -> new ArrayList<>()).add(c);
        }
        Map<UUID, List<MomentPair>> pairs = new HashMap<>();
        for (MomentPair p : s.pairs()) {
            pairs.computeIfAbsent(sessionOfMoment.get(p.firstMomentId()), k -> new ArrayList<>()).add(p);
        }
        for (UUID session : sessionsEverMade) {
            assertThat(s.codingsInSession(session)).as("codings of session %s %s", session, when)
                    .containsExactlyInAnyOrderElementsOf(codings.getOrDefault(session, List.of()));
            assertThat(s.pairsInSession(session)).as("pairs of session %s %s", session, when)
                    .containsExactlyInAnyOrderElementsOf(pairs.getOrDefault(session, List.of()));
        }
    }

    /** By scanning every moment and pass: the session each moment lies in. */
    private static Map<UUID, UUID> plainSessionsOfMoments(Study s) {
        Map<UUID, UUID> sessionOfPass = new HashMap<>();
        s.passes().forEach(p -> sessionOfPass.put(p.id(), p.sessionId()));
        Map<UUID, UUID> result = new HashMap<>();
        s.moments().forEach(m -> result.put(m.id(), sessionOfPass.get(m.passId())));
        return result;
    }

    private static UUID plainSessionOfMoment(Study s, UUID momentId) {
        return plainSessionsOfMoments(s).get(momentId);
    }

    private static UUID plainSessionOf(Study s, Coding c) {
        UUID moment = c.momentId() != null ? c.momentId()
                : s.pairs().stream().filter(p -> p.id().equals(c.pairId())).findFirst().orElseThrow().firstMomentId();
        return plainSessionOfMoment(s, moment);
    }
}
