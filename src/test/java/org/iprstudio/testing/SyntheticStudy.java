package org.iprstudio.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Trajectory;

/**
 * A generated study of any size for exports: sessions 3 and 5 per dyad, a client and a therapist
 * recall of each with 50 moments (half with a span, some with tags and awkward text: quotes, commas,
 * semicolons, line breaks, non-Latin letters), one or two codes per moment, pairs, themes and memos.
 * Everything, ids included, comes from the seed, so the same seed gives the same study.
 */
public final class SyntheticStudy {
    public static final int MOMENTS_PER_PASS = 50;
    private static final long LENGTH = 50 * 60_000;
    private static final String[] TEXTS = {"plain words", "a comma, here", "a \"quoted\" word", "semi; colon", "two\nlines",
        "Ærlig talt – søvn", "tab\tinside", "ends with a space "};

    private final Random random;

    private SyntheticStudy(long seed) {
        random = new Random(seed);
    }

    public static Study build(int dyads, long seed) {
        return new SyntheticStudy(seed).build(dyads);
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private Study build(int dyadCount) {
        Study study = new Study(new StudyHeader(id(), "Synthetic study", "REK-SYNTH", LocalDate.of(2026, 1, 1), null, Protocol.standard()));
        Site site = new Site(id(), "S1", "Synthetic site");
        study.put(site);
        Participant interviewer = new Participant(id(), "I1", Role.INTERVIEWER, "Interviewer");
        study.put(interviewer);
        List<Code> codes = new ArrayList<>();
        for (int g = 0; g < 8; g++) {
            Code group = new Code(id(), null, "Group " + g, "group " + g, g % 2 == 0 ? "#1f77b4" : null, false);
            study.put(group);
            for (int c = 0; c < 4; c++) {
                Code code = new Code(id(), group.id(), "Code " + g + "." + c, TEXTS[c], null, c == 3);
                study.put(code);
                codes.add(code);
            }
        }
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<UUID> exemplars = new ArrayList<>();
        for (int d = 0; d < dyadCount; d++) {
            Participant client = new Participant(id(), "C" + d, Role.CLIENT, "Client " + d);
            Participant therapist = new Participant(id(), "T" + d, Role.THERAPIST, null);
            study.put(client);
            study.put(therapist);
            Dyad dyad = new Dyad(id(), String.format("D%05d", d), site.id(), therapist.id(), client.id(), Trajectory.values()[d % 3]);
            study.put(dyad);
            if (d % 10 == 0) {
                study.put(new Memo(id(), MemoTarget.DYAD, dyad.id(), "analytic", "Dyad memo", TEXTS[d % TEXTS.length], created, null));
            }
            for (int number : new int[] {3, 5}) {
                Session session = new Session(id(), dyad.id(), number, LocalDate.of(2026, 1, 1).plusDays(d % 300),
                        new MediaRef("media/" + dyad.code() + "-" + number + ".mp4", null, MediaTime.ofMillis(LENGTH)));
                study.put(session);
                List<Moment> clientMoments = moments(study, session, Role.CLIENT, client, interviewer, created);
                List<Moment> therapistMoments = moments(study, session, Role.THERAPIST, therapist, interviewer, created);
                for (int i = 0; i < MOMENTS_PER_PASS; i += 5) {
                    PairClass pairClass = PairClass.values()[i % 3];
                    MomentPair pair = i % 10 == 0
                            ? new MomentPair(id(), clientMoments.get(i).id(), therapistMoments.get(i).id(), PairMethod.MANUAL, pairClass, null, "same exchange")
                            : new MomentPair(id(), clientMoments.get(i).id(), therapistMoments.get(i).id(), PairMethod.AUTOMATIC, pairClass, null, "");
                    study.put(pair);
                    if (i == 0) {
                        study.put(new Coding(id(), codes.get(0).id(), null, pair.id()));
                    }
                }
                for (Moment m : clientMoments) {
                    code(study, codes, m);
                }
                for (Moment m : therapistMoments) {
                    code(study, codes, m);
                }
                if (exemplars.size() < 10) {
                    exemplars.add(clientMoments.get(1).id());
                    exemplars.add(therapistMoments.get(1).id());
                }
            }
        }
        for (int t = 0; t < 5; t++) {
            Theme theme = new Theme(id(), null, "Theme " + t, TEXTS[t], ThemeStatus.values()[t % 3], t, List.of(codes.get(t * 4).id()),
                    exemplars.size() >= 2 * t + 2 ? exemplars.subList(2 * t, 2 * t + 2) : List.of());
            study.put(theme);
            study.put(new Theme(id(), theme.id(), "Theme " + t + ".1", "", ThemeStatus.CANDIDATE, 0, List.of(codes.get(t * 4 + 1).id()), List.of()));
        }
        study.put(new Memo(id(), MemoTarget.STUDY, null, "methodological", "About the study", "Generated; " + TEXTS[1], created, null));
        return study;
    }

    private void code(Study study, List<Code> codes, Moment m) {
        int first = random.nextInt(codes.size());
        study.put(new Coding(id(), codes.get(first).id(), m.id(), null));
        if (random.nextInt(4) == 0) {
            study.put(new Coding(id(), codes.get((first + 1) % codes.size()).id(), m.id(), null));
        }
    }

    private List<Moment> moments(Study study, Session session, Role role, Participant who, Participant interviewer, Instant created) {
        RecallPass pass = new RecallPass(id(), session.id(), role, who.id(), interviewer.id(), LocalDate.of(2026, 1, 2), PassStatus.DONE, null);
        study.put(pass);
        List<Moment> result = new ArrayList<>();
        long step = LENGTH / MOMENTS_PER_PASS;
        for (int i = 0; i < MOMENTS_PER_PASS; i++) {
            long anchor = i * step + 20_000 + random.nextInt(20_000);
            TimeSpan span = random.nextBoolean() ? new TimeSpan(MediaTime.ofMillis(anchor - 15_000), MediaTime.ofMillis(anchor)) : null;
            Integer intensity = random.nextInt(6) == 0 ? null : 1 + random.nextInt(5);
            Helpfulness helpfulness = random.nextInt(8) == 0 ? null : new Helpfulness(1 + random.nextInt(17) / 2.0);
            List<String> tags = random.nextInt(3) == 0 ? List.of("relief", "felt understood") : List.of();
            Moment moment = new Moment(id(), pass.id(), MediaTime.ofMillis(anchor), span, random.nextInt(4) == 0 ? Initiator.INTERVIEWER : Initiator.PARTICIPANT,
                    TEXTS[random.nextInt(TEXTS.length)] + " " + i, random.nextBoolean() ? TimeFrame.THEN : random.nextBoolean() ? TimeFrame.NOW : null,
                    helpfulness, intensity, created.plusSeconds(i), tags);
            study.put(moment);
            result.add(moment);
        }
        return result;
    }
}
