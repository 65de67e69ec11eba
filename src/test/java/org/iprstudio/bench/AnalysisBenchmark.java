package org.iprstudio.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.iprstudio.analysis.DyadSummary;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.analysis.StudyPairing;
import org.iprstudio.analysis.ThemeMatrix;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.MediaTime;
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

/**
 * Pair suggestion for every session, the theme matrix and the dyad summary on a synthetic study
 * of a million moments: 5,000 dyads, sessions 3 and 5, a client and a therapist recall of each
 * with 50 moments, one code per moment, 40 codes in 16 themes, a fifth of the pairs already
 * decided. Numbers go to docs/benchmarks.md.
 *
 * Run: MAVEN_OPTS=-Xmx12g mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.AnalysisBenchmark
 */
public final class AnalysisBenchmark {
    private static final int DYADS = 5_000;
    private static final int MOMENTS_PER_PASS = 50;
    private static final long LENGTH = 50 * 60_000;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        long built = System.nanoTime();
        Study study = build(new Random(42));
        System.out.printf("built %,d moments, %,d codings, %,d stored pairs in %.1f s%n", study.momentCount(), study.codings().size(),
                study.pairs().size(), (System.nanoTime() - built) / 1e9);
        UUID oneDyad = study.dyads().get(0).id();
        Map<UUID, SessionPairing> pairings = StudyPairing.of(study);
        java.util.LinkedHashMap<String, Step> steps = new java.util.LinkedHashMap<>();
        steps.put("pair suggestion, every session (10,000 sessions)", () -> StudyPairing.of(study).size());
        steps.put("dyad summary, every dyad", () -> DyadSummary.of(study, pairings).size());
        steps.put("theme matrix, all dyads", () -> ThemeMatrix.of(study, null).rows().size());
        steps.put("theme matrix, one dyad", () -> ThemeMatrix.of(study, oneDyad).rows().size());
        steps.put("pair suggestion + summary + matrix (all dyads)", () -> {
            var all = StudyPairing.of(study);
            return DyadSummary.of(study, all).size() + ThemeMatrix.of(study, null).rows().size();
        });
        long sink = 0;
        for (int round = 0; round < 5; round++) { // warm every step up before timing any, so the order does not matter
            for (Step step : steps.values()) {
                sink += step.run();
            }
        }
        System.out.println("| step | median (ms) | max (ms) |");
        System.out.println("|---|---:|---:|");
        for (var entry : steps.entrySet()) {
            sink += time(entry.getKey(), entry.getValue());
        }
        System.out.println(sink == 42 ? " " : "");
    }

    private interface Step {
        int run();
    }

    private static long time(String label, Step step) {
        long sink = 0;
        long[] nanos = new long[9];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            sink += step.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %.0f | %.0f |%n", label, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
        return sink;
    }

    static Study build(Random random) {
        Study study = new Study(new StudyHeader(UUID.randomUUID(), "Synthetic", "", null, null, Protocol.standard()));
        Site site = new Site(UUID.randomUUID(), "S1", "Site");
        study.put(site);
        Participant interviewer = new Participant(UUID.randomUUID(), "I1", Role.INTERVIEWER, "Interviewer");
        study.put(interviewer);
        List<Code> codes = new ArrayList<>();
        for (int g = 0; g < 8; g++) {
            Code group = new Code(UUID.randomUUID(), null, "Group " + g, "", null, false);
            study.put(group);
            codes.add(group);
            for (int c = 0; c < 4; c++) {
                Code code = new Code(UUID.randomUUID(), group.id(), "Code " + g + "." + c, "", null, false);
                study.put(code);
                codes.add(code);
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            Theme theme = new Theme(UUID.randomUUID(), null, "Theme " + t, "", ThemeStatus.CANDIDATE, t, List.of(codes.get(t * 8).id()), List.of());
            themes.add(theme);
            for (int s = 0; s < 2; s++) {
                themes.add(new Theme(UUID.randomUUID(), theme.id(), "Theme " + t + "." + s, "", ThemeStatus.CANDIDATE, s,
                        List.of(codes.get(t * 8 + 1 + s).id(), codes.get(t * 8 + 3 + s).id()), List.of()));
            }
        }
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<UUID> exemplars = new ArrayList<>();
        for (int d = 0; d < DYADS; d++) {
            Participant client = new Participant(UUID.randomUUID(), "C" + d, Role.CLIENT, null);
            Participant therapist = new Participant(UUID.randomUUID(), "T" + d, Role.THERAPIST, null);
            study.put(client);
            study.put(therapist);
            Dyad dyad = new Dyad(UUID.randomUUID(), String.format("D%05d", d), site.id(), therapist.id(), client.id(), null);
            study.put(dyad);
            for (int number : new int[] {3, 5}) {
                Session session = new Session(UUID.randomUUID(), dyad.id(), number, LocalDate.of(2026, 1, 1),
                        new MediaRef("media/" + dyad.code() + "-" + number + ".mp4", null, MediaTime.ofMillis(LENGTH)));
                study.put(session);
                List<Moment> clientMoments = moments(study, session, Role.CLIENT, client, interviewer, random, created);
                List<Moment> therapistMoments = moments(study, session, Role.THERAPIST, therapist, interviewer, random, created);
                for (int i = 0; i < MOMENTS_PER_PASS; i += 5) { // a fifth of the moments are in decided pairs
                    Moment c = clientMoments.get(i);
                    Moment t = therapistMoments.get(i);
                    study.put(new MomentPair(UUID.randomUUID(), c.id(), t.id(), PairMethod.MANUAL, PairClass.CONVERGENT, null, "same exchange"));
                }
                for (Moment m : clientMoments) {
                    study.put(new Coding(UUID.randomUUID(), codes.get(random.nextInt(codes.size())).id(), m.id(), null));
                }
                for (Moment m : therapistMoments) {
                    study.put(new Coding(UUID.randomUUID(), codes.get(random.nextInt(codes.size())).id(), m.id(), null));
                }
                if (exemplars.size() < 2 * themes.size()) {
                    exemplars.add(clientMoments.get(1).id());
                    exemplars.add(therapistMoments.get(1).id());
                }
            }
        }
        for (int i = 0; i < themes.size(); i++) {
            Theme t = themes.get(i);
            study.put(new Theme(t.id(), t.parentId(), t.name(), t.definition(), t.status(), t.position(), t.codeIds(),
                    exemplars.subList(2 * i, 2 * i + 2)));
        }
        return study;
    }

    private static List<Moment> moments(Study study, Session session, Role role, Participant who, Participant interviewer, Random random, Instant created) {
        RecallPass pass = new RecallPass(UUID.randomUUID(), session.id(), role, who.id(), interviewer.id(), LocalDate.of(2026, 1, 2), PassStatus.DONE, null);
        study.put(pass);
        List<Moment> result = new ArrayList<>();
        long step = LENGTH / MOMENTS_PER_PASS;
        for (int i = 0; i < MOMENTS_PER_PASS; i++) {
            long anchor = i * step + 20_000 + random.nextInt(20_000);
            TimeSpan span = random.nextBoolean() ? new TimeSpan(MediaTime.ofMillis(anchor - 15_000), MediaTime.ofMillis(anchor)) : null;
            Moment moment = new Moment(UUID.randomUUID(), pass.id(), MediaTime.ofMillis(anchor), span, Initiator.PARTICIPANT, "moment " + i,
                    TimeFrame.THEN, new Helpfulness(1 + random.nextInt(17) / 2.0), 3, created);
            study.put(moment);
            result.add(moment);
        }
        return result;
    }
}
